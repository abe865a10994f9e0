package io.reimburse.watch;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The watcher's plain log: one line per event with its time, on the console and in
 * {@code ROOT/reimburse.log}, which is rotated by size ({@code reimburse.log.1} ... {@code .4}).
 * Written by hand rather than with java.util.logging, whose FileHandler names the live file
 * {@code reimburse.log.0} and leaves {@code .lck} files in the drop folder. A log that cannot be
 * written never stops the service: the console still has every line.
 */
final class WatchLog implements AutoCloseable {

    static final long LIMIT_BYTES = 10L * 1024 * 1024;
    static final int FILES = 5;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private final Path file;
    private final PrintWriter console;
    private final long limitBytes;
    private final int files;
    private Writer writer;
    private long size;
    private boolean fileBroken;

    WatchLog(Path file, PrintWriter console, long limitBytes, int files) {
        this.file = file;
        this.console = console;
        this.limitBytes = limitBytes;
        this.files = files;
    }

    WatchLog(Path file, PrintWriter console) {
        this(file, console, LIMIT_BYTES, FILES);
    }

    void info(String text) {
        write("INFO ", text);
    }

    void error(String text) {
        write("ERROR", text);
    }

    /** An error with the stack trace of a failure that is a bug (in the file only; the console gets the line). */
    void error(String text, Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        write("ERROR", text);
        toFile(trace.toString().replace(System.lineSeparator(), "\n"));
    }

    private synchronized void write(String level, String text) {
        String line = TIME.format(OffsetDateTime.now()) + " " + level + " " + text + "\n";
        console.print(line);
        console.flush();
        toFile(line);
    }

    private synchronized void toFile(String text) {
        try {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (writer != null && size + bytes.length > limitBytes) {
                rotate();
            }
            if (writer == null) {
                writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
                size = Files.size(file);
            }
            writer.write(text);
            writer.flush();
            size += bytes.length;
            fileBroken = false;
        } catch (IOException e) {
            if (!fileBroken) {
                console.println("reimburse watch: cannot write " + file + " (" + e + "); logging on the console only");
                console.flush();
            }
            fileBroken = true;
            closeWriter();
        }
    }

    /** reimburse.log.3 → .4, ..., reimburse.log → .1; the oldest is dropped. */
    private void rotate() throws IOException {
        closeWriter();
        for (int n = files - 1; n >= 1; n--) {
            Path older = generation(n);
            if (n == files - 1) {
                Files.deleteIfExists(older);
            }
            Path newer = n == 1 ? file : generation(n - 1);
            if (Files.exists(newer)) {
                Files.move(newer, older, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private Path generation(int n) {
        return file.resolveSibling(file.getFileName() + "." + n);
    }

    private void closeWriter() {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                // the lines were flushed as they were written
            }
            writer = null;
        }
    }

    @Override
    public synchronized void close() {
        closeWriter();
    }
}
