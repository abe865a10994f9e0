package io.reimburse.register;

import io.reimburse.model.CustomerCurrency;
import io.reimburse.model.CustomerRef;
import io.reimburse.model.EarlierReimbursement;
import io.reimburse.model.RegisterHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history a run reads of its customers (rules 9 and 10, one-time vendors): the customers are sent
 * to SQLite as JSON arrays, one statement per legal entity and chunk, and earlier runs are found
 * through their balance dates. The register's rows are written here by hand, as a run records them.
 */
class RegisterHistoryTest {

    /** Accounts a JSON array must carry unchanged: quotes, backslashes, control characters, non-BMP text. */
    private static final List<String> ODD_ACCOUNTS = List.of("C\"1", "C\\2", "C\t3", "C\u00e94", "C\ud835\udd185",
            "C 6", "[\"7\"]", "C\u00008");

    @TempDir
    Path temp;

    @Test
    void everyAskedCustomerIsFoundWhateverItsAccountAndOnlyInItsOwnLegalEntity() throws SQLException {
        Path file = temp.resolve("register.sqlite");
        Register.open(file, Register.DEFAULT_BUSY_TIMEOUT).close(); // the latest schema
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            run(connection, "run-oct", "2026-10-31", "2026-11-05T08:00:05Z");
            run(connection, "run-sep", "2026-09-30", "2026-10-05T08:00:05Z");
            int n = 0;
            for (String account : ODD_ACCOUNTS) {
                n++;
                // September (pending) and October for FR01; only September for the same account in DE01
                reimbursement(connection, "RMB-09-" + n, "run-sep", "FR01", account, "10.0" + n, "2026-09-30");
                reimbursement(connection, "RMB-10-" + n, "run-oct", "FR01", account, "20.0" + n, "2026-10-31");
                reimbursement(connection, "RMB-DE-" + n, "run-sep", "DE01", account, "30.0" + n, "2026-09-30");
                vendor(connection, "OTV-FR-" + n, "FR01", account, "run-sep");
                vendor(connection, "OTV-DE-" + n, "DE01", account, "run-sep");
            }
        }
        Set<CustomerRef> asked = new LinkedHashSet<>();
        ODD_ACCOUNTS.forEach(account -> asked.add(new CustomerRef("FR01", account)));
        asked.add(new CustomerRef("DE01", ODD_ACCOUNTS.get(0)));
        asked.add(new CustomerRef("FR01", "nobody"));

        RegisterHistory history;
        try (Register register = Register.open(file, Register.DEFAULT_BUSY_TIMEOUT);
             RegisterSession session = register.beginReadOnly()) {
            history = session.history(asked, LocalDate.parse("2026-10-31"));
        }

        for (int i = 0; i < ODD_ACCOUNTS.size(); i++) {
            CustomerRef customer = new CustomerRef("FR01", ODD_ACCOUNTS.get(i));
            EarlierReimbursement october = history.alreadyReimbursed().get(new CustomerCurrency(customer, "EUR"));
            assertThat(october).as(ODD_ACCOUNTS.get(i)).isNotNull();
            assertThat(october.invoice()).isEqualTo("RMB-10-" + (i + 1));
            assertThat(october.amount().amount()).isEqualByComparingTo("20.0" + (i + 1));
            assertThat(history.notYetInBalances().get(new CustomerCurrency(customer, "EUR")))
                    .extracting(EarlierReimbursement::invoice).containsExactly("RMB-09-" + (i + 1));
            assertThat(history.oneTimeVendors().get(customer)).isEqualTo("OTV-FR-" + (i + 1));
        }
        CustomerRef german = new CustomerRef("DE01", ODD_ACCOUNTS.get(0));
        assertThat(history.alreadyReimbursed()).as("DE01 was reimbursed for September only")
                .doesNotContainKey(new CustomerCurrency(german, "EUR"));
        assertThat(history.notYetInBalances().get(new CustomerCurrency(german, "EUR")))
                .extracting(EarlierReimbursement::invoice).containsExactly("RMB-DE-1");
        assertThat(history.oneTimeVendors()).containsEntry(german, "OTV-DE-1")
                .as("only the asked customers").hasSize(ODD_ACCOUNTS.size() + 1);
        assertThat(history.alreadyReimbursed()).hasSize(ODD_ACCOUNTS.size());
    }

    @Test
    void theSameOrALaterBalanceDateIsAlreadyReimbursedAnEarlierOneIsNot() throws SQLException {
        Path file = temp.resolve("register.sqlite");
        Register.open(file, Register.DEFAULT_BUSY_TIMEOUT).close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            run(connection, "run-nov", "2026-11-30", "2026-12-05T08:00:05Z");
            reimbursement(connection, "RMB-11-1", "run-nov", "FR01", "C1", "15.00", "2026-11-30");
        }
        Set<CustomerRef> asked = Set.of(new CustomerRef("FR01", "C1"));
        try (Register register = Register.open(file, Register.DEFAULT_BUSY_TIMEOUT);
             RegisterSession session = register.beginReadOnly()) {
            assertThat(session.history(asked, LocalDate.parse("2026-10-31")).alreadyReimbursed())
                    .as("November's run covers an October snapshot").containsOnlyKeys(
                            new CustomerCurrency(new CustomerRef("FR01", "C1"), "EUR"));
            assertThat(session.history(asked, LocalDate.parse("2026-11-30")).alreadyReimbursed())
                    .as("and the same snapshot again").hasSize(1);
            assertThat(session.history(asked, LocalDate.parse("2026-12-31")).alreadyReimbursed())
                    .as("a December snapshot comes after it").isEmpty();
        }
    }

    private static void run(Connection connection, String runId, String balanceDate, String committedAt)
            throws SQLException {
        update(connection, "INSERT INTO run (run_id, started_at, committed_at, tool_version, legal_entity, "
                        + "balance_date, transaction_date, parameters, counts, totals, output_folder, output_temporary, "
                        + "outputs_in_place, status) VALUES (?, ?, ?, '0.1.0', 'FR01', ?, ?, '{}', '{}', '{}', '/tmp/o', "
                        + "'/tmp/.o.tmp', 1, 'committed')",
                runId, committedAt, committedAt, balanceDate, balanceDate);
    }

    private static void reimbursement(Connection connection, String invoice, String runId, String entity,
                                      String customer, String amount, String balanceDate) throws SQLException {
        update(connection, "INSERT INTO reimbursement (invoice, run_id, legal_entity, customer, customer_name, "
                        + "currency, dimensions, amount, vendor, one_time_vendor, balance_date, transaction_date) "
                        + "VALUES (?, ?, ?, ?, 'name', 'EUR', '', ?, 'V', 'created', ?, ?)",
                invoice, runId, entity, customer, amount, balanceDate, balanceDate);
    }

    private static void vendor(Connection connection, String vendor, String entity, String customer, String runId)
            throws SQLException {
        update(connection, "INSERT INTO one_time_vendor (vendor, legal_entity, customer, run_id) VALUES (?, ?, ?, ?)",
                vendor, entity, customer, runId);
    }

    private static void update(Connection connection, String sql, String... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
