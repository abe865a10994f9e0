package io.reimburse.register;

import io.reimburse.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A register written by the version before issue 15 (schema 2) is migrated without losing what it knew. */
class RegisterMigrationTest {

    @TempDir
    Path temp;

    /** Schema 2 with one committed run (RMB-FR-000041 to C00012, paid) and a voided one (its vendor OTV-000005). */
    private Path registerOfVersionTwo() throws SQLException {
        Path register = temp.resolve("register.sqlite");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + register);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)");
            for (int version = 1; version <= 2; version++) {
                for (String sql : Migrations.SCRIPTS.get(version - 1)) {
                    statement.execute(sql);
                }
                statement.execute("INSERT INTO schema_version (version) VALUES (" + version + ")");
            }
            String parameters = "{\"InvoicePrefix\":\"RMB-FR-\",\"OneTimeVendorPrefix\":\"OTV-\"}";
            statement.execute("INSERT INTO run VALUES ('run-sept', '2026-10-05T08:00:00Z', '2026-10-05T08:00:05Z', "
                    + "'0.1.0', 'FR01', '2026-09-30', '2026-10-05', '" + parameters + "', '{}', '{}', '/tmp/sept', "
                    + "'/tmp/.sept.tmp', 1, 'committed', NULL, NULL)");
            statement.execute("INSERT INTO run VALUES ('run-void', '2026-10-06T08:00:00Z', '2026-10-06T08:00:05Z', "
                    + "'0.1.0', 'FR01', '2026-09-30', '2026-10-06', '" + parameters + "', '{}', '{}', '/tmp/void', "
                    + "'/tmp/.void.tmp', 1, 'voided', '2026-10-07T08:00:00Z', 'never imported')");
            statement.execute("INSERT INTO reimbursement VALUES ('RMB-FR-000041', 'run-sept', 'FR01', 'C00012', "
                    + "'Boulangerie Martin', 'EUR', '', '1250.00', 'OTV-000004', 'created', '2026-09-30', '2026-10-05')");
            statement.execute("INSERT INTO reimbursement VALUES ('RMB-FR-000040', 'run-void', 'FR01', 'C00045', "
                    + "'Hôtel Beauséjour', 'EUR', '', '10.00', 'OTV-000005', 'created', '2026-09-30', '2026-10-06')");
            statement.execute("INSERT INTO one_time_vendor VALUES ('OTV-000004', 'FR01', 'C00012', 'run-sept')");
            statement.execute("INSERT INTO one_time_vendor VALUES ('OTV-000005', 'FR01', 'C00045', 'run-void')");
            statement.execute("INSERT INTO payee_iban VALUES ('FR01', 'C00012', 'FR7612739004500009876543206', "
                    + "'RMB-FR-000041', 'run-sept')");
            statement.execute("INSERT INTO sequence VALUES ('invoice', 42), ('one-time-vendor', 6)");
        }
        return register;
    }

    @Test
    void theSequencesPendingReimbursementsVendorsAndPaymentsOfAnOlderRegisterCarryOn() throws Exception {
        Path register = registerOfVersionTwo();
        Path out = temp.resolve("out");

        CliRunner.Result run = CliRunner.run("run", "samples/fr", "--out", out.toString(), "--register",
                register.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).as("C00012's September refund is not posted yet").contains("1 PENDING_REIMBURSEMENT");
        List<String> lines = Files.readAllLines(out.resolve("reimbursements.csv"), StandardCharsets.UTF_8);
        assertThat(lines.subList(1, lines.size())).extracting(line -> line.split(";")[1] + " " + line.split(";")[6]
                        + " " + line.split(";")[8])
                .as("numbers continue; the voided run's vendor is not reused")
                .containsExactly("C00027 F00310 RMB-FR-000042", "C00045 OTV-000006 RMB-FR-000043",
                        "C00092 OTV-000007 RMB-FR-000044", "C00118 F00412 RMB-FR-000045");
        assertThat(CliRunner.run("register", "list", "--customer", "C00012", "--register", register.toString()).out())
                .contains("RMB-FR-000041").contains("pending").contains("paid");
    }

    @Test
    void aDryRunDoesNotBringAnOlderRegisterUpToDateButSaysHow() throws Exception {
        Path register = registerOfVersionTwo();
        byte[] before = Files.readAllBytes(register);

        CliRunner.Result dry = CliRunner.run("run", "samples/fr", "--dry-run", "--out", temp.resolve("out").toString(),
                "--register", register.toString());

        assertThat(dry.status()).isEqualTo(2);
        assertThat(dry.err()).contains("written by an older version of reimburse (schema 2")
                .contains("a dry run does not change it").contains("reimburse register list");
        assertThat(Files.readAllBytes(register)).isEqualTo(before);
    }

    @Test
    void aNewPrefixStartsItsOwnRangeWhenAnotherIsUsedUp() throws IOException {
        Path register = temp.resolve("register.sqlite");
        String[] parameters = {"Parameter;Value", "MinimumReimbursement;1", "AccountingCurrency;EUR",
                "OneTimeVendorGroup;OTV", "InvoiceNextNumber;999998"};
        assertThat(run(register, "october", "2026-10-31", parameters).status()).isZero();
        assertThat(Files.readString(temp.resolve("out-october/reimbursements.csv"))).contains("RMB-999998")
                .contains("RMB-999999");

        CliRunner.Result usedUp = run(register, "november", "2026-11-30", parameters);
        assertThat(usedUp.status()).isEqualTo(2);
        assertThat(usedUp.err()).contains("prefix 'RMB-' are used up").contains("choose a new prefix");

        String[] newPrefix = java.util.Arrays.copyOf(parameters, parameters.length);
        newPrefix[parameters.length - 1] = "InvoicePrefix;RMB-2027-"; // and no InvoiceNextNumber
        CliRunner.Result december = run(register, "december", "2026-12-31", newPrefix);
        assertThat(december.status()).as(december.err()).isZero();
        assertThat(Files.readString(temp.resolve("out-december/reimbursements.csv"))).contains("RMB-2027-000001")
                .contains("RMB-2027-000002");
    }

    private CliRunner.Result run(Path register, String month, String balanceDate, String... parameters)
            throws IOException {
        Path inputs = Files.createDirectories(temp.resolve(month));
        // other customers each month: none of them has a pending reimbursement
        Files.write(inputs.resolve("balances.csv"), List.of("Balances of " + balanceDate,
                "CustomerAccount;Currency;Balance", month + "-1;EUR;-20.00", month + "-2;EUR;-30.00"),
                StandardCharsets.UTF_8);
        List<String> lines = new java.util.ArrayList<>(List.of(parameters));
        lines.add("BalanceDate;" + balanceDate);
        lines.add("TransactionDate;" + balanceDate);
        Files.write(inputs.resolve("parameters.csv"), lines, StandardCharsets.UTF_8);
        return CliRunner.run("run", inputs.toString(), "--out", temp.resolve("out-" + month).toString(), "--register",
                register.toString());
    }
}
