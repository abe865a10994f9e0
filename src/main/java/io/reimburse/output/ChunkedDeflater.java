package io.reimburse.output;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Raw deflate (a zip entry's data) of what is written to it, in chunks of {@value #CHUNK} bytes
 * compressed by a pool of threads and written to {@code out} in order, as pigz does: each chunk
 * but the last ends with a sync flush (byte-aligned, not final), so that the chunks' outputs
 * joined are one deflate stream; each is primed with the 32 KiB before it, so that the
 * compression is nearly that of one stream. The same bytes give the same output whatever the
 * number of threads (the chunks are cut at the same places). The JDK and commons-compress deflate
 * a stream on one thread only; the report's sheet of reimbursements (233 MB of XML for a million
 * customers) was deflated on one core while the others waited for it at the end of a run.
 */
final class ChunkedDeflater extends OutputStream {

    static final int CHUNK = 1 << 20;
    private static final int DICTIONARY = 32 * 1024;

    private final OutputStream out;
    private final int level;
    private final ExecutorService pool;
    private final int inFlight;
    private final Deque<Future<byte[]>> pending = new ArrayDeque<>();
    private final CRC32 crc = new CRC32();
    private final int chunkSize;
    private byte[] chunk;
    private int filled;
    private byte[] dictionary = new byte[0];
    private long size;
    private long compressedSize;
    private boolean finished;

    /**
     * @param pool     the threads that compress; null to compress on the writing thread
     * @param inFlight chunks compressed at once at most (memory: twice as many chunks)
     */
    ChunkedDeflater(OutputStream out, int level, ExecutorService pool, int inFlight) {
        this(out, level, pool, inFlight, CHUNK);
    }

    /** With chunks of {@code chunkSize} bytes (tests: many chunks in a few bytes). */
    ChunkedDeflater(OutputStream out, int level, ExecutorService pool, int inFlight, int chunkSize) {
        this.out = out;
        this.chunkSize = chunkSize;
        this.chunk = new byte[chunkSize];
        this.level = level;
        this.pool = pool;
        this.inFlight = Math.max(1, inFlight);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (finished) {
            throw new IOException("this entry's data is complete");
        }
        crc.update(b, off, len);
        size += len;
        while (len > 0) {
            int taken = Math.min(len, chunkSize - filled);
            System.arraycopy(b, off, chunk, filled, taken);
            filled += taken;
            off += taken;
            len -= taken;
            if (filled == chunkSize) {
                submit(false);
            }
        }
    }

    /** Compresses what is left as the final chunk and writes every chunk's output. */
    void finish() throws IOException {
        if (!finished) {
            submit(true);
            finished = true;
            while (!pending.isEmpty()) {
                writeOldest();
            }
        }
    }

    long crc() {
        return crc.getValue();
    }

    long size() {
        return size;
    }

    long compressedSize() {
        return compressedSize;
    }

    private void submit(boolean last) throws IOException {
        byte[] input = chunk;
        int length = filled;
        byte[] primer = dictionary;
        dictionary = Arrays.copyOfRange(input, Math.max(0, length - DICTIONARY), length);
        chunk = last ? null : new byte[chunkSize];
        filled = 0;
        if (pool == null) {
            emit(deflate(input, length, primer, last));
            return;
        }
        if (pending.size() >= inFlight) {
            writeOldest();
        }
        pending.add(pool.submit(() -> deflate(input, length, primer, last)));
    }

    private byte[] deflate(byte[] input, int length, byte[] primer, boolean last) {
        Deflater deflater = new Deflater(level, true);
        try {
            if (primer.length > 0) {
                deflater.setDictionary(primer);
            }
            deflater.setInput(input, 0, length);
            if (last) {
                deflater.finish();
            }
            byte[] output = new byte[length + length / 8 + 64];
            int written = 0;
            while (true) {
                written += deflater.deflate(output, written, output.length - written,
                        last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
                boolean done = last ? deflater.finished() : written < output.length;
                if (done) {
                    return Arrays.copyOf(output, written);
                }
                output = Arrays.copyOf(output, output.length * 2);
            }
        } finally {
            deflater.end();
        }
    }

    private void writeOldest() throws IOException {
        try {
            emit(pending.removeFirst().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the report was compressed");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IOException(e.getCause());
        }
    }

    private void emit(byte[] compressed) throws IOException {
        out.write(compressed);
        compressedSize += compressed.length;
    }

    /** Stops waiting for chunks in flight (after a failure): they are dropped. */
    @Override
    public void close() {
        pending.forEach(future -> future.cancel(true));
        pending.clear();
        chunk = null;
    }
}
