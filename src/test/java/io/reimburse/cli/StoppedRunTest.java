package io.reimburse.cli;

import io.reimburse.run.Registers;
import io.reimburse.register.Register;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** {@code reimburse run} stopped (Ctrl-C, SIGTERM) before its run is kept leaves nothing behind. */
class StoppedRunTest {

    private static final int CUSTOMERS = 400_000; // a few seconds of work: time to stop it in the middle

    @TempDir
    Path temp;

    /** SIGTERM while the inputs are read, and once the outputs are being written. */
    @ParameterizedTest
    @ValueSource(strings = {"reading", "writing"})
    void aStoppedRunLeavesNoFolderAndRecordsNothing(String moment) throws Exception {
        Path inputs = inputs();
        Path out = temp.resolve("out");
        Path register = temp.resolve("register.sqlite");
        Process run = start(inputs, out, register);

        awaitTemporaryFolder(run, moment.equals("writing"));
        run.destroy(); // SIGTERM, as Ctrl-C or a service stop
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(names(temp)).as("the output and its temporary folder (%s)", log())
                .noneMatch(name -> name.equals("out") || name.startsWith(".out"));
        try (Register opened = Registers.open(register, Register.DEFAULT_BUSY_TIMEOUT)) {
            assertThat(opened.runs()).as("runs recorded").isEmpty();
        }
    }

    private Path inputs() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("inputs"));
        Files.writeString(folder.resolve("parameters.csv"), "Parameter,Value\nLegalEntity,FR01\n"
                + "AccountingCurrency,EUR\nMinimumReimbursement,10.00\nBalanceDate,2026-10-31\n"
                + "TransactionDate,2026-11-05\nOneTimeVendorGroup,OTV\n");
        StringBuilder balances = new StringBuilder("CustomerAccount,Name,Currency,Balance,City\n");
        for (int i = 0; i < CUSTOMERS; i++) {
            balances.append(String.format("C%07d,Client %d,EUR,-%d.%02d,Lyon%n", i, i, 10 + i % 900, i % 100));
        }
        Files.writeString(folder.resolve("balances.csv"), balances);
        return folder;
    }

    private Process start(Path inputs, Path out, Path register) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "io.reimburse.cli.Main", "run",
                inputs.toString(), "--out", out.toString(), "--register", register.toString(), "--quiet")
                .redirectErrorStream(true).redirectOutput(temp.resolve("run.log").toFile()).start();
    }

    /** Waits for the run's hidden temporary folder, and with {@code withAFile} for a first output in it. */
    private void awaitTemporaryFolder(Process run, boolean withAFile) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < end) {
            for (String name : names(temp)) {
                if (name.startsWith(".out.tmp-") && (!withAFile || !names(temp.resolve(name)).isEmpty())) {
                    return;
                }
            }
            if (!run.isAlive()) {
                fail("the run ended before it could be stopped: " + log());
            }
            Thread.sleep(5);
        }
        fail("no temporary output folder: " + log());
    }

    private String log() throws IOException {
        Path log = temp.resolve("run.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private static List<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).toList();
        }
    }
}
