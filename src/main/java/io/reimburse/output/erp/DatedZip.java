package io.reimburse.output.erp;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip written entry after entry, every entry dated the same day (the run's transaction date): the
 * same run gives the same bytes, whenever it is written.
 */
final class DatedZip implements AutoCloseable {

    private final ZipOutputStream zip;
    private final LocalDate date;

    DatedZip(Path file, LocalDate date) throws IOException {
        this.zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        this.date = date;
    }

    /** A new entry; closing the stream closes the entry, not the zip. */
    OutputStream entry(String name) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(date.atStartOfDay());
        zip.putNextEntry(entry);
        return new FilterOutputStream(zip) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                zip.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
                zip.closeEntry();
            }
        };
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
