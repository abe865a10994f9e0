package io.reimburse.output;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report's deflate on several threads ({@link ChunkedDeflater}, {@link ChunkedDeflateZip}): what a
 * standard inflater reads back is what was written, whatever the chunks and the threads, the CRC and
 * sizes are those of the data, and the same data gives the same bytes with a pool or without.
 */
class ChunkedDeflaterProperties {

    /** Daemon threads, never shut down: jqwik's properties and JUnit's tests run in engines of their own. */
    private static final ExecutorService POOL = Executors.newFixedThreadPool(3, task -> {
        Thread thread = new Thread(task, "test-deflate");
        thread.setDaemon(true);
        return thread;
    });

    @Property(tries = 200)
    void inflatesBackToWhatWasWrittenWithTheSameBytesWithAPoolOrWithout(
            @ForAll("xmlLike") byte[] data, @ForAll @IntRange(min = 1, max = 5000) int chunkSize,
            @ForAll @IntRange(min = 1, max = 700) int writeSize) throws IOException {
        Deflated pooled = deflate(data, chunkSize, writeSize, POOL);
        Deflated alone = deflate(data, chunkSize, writeSize, null);

        assertThat(inflate(pooled.bytes)).isEqualTo(data);
        assertThat(pooled.bytes).isEqualTo(alone.bytes);
        CRC32 crc = new CRC32();
        crc.update(data);
        assertThat(pooled.crc).isEqualTo(crc.getValue());
        assertThat(pooled.size).isEqualTo(data.length);
        assertThat(pooled.compressedSize).isEqualTo(pooled.bytes.length);
    }

    @Test
    void chunksEndingExactlyAtTheDataEndAndNoDataAtAllAreValidStreams() throws IOException {
        for (int length : new int[] {0, 1, 4096, 8192}) {
            byte[] data = "<row r=\"1\"><c t=\"inlineStr\"><is><t>x</t></is></c></row>".repeat(length / 50 + 1)
                    .substring(0, length).getBytes(StandardCharsets.UTF_8);
            Deflated deflated = deflate(data, 4096, 4096, POOL);
            assertThat(inflate(deflated.bytes)).as("%d bytes", length).isEqualTo(data);
        }
    }

    @Test
    void compressesNearlyAsOneStreamDoes() throws IOException {
        byte[] data = xml(3_000_000, 7);
        Deflated chunked = deflate(data, ChunkedDeflater.CHUNK, 1 << 16, POOL);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        deflater.setInput(data);
        deflater.finish();
        byte[] buffer = new byte[data.length];
        int single = 0;
        while (!deflater.finished()) {
            single += deflater.deflate(buffer, single, buffer.length - single);
        }
        deflater.end();
        assertThat((double) chunked.bytes.length).isLessThan(single * 1.01);
    }

    @Test
    void aZipOfSuchEntriesIsReadByTheJdkAsWritten() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
        entries.put("xl/worksheets/sheet1.xml", xml(2_500_000, 3)); // three chunks and a half
        entries.put("xl/empty.xml", new byte[0]);
        Path file = Files.createTempFile("chunked", ".zip");
        try {
            try (ChunkedDeflateZip zip = new ChunkedDeflateZip(Files.newOutputStream(file), Deflater.BEST_SPEED)) {
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    zip.putArchiveEntry(new ZipArchiveEntry(entry.getKey()));
                    zip.write(entry.getValue(), 0, entry.getValue().length);
                    zip.closeArchiveEntry();
                }
                zip.finish();
            }
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    ZipEntry read = zip.getEntry(entry.getKey());
                    assertThat(read.getMethod()).isEqualTo(ZipEntry.DEFLATED);
                    assertThat(read.getSize()).isEqualTo(entry.getValue().length);
                    assertThat(read.getTimeLocal()).hasToString("1980-01-01T00:00");
                    try (InputStream in = zip.getInputStream(read)) {
                        assertThat(in.readAllBytes()).as(entry.getKey()).isEqualTo(entry.getValue());
                    }
                }
            }
            // a streaming reader too (no data descriptors: the sizes are in the local headers)
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file))) {
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    assertThat(in.getNextEntry().getName()).isEqualTo(entry.getKey());
                    assertThat(in.readAllBytes()).isEqualTo(entry.getValue());
                }
                assertThat(in.getNextEntry()).isNull();
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Provide
    Arbitrary<byte[]> xmlLike() {
        // repetitive text (what deflate finds matches in, across chunks) and random bytes
        Arbitrary<byte[]> text = Arbitraries.integers().between(0, 30_000).flatMap(length ->
                Arbitraries.integers().between(1, 40).map(rows -> xml(length, rows)));
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(20_000);
        return Arbitraries.oneOf(text, random);
    }

    private static byte[] xml(int length, int seed) {
        StringBuilder xml = new StringBuilder(length + 100);
        for (int row = 1; xml.length() < length; row++) {
            xml.append("<row r=\"").append(row).append("\"><c r=\"A").append(row).append("\" t=\"inlineStr\"><is><t>C")
                    .append((row * 7919L * seed) % 1_000_003).append("</t></is></c><c r=\"B").append(row)
                    .append("\" s=\"3\"><v>").append(row % 977).append('.').append(row % 89).append("</v></c></row>");
        }
        return xml.substring(0, length).getBytes(StandardCharsets.UTF_8);
    }

    private record Deflated(byte[] bytes, long crc, long size, long compressedSize) {
    }

    private static Deflated deflate(byte[] data, int chunkSize, int writeSize, ExecutorService pool) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChunkedDeflater deflater = new ChunkedDeflater(out, Deflater.BEST_SPEED, pool, 2, chunkSize);
        for (int from = 0; from < data.length; from += writeSize) {
            deflater.write(data, from, Math.min(writeSize, data.length - from));
        }
        deflater.finish();
        deflater.close();
        return new Deflated(out.toByteArray(), deflater.crc(), deflater.size(), deflater.compressedSize());
    }

    private static byte[] inflate(byte[] raw) throws IOException {
        Inflater inflater = new Inflater(true);
        try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(raw), inflater)) {
            byte[] data = in.readAllBytes();
            assertThat(inflater.finished()).as("a final block ends the stream").isTrue();
            return data;
        } finally {
            inflater.end();
        }
    }
}
