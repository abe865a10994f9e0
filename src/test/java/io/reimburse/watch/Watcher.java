package io.reimburse.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.fail;

/** A {@code reimburse watch} in a separate JVM, as a service runs it, and helpers to look at its folders. */
final class Watcher {

    private Watcher() {
    }

    /** Starts {@code reimburse watch ROOT --settle 1 --poll 0.2 EXTRA...}; its output goes to {@code output}. */
    static Process start(Path root, Path output, String... extra) throws IOException {
        return start(root, output, 1, extra);
    }

    /** Starts {@code reimburse watch ROOT --settle SETTLE --poll 0.2 EXTRA...}. */
    static Process start(Path root, Path output, int settleSeconds, String... extra) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "io.reimburse.cli.Main", "watch", root.toString(), "--settle", String.valueOf(settleSeconds),
                "--poll", "0.2"));
        command.addAll(List.of(extra));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
    }

    /** Waits for a condition, checked every 50 ms; fails after the timeout saying what was awaited. */
    static void await(String what, Duration timeout, Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > end) {
                fail("waited " + timeout.toSeconds() + " s for " + what);
            }
            Thread.sleep(50);
        }
    }

    /** The names in a folder, sorted (none when it does not exist). */
    static List<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The visible entries of a folder (the hidden temporary folders of a run are left out). */
    static List<String> visible(Path folder) throws IOException {
        return names(folder).stream().filter(name -> !name.startsWith(".")).toList();
    }
}
