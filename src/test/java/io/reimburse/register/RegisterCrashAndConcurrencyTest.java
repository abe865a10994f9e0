package io.reimburse.register;

import io.reimburse.run.Registers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Separate JVMs on one register: two at once never share a number, and a run killed with
 * SIGKILL at any moment leaves the register and the output folders consistent.
 */
class RegisterCrashAndConcurrencyTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    @TempDir
    Path temp;

    /** The French sample with its title changed, so each copy is a different file of the same snapshot. */
    private Path inputs(String name) throws IOException {
        Path folder = Files.createDirectories(temp.resolve(name));
        for (String file : List.of("soldes-clients.csv", "parametres.csv", "fournisseurs.csv")) {
            Files.copy(Path.of("samples/fr", file), folder.resolve(file));
        }
        Path balances = folder.resolve("soldes-clients.csv");
        Files.writeString(balances, Files.readString(balances, CP1252).replace("au 31/10/2026", "au 31/10/2026 "
                + name), CP1252);
        return folder;
    }

    /** Balances of other customers (so two concurrent runs both reimburse). */
    private Path otherCustomers(String name) throws IOException {
        Path folder = inputs(name);
        Path balances = folder.resolve("soldes-clients.csv");
        Files.writeString(balances, Files.readString(balances, CP1252).replace(";C00", ";D00")
                .replace("\nC00", "\nD00"), CP1252);
        Files.delete(folder.resolve("fournisseurs.csv"));
        return folder;
    }

    private static Process start(Path inputs, Path out, Path register) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "io.reimburse.cli.Main", "run",
                inputs.toString(), "--out", out.toString(), "--register", register.toString())
                .redirectErrorStream(true).redirectOutput(out.resolveSibling(out.getFileName() + ".log").toFile())
                .start();
    }

    @Test
    void twoRunsAtOnceOnOneRegisterNeverShareANumber() throws Exception {
        Path register = temp.resolve("register.sqlite");
        Process first = start(inputs("first"), temp.resolve("out-first"), register);
        Process second = start(otherCustomers("second"), temp.resolve("out-second"), register);
        assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).as(Files.readString(temp.resolve("out-first.log"))).isZero();
        assertThat(second.exitValue()).as(Files.readString(temp.resolve("out-second.log"))).isZero();

        List<String> invoices = new ArrayList<>();
        List<String> vendors = new ArrayList<>();
        for (String out : List.of("out-first", "out-second")) {
            List<String> lines = Files.readAllLines(temp.resolve(out).resolve("reimbursements.csv"));
            for (String line : lines.subList(1, lines.size())) {
                invoices.add(line.split(";")[8]);
                vendors.add(line.split(";")[6]);
            }
        }
        // 5 reimbursements in the sample; 6 in the copy without vendor links (its blocked vendor is gone)
        assertThat(invoices).doesNotHaveDuplicates().hasSize(11);
        assertThat(invoices).allMatch(invoice -> invoice.compareTo("RMB-FR-000001") >= 0
                && invoice.compareTo("RMB-FR-000011") <= 0);
        assertThat(vendors.stream().filter(v -> v.startsWith("OTV-"))).doesNotHaveDuplicates();
    }

    @Test
    void aRunKilledAtAnyMomentLeavesTheRegisterAndOutputsConsistent() throws Exception {
        Path register = temp.resolve("register.sqlite");
        Random random = new Random(20261125);
        int rounds = Integer.getInteger("kill.rounds", 8);
        List<Path> outs = new ArrayList<>();
        int killed = 0;
        for (int round = 0; round < rounds; round++) {
            Path out = temp.resolve("out-" + round);
            outs.add(out);
            Process process = start(inputs("round-" + round), out, register);
            boolean finished = process.waitFor(random.nextInt(2500), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL
                killed++;
            }
            assertConsistent(register, outs);
        }
        assertThat(killed).as("rounds killed before their end (the others finished)").isPositive();
    }

    /** After reopening (which finishes interrupted runs): an output folder exists if and only if its run is committed. */
    private void assertConsistent(Path register, List<Path> outs) throws IOException {
        if (!Files.exists(register)) {
            outs.forEach(out -> assertThat(out).as("no register, no output").doesNotExist());
            return;
        }
        Set<String> committedFolders = new HashSet<>();
        Set<String> reimbursedCustomers = new HashSet<>();
        try (Register opened = Registers.open(register, Register.DEFAULT_BUSY_TIMEOUT)) {
            for (RegisterRun run : opened.runs()) {
                committedFolders.add(run.outputFolder());
                assertThat(Path.of(run.outputFolder()).resolve("manifest.json")).as("outputs of committed run "
                        + run.runId()).exists();
            }
            for (RegisterReimbursement line : opened.reimbursements(null, null, null, null)) {
                assertThat(reimbursedCustomers.add(line.customer() + "/" + line.currency()))
                        .as("customer reimbursed twice for the same snapshot: " + line.customer()).isTrue();
            }
        }
        for (Path out : outs) {
            String folder = out.toAbsolutePath().normalize().toString();
            assertThat(Files.exists(out)).as(folder + " exists only for a committed run")
                    .isEqualTo(committedFolders.contains(folder));
        }
        try (Stream<Path> files = Files.list(temp)) {
            // OutputFolder writes ".<out>.tmp-*" beside <out>; a committed run's must have been moved into place
            assertThat(files.map(p -> p.getFileName().toString())
                    .filter(name -> committedFolders.stream().anyMatch(
                            f -> name.startsWith("." + Path.of(f).getFileName() + ".tmp-"))))
                    .isEmpty();
        }
    }
}
