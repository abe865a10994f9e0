package io.reimburse.afterrun;

import io.reimburse.cli.CliRunner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Monthly balance snapshots of a few customers, run one after the other on one register, as an
 * accountant does: each snapshot is a folder with its balances and parameters (English CSV).
 */
final class Snapshots {

    private final Path folder;
    private final Path register;
    private int outputs;

    Snapshots(Path folder) {
        this.folder = folder;
        this.register = folder.resolve("register.sqlite");
    }

    Path register() {
        return register;
    }

    /** A snapshot: its balance date and balance lines ("C200;-250.00"), and extra parameter lines. */
    Path snapshot(String balanceDate, List<String> balances, String... parameters) throws IOException {
        Path inputs = Files.createDirectories(folder.resolve("balances-" + balanceDate + "-" + (outputs + 1)));
        List<String> lines = new ArrayList<>(List.of("Customer balances of " + balanceDate,
                "CustomerAccount;Name;Currency;Balance"));
        for (String balance : balances) {
            String[] parts = balance.split(";");
            lines.add(parts[0] + ";Customer " + parts[0] + ";EUR;" + parts[1]);
        }
        Files.write(inputs.resolve("balances.csv"), lines, StandardCharsets.UTF_8);
        List<String> parameterLines = new ArrayList<>(List.of("Parameter;Value", "LegalEntity;FR01",
                "AccountingCurrency;EUR", "MinimumReimbursement;10.00", "BalanceDate;" + balanceDate,
                "TransactionDate;" + balanceDate, "OneTimeVendorGroup;OTV"));
        parameterLines.addAll(List.of(parameters));
        Files.write(inputs.resolve("parameters.csv"), parameterLines, StandardCharsets.UTF_8);
        return inputs;
    }

    /** Runs {@code reimburse run} on the inputs into a new output folder, with the register. */
    CliRunner.Result run(Path inputs, String... more) {
        Path out = folder.resolve("out" + (++outputs));
        return CliRunner.run(Stream.concat(Stream.of("run", inputs.toString(), "--out", out.toString(), "--register",
                register.toString()), Stream.of(more)).toArray(String[]::new));
    }

    Path lastOut() {
        return folder.resolve("out" + outputs);
    }

    /** Any register subcommand on this register. */
    CliRunner.Result register(String... arguments) {
        return CliRunner.run(Stream.concat(Stream.of("register"), Stream.concat(Stream.of(arguments),
                Stream.of("--register", register.toString()))).toArray(String[]::new));
    }

    /** The lines of a CSV output of the last run, header excluded, BOM removed. */
    List<String> lastRows(String file) throws IOException {
        List<String> lines = Files.readAllLines(lastOut().resolve(file), StandardCharsets.UTF_8);
        return lines.subList(1, lines.size());
    }

    /** The run id of the last run, from its manifest. */
    String lastRunId() throws IOException {
        return FrenchSample.runIdOf(lastOut());
    }

    /**
     * Moves a run back in time as the register would hold it had it been made on {@code day} (the tests
     * run every snapshot today; an ERP posts a run's journal after the run was made).
     */
    void madeOn(String runId, String day) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + register);
             Statement statement = connection.createStatement()) {
            int changed = statement.executeUpdate("UPDATE run SET started_at = '" + day + "T08:00:00Z', "
                    + "committed_at = '" + day + "T08:00:05Z' WHERE run_id = '" + runId + "'");
            assertThat(changed).isEqualTo(1);
        }
    }
}
