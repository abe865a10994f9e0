package io.reimburse.output;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.util.TempFile;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;

/**
 * A zip whose entries are deflated on every core ({@link ChunkedDeflater}): what is written to an
 * entry is compressed into a temporary file as it comes, then added to the zip as a raw entry with
 * its CRC and sizes. The archive is the one commons-compress writes (its headers, its zip64
 * rules); only who deflates changes.
 */
final class ChunkedDeflateZip extends ZipArchiveOutputStream {

    /**
     * Every entry's date: the first a zip can hold, as POI's own streaming zip leaves its entries undated
     * (the report's date is in its properties): the same run gives the same bytes, whenever it is written.
     */
    private static final LocalDateTime UNDATED = LocalDateTime.of(1980, 1, 1, 0, 0);

    private final int level;
    private final int threads = Runtime.getRuntime().availableProcessors();
    private final ExecutorService pool;
    private ZipArchiveEntry entry;
    private Path compressed;
    private OutputStream compressedOut;
    private ChunkedDeflater deflater;

    ChunkedDeflateZip(OutputStream out, int level) {
        super(out);
        this.level = level;
        this.pool = threads < 2 ? null : Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "reimburse-deflate");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void putArchiveEntry(ZipArchiveEntry archiveEntry) throws IOException {
        if (entry != null) {
            closeArchiveEntry();
        }
        entry = archiveEntry;
        compressed = TempFile.createTempFile("reimburse-deflated", ".bin").toPath();
        compressedOut = new BufferedOutputStream(Files.newOutputStream(compressed), 1 << 16);
        deflater = new ChunkedDeflater(compressedOut, level, pool, 2 * threads);
    }

    @Override
    public void write(byte[] b, int offset, int length) throws IOException {
        if (deflater == null) {
            throw new IOException("no zip entry is open");
        }
        deflater.write(b, offset, length);
    }

    @Override
    public void closeArchiveEntry() throws IOException {
        if (entry == null) {
            throw new IOException("no zip entry is open");
        }
        try {
            deflater.finish();
            compressedOut.close();
            ZipArchiveEntry raw = new ZipArchiveEntry(entry.getName());
            raw.setTimeLocal(UNDATED);
            raw.setMethod(ZipEntry.DEFLATED);
            raw.setCrc(deflater.crc());
            raw.setSize(deflater.size());
            raw.setCompressedSize(deflater.compressedSize());
            try (InputStream data = Files.newInputStream(compressed)) {
                addRawArchiveEntry(raw, data);
            }
        } finally {
            discardEntry();
        }
    }

    private void discardEntry() throws IOException {
        if (deflater != null) {
            deflater.close();
        }
        if (compressedOut != null) {
            compressedOut.close();
        }
        if (compressed != null) {
            Files.deleteIfExists(compressed);
        }
        entry = null;
        compressed = null;
        compressedOut = null;
        deflater = null;
    }

    /**
     * Writes the central directory; the threads end. POI finishes the zip it writes and never closes it;
     * closing finishes an unfinished zip, through this.
     */
    @Override
    public void finish() throws IOException {
        try {
            discardEntry();
            super.finish();
        } finally {
            stopThreads();
        }
    }

    private void stopThreads() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
