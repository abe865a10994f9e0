package io.reimburse.afterrun;

import io.reimburse.run.Registers;
import io.reimburse.cli.CliRunner;
import io.reimburse.register.Register;
import io.reimburse.register.RegisterReimbursement;
import io.reimburse.register.RegisterRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * reimburse pay and register void killed with SIGKILL at random moments, in separate JVMs: a payment
 * run or a reversal run is recorded with its output folder in place, or leaves nothing; an invoice is
 * never paid twice, and voided only with its reversal written.
 */
class PayAndVoidKilledTest {

    @TempDir
    Path temp;
    private Path register;

    private Process start(String... arguments) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "io.reimburse.cli.Main"));
        command.addAll(List.of(arguments));
        command.addAll(List.of("--register", register.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("last.log").toFile()).start();
    }


    @Test
    void aKilledPaymentRunIsRecordedWithItsFilesOrNotAtAllAndNothingIsPaidTwice() throws Exception {
        register = temp.resolve("register.sqlite");
        assertThat(CliRunner.run("run", "samples/fr", "--out", temp.resolve("run").toString(), "--register",
                register.toString()).status()).isZero();
        Path corrected = FrenchSample.corrected(temp);
        Random random = new Random(20261201);
        List<Path> outs = new ArrayList<>();
        int killed = 0;
        for (int round = 0; round < Integer.getInteger("kill.rounds", 6); round++) {
            Path out = temp.resolve("pay-" + round);
            outs.add(out);
            Process pay = start("pay", corrected.toString(), "--out", out.toString());
            if (!pay.waitFor(random.nextInt(2500), TimeUnit.MILLISECONDS)) {
                pay.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                killed++;
            }
            assertConsistent(outs);
        }
        assertThat(killed).as("rounds killed before their end").isPositive();
        CliRunner.Result last = CliRunner.run("pay", corrected.toString(), "--out", temp.resolve("pay-last").toString(),
                "--register", register.toString());
        assertThat(last.status() == 0 || last.err().contains("nothing to pay")).as(last.err()).isTrue();
        assertThat(payableCounts()).as("each invoice paid exactly once").containsOnlyKeys("RMB-FR-000001",
                "RMB-FR-000002", "RMB-FR-000003", "RMB-FR-000004", "RMB-FR-000005").allSatisfy((invoice, count) ->
                assertThat(count).as(invoice).isEqualTo(1));
    }

    @Test
    void aKilledVoidIsRecordedWithItsReversalOrNotAtAll() throws Exception {
        register = temp.resolve("register.sqlite");
        assertThat(CliRunner.run("run", "samples/fr", "--out", temp.resolve("run").toString(), "--register",
                register.toString()).status()).isZero();
        Random random = new Random(20261202);
        List<Path> outs = new ArrayList<>();
        int killed = 0;
        for (int invoice = 1; invoice <= 5; invoice++) {
            Path out = temp.resolve("void-" + invoice);
            outs.add(out);
            Process voiding = start("register", "void", "RMB-FR-00000" + invoice, "--reason", "test", "--out",
                    out.toString());
            if (!voiding.waitFor(random.nextInt(1500), TimeUnit.MILLISECONDS)) {
                voiding.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                killed++;
            }
            assertConsistent(outs);
            try (Register opened = Registers.open(register, Register.DEFAULT_BUSY_TIMEOUT)) {
                String number = "RMB-FR-00000" + invoice;
                boolean voided = opened.reimbursements(null, null, null, null).stream()
                        .filter(line -> line.invoice().equals(number)).map(RegisterReimbursement::state)
                        .anyMatch("voided"::equals);
                assertThat(voided).as(number + " voided exactly when its reversal was written")
                        .isEqualTo(Files.exists(out.resolve("reversal-journal.csv")));
            }
        }
        assertThat(killed).as("voids killed before their end").isPositive();
    }

    /** After reopening: an output folder exists exactly for the runs the register holds. */
    private void assertConsistent(List<Path> outs) throws IOException {
        List<String> folders = new ArrayList<>();
        try (Register opened = Registers.open(register, Register.DEFAULT_BUSY_TIMEOUT)) {
            for (RegisterRun run : opened.runs()) {
                folders.add(run.outputFolder());
                assertThat(Path.of(run.outputFolder()).resolve("manifest.json")).exists();
            }
        }
        for (Path out : outs) {
            assertThat(Files.exists(out)).as(out + " exists only for a recorded run")
                    .isEqualTo(folders.contains(out.toAbsolutePath().normalize().toString()));
        }
    }

    private Map<String, Integer> payableCounts() throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + register);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT p.invoice, count(*) FROM payment p JOIN run u "
                     + "ON u.run_id = p.run_id WHERE p.status = 'PAYABLE' AND u.status = 'committed' GROUP BY p.invoice")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        return counts;
    }
}
