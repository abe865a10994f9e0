package io.reimburse.register;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.reimburse.engine.RegisterState;
import io.reimburse.model.CustomerRef;
import io.reimburse.model.Decisions;
import io.reimburse.model.InputFile;
import io.reimburse.model.Money;
import io.reimburse.model.OneTimeVendor;
import io.reimburse.model.Payment;
import io.reimburse.model.Reimbursement;
import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;
import io.reimburse.model.RunResult;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * One run's transaction on the register. A writing session holds SQLite's write lock from
 * the decision to the commit, so two processes never give the same numbers; everything the
 * run records is committed at once, after its outputs are complete, or not at all.
 */
public final class RegisterSession implements RegisterState, AutoCloseable {

    private static final String INVOICE_SEQUENCE = "invoice";
    private static final String VENDOR_SEQUENCE = "one-time-vendor";

    private final Register register;
    private final Connection connection;
    private final boolean writing;
    private boolean open = true;
    private long firstInvoice = -1;
    private long firstVendor = -1;

    private RegisterSession(Register register, Connection connection, boolean writing) {
        this.register = register;
        this.connection = connection;
        this.writing = writing;
    }

    static RegisterSession begin(Register register, Connection connection, boolean writing) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(writing ? "BEGIN IMMEDIATE" : "BEGIN");
            return new RegisterSession(register, connection, writing);
        } catch (SQLException e) {
            throw fail(register, e);
        }
    }

    private static RegisterUnavailable fail(Register register, SQLException e) {
        return Register.unusable(register.file(), register.busyTimeout(), e);
    }

    /** The committed run that already read a balances file with this SHA-256, if any. */
    public Optional<String> committedRunWithBalances(String sha256) {
        return single("SELECT i.run_id FROM run_input i JOIN run u ON u.run_id = i.run_id "
                + "WHERE i.sha256 = ? AND i.role = 'balances' AND u.status = 'committed' LIMIT 1", sha256);
    }

    /** The committed run whose outputs were put in {@code folder}, if any. */
    public Optional<String> committedRunWithOutput(Path folder) {
        return single("SELECT run_id FROM run WHERE output_folder = ? AND status = 'committed' "
                + "ORDER BY committed_at DESC LIMIT 1", folder.toString());
    }

    @Override
    public Optional<String> earlierReimbursement(CustomerRef customer, String currency, LocalDate balanceDate) {
        return single("SELECT 'invoice ' || r.invoice || ' of run ' || r.run_id || ' (balances of ' || r.balance_date "
                        + "|| ')' FROM reimbursement r JOIN run u ON u.run_id = r.run_id "
                        + "WHERE u.status = 'committed' AND r.legal_entity = ? AND r.customer = ? AND r.currency = ? "
                        + "AND r.balance_date >= ? ORDER BY r.balance_date DESC, r.invoice DESC LIMIT 1",
                customer.legalEntity(), customer.customerAccount(), currency, balanceDate.toString());
    }

    @Override
    public Optional<String> oneTimeVendorOf(CustomerRef customer) {
        return single("SELECT v.vendor FROM one_time_vendor v JOIN run u ON u.run_id = v.run_id "
                + "WHERE u.status = 'committed' AND v.legal_entity = ? AND v.customer = ? "
                + "ORDER BY u.committed_at DESC, v.vendor DESC LIMIT 1", customer.legalEntity(), customer.customerAccount());
    }

    /** The IBAN of the customer's latest payable payment in a committed run (SPEC §10). */
    @Override
    public Optional<String> lastIban(CustomerRef customer) {
        return single("SELECT p.iban FROM payee_iban p JOIN run u ON u.run_id = p.run_id "
                + "WHERE u.status = 'committed' AND p.legal_entity = ? AND p.customer = ? "
                + "ORDER BY u.committed_at DESC, p.invoice DESC LIMIT 1", customer.legalEntity(),
                customer.customerAccount());
    }

    @Override
    public long nextInvoiceNumber(long fromParameters) {
        firstInvoice = Math.max(sequence(INVOICE_SEQUENCE), fromParameters);
        return firstInvoice;
    }

    @Override
    public long nextOneTimeVendorNumber(long fromParameters) {
        firstVendor = Math.max(sequence(VENDOR_SEQUENCE), fromParameters);
        return firstVendor;
    }

    private long sequence(String name) {
        return single("SELECT next_value FROM sequence WHERE name = ?", name).map(Long::parseLong).orElse(1L);
    }

    private Optional<String> single(String sql, String... values) {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                query.setString(i + 1, values[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw fail(register, e);
        }
    }

    /**
     * Records the run, its inputs, reimbursements, one-time vendors and sequences, and commits.
     * The outputs must be complete in {@code temporary}; they are moved to {@code folder} next.
     */
    public void commit(RunResult result, Path folder, Path temporary, Instant committedAt) {
        if (!writing) {
            throw new IllegalStateException("a read-only session records nothing");
        }
        try {
            insertRun(result, folder, temporary, committedAt);
            for (InputFile input : result.inputs()) {
                for (InputFile.TableUse table : input.tables()) {
                    update("INSERT INTO run_input (run_id, file, role, sha256) VALUES (?, ?, ?, ?)",
                            result.runId(), input.name(), table.role(), input.sha256());
                }
            }
            Decisions decisions = result.decisions();
            for (Reimbursement r : decisions.reimbursements()) {
                update("INSERT INTO reimbursement (invoice, run_id, legal_entity, customer, customer_name, currency, "
                                + "dimensions, amount, vendor, one_time_vendor, balance_date, transaction_date) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        r.invoice(), result.runId(), r.key().legalEntity(), r.key().customerAccount(),
                        r.customerName(), r.amount().currency(), String.join(",", r.key().dimensions()),
                        r.amount().plain(), r.vendorAccount(), r.oneTimeVendor().code(),
                        result.parameters().balanceDate().toString(), r.transactionDate().toString());
            }
            // only what was paid: a held-back changed IBAN must not become the known one
            for (Payment payment : result.payments().payable()) {
                update("INSERT INTO payee_iban (legal_entity, customer, iban, invoice, run_id) VALUES (?, ?, ?, ?, ?)",
                        payment.reimbursement().key().legalEntity(), payment.reimbursement().key().customerAccount(),
                        payment.iban(), payment.reimbursement().invoice(), result.runId());
            }
            for (OneTimeVendor vendor : decisions.oneTimeVendors()) {
                update("INSERT INTO one_time_vendor (vendor, legal_entity, customer, run_id) VALUES (?, ?, ?, ?)",
                        vendor.account(), vendor.customer().legalEntity(), vendor.customer().customerAccount(),
                        result.runId());
            }
            if (firstInvoice >= 0) {
                advance(INVOICE_SEQUENCE, firstInvoice + decisions.reimbursements().size());
            }
            if (firstVendor >= 0) {
                advance(VENDOR_SEQUENCE, firstVendor + decisions.oneTimeVendors().size());
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("COMMIT");
            }
            open = false;
        } catch (SQLException e) {
            throw fail(register, e);
        }
    }

    private void insertRun(RunResult result, Path folder, Path temporary, Instant committedAt) throws SQLException {
        update("INSERT INTO run (run_id, started_at, committed_at, tool_version, legal_entity, balance_date, "
                        + "transaction_date, parameters, counts, totals, output_folder, output_temporary, status) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'committed')",
                result.runId(), result.startedAt().toString(), committedAt.toString(), result.toolVersion(),
                result.parameters().legalEntity(), result.parameters().balanceDate().toString(),
                result.parameters().transactionDate().toString(), json(result.parameters().used()),
                counts(result.decisions()), totals(result.decisions()), folder.toString(), temporary.toString());
    }

    private void advance(String sequence, long next) throws SQLException {
        update("INSERT INTO sequence (name, next_value) VALUES (?, ?) ON CONFLICT (name) "
                + "DO UPDATE SET next_value = max(next_value, excluded.next_value)", sequence, Long.toString(next));
    }

    private void update(String sql, String... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private static String counts(Decisions decisions) {
        Map<String, String> counts = new java.util.LinkedHashMap<>();
        counts.put("REIMBURSED", Integer.toString(decisions.reimbursements().size()));
        decisions.skipCounts().forEach((reason, count) -> counts.put(reason.name(), Integer.toString(count)));
        return json(counts);
    }

    private static String totals(Decisions decisions) {
        Map<String, String> totals = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> total : decisions.totalsByCurrency().entrySet()) {
            totals.put(total.getKey(), new Money(total.getValue(), total.getKey()).plain());
        }
        return json(totals);
    }

    /** A flat JSON object of strings (amounts stay strings: exact). */
    static String json(Map<String, String> values) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.writeStartObject();
            for (Map.Entry<String, String> entry : values.entrySet()) {
                json.writeStringField(entry.getKey(), entry.getValue());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** Ends the transaction: what was not committed is rolled back. */
    @Override
    public void close() {
        if (!open) {
            return;
        }
        open = false;
        try (Statement statement = connection.createStatement()) {
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            throw new RunRefused(RunProblem.inFile(register.file().toString(), "could not end its transaction: "
                    + e.getMessage()));
        }
    }
}
