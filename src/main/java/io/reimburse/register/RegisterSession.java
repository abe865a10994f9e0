package io.reimburse.register;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.reimburse.engine.RegisterState;
import io.reimburse.model.BalanceKey;
import io.reimburse.model.BankDetails;
import io.reimburse.model.CustomerCurrency;
import io.reimburse.model.CustomerRef;
import io.reimburse.model.Decisions;
import io.reimburse.model.EarlierReimbursement;
import io.reimburse.model.InputFile;
import io.reimburse.model.InvoiceText;
import io.reimburse.model.Language;
import io.reimburse.model.Money;
import io.reimburse.model.OneTimeVendor;
import io.reimburse.model.OneTimeVendorStatus;
import io.reimburse.model.Payment;
import io.reimburse.model.Payments;
import io.reimburse.model.PostedMark;
import io.reimburse.model.RegisterHistory;
import io.reimburse.model.Reimbursement;
import io.reimburse.model.Reversal;
import io.reimburse.model.ReversedInvoice;
import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;
import io.reimburse.model.RunKind;
import io.reimburse.model.RunResult;
import io.reimburse.model.Selection;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One run's transaction on the register. A writing session holds SQLite's write lock from
 * the decision to the commit, so two processes never give the same numbers; everything the
 * run records is committed at once, after its outputs are complete, or not at all.
 */
public final class RegisterSession implements RegisterState, AutoCloseable {

    /** The sequences' names: the kind of number and its prefix ("invoice:RMB-"). */
    private static final String INVOICE_SEQUENCE = "invoice:";
    private static final String VENDOR_SEQUENCE = "one-time-vendor:";

    private final Register register;
    private final Connection connection;
    private final boolean writing;
    private boolean open = true;
    private long firstInvoice = -1;
    /** The run whose rows are in the transaction already ({@link #stage}), waiting for its commit. */
    private RunResult staged;
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

    /**
     * An earlier committed run that reimbursed from a balances file: its id, the customer selection it
     * was made for (CustomerAccounts and CustomerGroups as it read them), and the customers the approver
     * of its proposal rejected.
     */
    public record BalancesUse(String runId, Selection customerAccounts, Selection customerGroups,
                              Set<CustomerRef> rejected) {

        /**
         * Whether the run used the file for this customer: selected by it, and not rejected by the approver of
         * the proposal it committed (a rejected customer may be proposed again from the same file).
         */
        public boolean used(CustomerRef customer, String group) {
            return !rejected.contains(customer) && customerAccounts.matches(customer.customerAccount())
                    && customerGroups.matches(group);
        }
    }

    /**
     * The committed reimbursement runs that reimbursed from a balances file with this SHA-256, oldest
     * first. A run that reimbursed nobody has not used the file.
     */
    public List<BalancesUse> runsThatUsedBalances(String sha256) {
        List<BalancesUse> uses = new ArrayList<>();
        try {
            query("SELECT DISTINCT u.run_id, u.parameters, u.committed_at FROM run_input i JOIN run u "
                    + "ON u.run_id = i.run_id WHERE i.sha256 = ? AND i.role = 'balances' AND u.status = 'committed' "
                    + "AND u.kind = 'reimbursement' AND EXISTS (SELECT 1 FROM reimbursement r WHERE r.run_id = u.run_id) "
                    + "ORDER BY u.committed_at, u.run_id", rs -> {
                        Map<String, String> parameters = jsonObject(rs.getString(2));
                        uses.add(new BalancesUse(rs.getString(1),
                                Selection.parse(parameters.getOrDefault("CustomerAccounts", "")),
                                Selection.parse(parameters.getOrDefault("CustomerGroups", "")), new java.util.HashSet<>()));
                    }, sha256);
            for (BalancesUse use : uses) {
                query("SELECT l.legal_entity, l.customer FROM approval a JOIN rejected_line l "
                        + "ON l.proposal_id = a.proposal_id WHERE a.run_id = ?", rs -> use.rejected().add(customer(rs)),
                        use.runId());
            }
        } catch (SQLException e) {
            throw fail(register, e);
        }
        return uses;
    }

    /** The committed run whose outputs were put in {@code folder}, if any. */
    public Optional<String> committedRunWithOutput(Path folder) {
        return single("SELECT run_id FROM run WHERE output_folder = ? AND status = 'committed' "
                + "ORDER BY committed_at DESC LIMIT 1", folder.toString());
    }

    /**
     * What earlier runs recorded of these customers, read in four queries joined with a temporary
     * table of the customers (filled in batches), not in one query per customer.
     */
    @Override
    public RegisterHistory history(Set<CustomerRef> customers, LocalDate balanceDate) {
        String date = balanceDate.toString();
        Map<CustomerCurrency, EarlierReimbursement> already = new HashMap<>();
        Map<CustomerCurrency, List<EarlierReimbursement>> notYetInBalances = new HashMap<>();
        Map<CustomerRef, String> oneTimeVendors = new HashMap<>();
        Map<CustomerRef, String> lastIbans = new HashMap<>();
        try {
            ask(customers);
            // Each query walks an index of the few rows it may find (balances of this date or later; pending
            // reimbursements; those posted after this date), not every earlier reimbursement of the
            // customers: a year of monthly runs costs what one does.
            String earlier = "SELECT r.legal_entity, r.customer, r.currency, r.invoice, r.run_id, r.balance_date, "
                    + "r.amount, r.dimensions, r.posted_on FROM reimbursement r INDEXED BY ";
            String asked = " JOIN asked_customer a ON a.legal_entity = r.legal_entity AND a.customer = r.customer "
                    + "WHERE r.voided_at IS NULL ";
            // a reimbursement's balance date is its run's: the rows of the runs of this date or later
            query(earlier + "reimbursement_run_customer" + asked + "AND r.run_id IN (SELECT run_id FROM run "
                            + "WHERE balance_date >= ?1) AND r.balance_date >= ?1 "
                            + "ORDER BY r.balance_date DESC, r.invoice DESC",
                    rs -> already.putIfAbsent(new CustomerCurrency(customer(rs), rs.getString(3)), earlier(rs)), date);
            query(earlier + "reimbursement_pending" + asked + "AND r.posted_on IS NULL AND r.balance_date < ?1 "
                            + "UNION ALL " + earlier + "reimbursement_posted_on" + asked + "AND r.posted_on > ?1 "
                            + "AND r.balance_date < ?1 ORDER BY 4", // the invoice
                    rs -> notYetInBalances.computeIfAbsent(new CustomerCurrency(customer(rs), rs.getString(3)),
                            c -> new ArrayList<>()).add(earlier(rs)), date);
            query("SELECT v.legal_entity, v.customer, v.vendor FROM asked_customer a JOIN one_time_vendor v "
                    + "ON v.legal_entity = a.legal_entity AND v.customer = a.customer JOIN run u ON u.run_id = v.run_id "
                    + "WHERE v.released = 0 ORDER BY u.committed_at DESC, v.vendor DESC",
                    rs -> oneTimeVendors.putIfAbsent(customer(rs), rs.getString(3)));
            queryLastIbans(lastIbans);
        } catch (SQLException e) {
            throw fail(register, e);
        }
        return new RegisterHistory(already, notYetInBalances, oneTimeVendors, lastIbans);
    }

    /** A reimbursement of an earlier run, from columns 3 to 9 of the history's queries. */
    private static EarlierReimbursement earlier(ResultSet rs) throws SQLException {
        return new EarlierReimbursement(rs.getString(4), rs.getString(5), LocalDate.parse(rs.getString(6)),
                new Money(new BigDecimal(rs.getString(7)), rs.getString(3)), rs.getString(8),
                rs.getString(9) == null ? null : LocalDate.parse(rs.getString(9)));
    }

    /**
     * Of these invoice numbers (an ERP export's: mostly other vendors' invoices), those of reimbursements
     * the register holds as neither posted nor voided.
     */
    public Set<String> unpostedInvoices(Set<String> invoices) {
        Set<String> unposted = new java.util.HashSet<>();
        if (invoices.isEmpty()) {
            return unposted;
        }
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TEMP TABLE IF NOT EXISTS asked_invoice (invoice TEXT PRIMARY KEY) "
                        + "WITHOUT ROWID");
                statement.execute("DELETE FROM asked_invoice");
            }
            try (Batch insert = new Batch(connection, "INSERT OR IGNORE INTO asked_invoice VALUES (?)")) {
                for (String invoice : invoices) {
                    insert.add(invoice);
                }
            }
            query("SELECT r.invoice FROM asked_invoice a JOIN reimbursement r ON r.invoice = a.invoice "
                    + "WHERE r.posted_on IS NULL AND r.voided_at IS NULL", rs -> unposted.add(rs.getString(1)));
        } catch (SQLException e) {
            throw fail(register, e);
        }
        return unposted;
    }

    /** A committed, not voided invoice that may be voided, with its run's parameters as the run read them. */
    public record VoidableInvoice(Reimbursement reimbursement, String runId, Map<String, String> runParameters,
                                  boolean paid, String dimensionDisplay) {
    }

    /** What the runs and invoices named to be voided stand for. */
    public record Voidable(List<VoidableInvoice> invoices, List<String> wholeRuns, List<String> paymentRuns) {
    }

    /**
     * The invoices that voiding these runs and invoices voids: all not yet voided invoices of a
     * reimbursement run named, and each invoice named. A payment run named voids its payments. An
     * unknown or already voided one, or a reversal run, refuses them all.
     */
    public Voidable voidable(List<String> runsOrInvoices, Language language) {
        List<RunProblem> problems = new ArrayList<>();
        Map<String, VoidableInvoice> invoices = new java.util.TreeMap<>();
        List<String> wholeRuns = new ArrayList<>();
        List<String> paymentRuns = new ArrayList<>();
        String columns = "SELECT r.invoice, r.legal_entity, r.customer, r.customer_name, r.currency, r.dimensions, "
                + "r.amount, r.vendor, r.one_time_vendor, r.transaction_date, r.balance_date, r.iban, r.bic, "
                + "r.voided_at, EXISTS (SELECT 1 FROM payment p JOIN run pu ON pu.run_id = p.run_id "
                + "WHERE p.invoice = r.invoice AND p.status = 'PAYABLE' AND pu.status = 'committed'), r.run_id, "
                + "u.parameters, r.dimension_display FROM reimbursement r JOIN run u ON u.run_id = r.run_id ";
        Statements.RowReader add = rs -> invoices.putIfAbsent(rs.getString(1), new VoidableInvoice(
                unpaidInvoice(rs, language).reimbursement(), rs.getString(16), jsonObject(rs.getString(17)),
                rs.getInt(15) == 1, rs.getString(18)));
        try {
            for (String named : runsOrInvoices) {
                Optional<String> run = single("SELECT kind || ' ' || status FROM run WHERE run_id = ?", named);
                if (run.isPresent()) {
                    switch (run.get()) {
                        case "reimbursement committed" -> {
                            int before = invoices.size();
                            query(columns + "WHERE r.run_id = ? AND r.voided_at IS NULL", add, named);
                            wholeRuns.add(named);
                            if (invoices.size() == before) {
                                problems.add(problem("every invoice of run " + named + " is voided already"));
                            }
                        }
                        case "payment committed" -> paymentRuns.add(named);
                        default -> problems.add(problem("run " + named + " cannot be voided: it is "
                                + (run.get().endsWith("voided") ? "voided already" : "a reversal run")));
                    }
                    continue;
                }
                List<String> found = new ArrayList<>();
                query(columns + "WHERE r.invoice = ?", rs -> {
                    found.add(rs.getString(14) == null ? "" : "invoice " + named + " is voided already");
                    if (rs.getString(14) == null) {
                        add.read(rs);
                    }
                }, named);
                if (found.isEmpty()) {
                    problems.add(problem("no run and no invoice " + named + " in the register"));
                } else if (!found.get(0).isEmpty()) {
                    problems.add(problem(found.get(0)));
                }
            }
        } catch (SQLException e) {
            throw fail(register, e);
        }
        if (!problems.isEmpty()) {
            throw new RunRefused(problems);
        }
        return new Voidable(List.copyOf(invoices.values()), wholeRuns, paymentRuns);
    }

    private RunProblem problem(String message) {
        return RunProblem.inFile(register.file().toString(), message);
    }

    /**
     * Voids what was never imported (or, for a payment run, never sent): the invoices no longer count
     * as reimbursed, a payment run's invoices are unpaid again, and the one-time vendors of a run voided
     * whole are not reused (the ERP never created them). Commits.
     */
    public void voidNotImported(Voidable voidable, String reason, Instant at) {
        try {
            voidInvoices(voidable, reason, at, null, null);
            for (String runId : voidable.wholeRuns()) {
                update("UPDATE one_time_vendor SET released = 1 WHERE run_id = ?", runId);
            }
            for (String runId : voidable.paymentRuns()) {
                voidRun(runId, reason, at);
            }
            endTransaction("COMMIT");
        } catch (SQLException e) {
            throw fail(register, e);
        }
    }

    /**
     * Records a reversal run: its invoices voided with their reversing documents, the runs named whole
     * voided, their one-time vendors kept (the ERP has them). The outputs must be complete in {@code
     * temporary}. Commits.
     */
    public void commitReversal(Reversal reversal, Path folder, Path temporary, Instant committedAt) {
        try {
            Map<String, String> parameters = new java.util.LinkedHashMap<>();
            parameters.put("Reason", reversal.reason());
            parameters.put("Date", reversal.date().toString());
            parameters.put("Language", reversal.style().language().code());
            Map<String, BigDecimal> totals = new java.util.TreeMap<>();
            reversal.invoices().forEach(line -> totals.merge(line.original().amount().currency(),
                    line.original().amount().amount(), BigDecimal::add));
            update("INSERT INTO run (run_id, started_at, committed_at, tool_version, legal_entity, balance_date, "
                            + "transaction_date, parameters, counts, totals, output_folder, output_temporary, status, "
                            + "kind) VALUES (?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, 'committed', 'reversal')",
                    reversal.runId(), reversal.startedAt().toString(), committedAt.toString(), reversal.toolVersion(),
                    reversal.invoices().get(0).original().key().legalEntity(), reversal.date().toString(),
                    json(parameters), json(Map.of("REVERSED", Integer.toString(reversal.invoices().size()))),
                    amounts(totals), folder.toString(), temporary.toString());
            Voidable voidable = new Voidable(List.of(), reversal.wholeRuns(), List.of());
            voidInvoices(voidable, reversal.reason(), committedAt, reversal, reversal.runId());
            endTransaction("COMMIT");
        } catch (SQLException e) {
            throw fail(register, e);
        }
    }

    private void voidInvoices(Voidable voidable, String reason, Instant at, Reversal reversal, String reversalRun)
            throws SQLException {
        try (Batch update = new Batch(connection, "UPDATE reimbursement SET voided_at = ?, void_reason = ?, "
                + "reversal = ?, reversal_run_id = ? WHERE invoice = ? AND voided_at IS NULL")) {
            if (reversal == null) {
                for (VoidableInvoice invoice : voidable.invoices()) {
                    update.add(at.toString(), reason, null, null, invoice.reimbursement().invoice());
                }
            } else {
                for (ReversedInvoice line : reversal.invoices()) {
                    update.add(at.toString(), reason, line.reversalInvoice(), reversalRun, line.original().invoice());
                }
            }
        }
        for (String runId : voidable.wholeRuns()) {
            voidRun(runId, reason, at);
        }
    }

    private void voidRun(String runId, String reason, Instant at) throws SQLException {
        update("UPDATE run SET status = 'voided', voided_at = ?, void_reason = ? WHERE run_id = ? AND status = "
                + "'committed'", at.toString(), reason, runId);
    }

    /** A reimbursement invoice not paid yet, with the bank details its run saw ("" when it prepared no payment). */
    public record UnpaidInvoice(Reimbursement reimbursement, BankDetails recorded) {
    }

    /**
     * The committed invoices that no payment file has carried yet, to pay now: those of the runs and
     * invoices named, or, when none is named, every one whose payment a run held back. An invoice named
     * that is unknown, voided or paid already refuses them all (nothing is paid twice); so does a run
     * that is not a committed reimbursement run.
     */
    public List<UnpaidInvoice> unpaid(List<String> runs, List<String> invoices, Language language) {
        List<RunProblem> problems = new ArrayList<>();
        List<UnpaidInvoice> unpaid = new ArrayList<>();
        String paid = "EXISTS (SELECT 1 FROM payment p JOIN run pu ON pu.run_id = p.run_id WHERE p.invoice = r.invoice "
                + "AND p.status = 'PAYABLE' AND pu.status = 'committed')";
        String columns = "SELECT r.invoice, r.legal_entity, r.customer, r.customer_name, r.currency, r.dimensions, "
                + "r.amount, r.vendor, r.one_time_vendor, r.transaction_date, r.balance_date, r.iban, r.bic, "
                + "r.voided_at, " + paid + ", r.run_id FROM reimbursement r ";
        try {
            Statements.RowReader add = rs -> unpaid.add(unpaidInvoice(rs, language));
            for (String runId : runs) {
                Optional<String> kind = single("SELECT kind || ' ' || status FROM run WHERE run_id = ?", runId);
                if (kind.isEmpty() || !kind.get().equals("reimbursement committed")) {
                    problems.add(RunProblem.inFile(register.file().toString(), kind.isEmpty() ? "no run " + runId
                            + " in the register" : "run " + runId + " is not a committed reimbursement run ("
                            + kind.get() + ")"));
                    continue;
                }
                query(columns + "WHERE r.run_id = ? AND r.voided_at IS NULL AND NOT " + paid + " ORDER BY r.invoice",
                        add, runId);
            }
            for (String invoice : invoices) {
                List<String> state = new ArrayList<>();
                query(columns + "WHERE r.invoice = ?", rs -> {
                    if (rs.getString(14) != null) {
                        state.add("is voided");
                    } else if (rs.getInt(15) == 1) {
                        state.add("was paid already: a payment file carried it");
                    } else {
                        unpaid.add(unpaidInvoice(rs, language));
                        state.add("");
                    }
                }, invoice);
                String why = state.isEmpty() ? "is not in the register" : state.get(0);
                if (!why.isEmpty()) {
                    problems.add(RunProblem.inFile(register.file().toString(), "invoice " + invoice + " " + why));
                }
            }
            if (runs.isEmpty() && invoices.isEmpty()) {
                query(columns + "WHERE r.voided_at IS NULL AND NOT " + paid + " AND EXISTS (SELECT 1 FROM payment h "
                        + "JOIN run hu ON hu.run_id = h.run_id WHERE h.invoice = r.invoice AND hu.status = 'committed') "
                        + "ORDER BY r.invoice", add);
            }
        } catch (SQLException e) {
            throw fail(register, e);
        }
        if (!problems.isEmpty()) {
            throw new RunRefused(problems);
        }
        Map<String, UnpaidInvoice> once = new java.util.TreeMap<>();
        unpaid.forEach(invoice -> once.putIfAbsent(invoice.reimbursement().invoice(), invoice));
        return List.copyOf(once.values());
    }

    /** The reimbursement as its run wrote it, for its payment: what the register does not keep is not needed. */
    private static UnpaidInvoice unpaidInvoice(ResultSet rs, Language language) throws SQLException {
        String dimensions = rs.getString(6);
        String currency = rs.getString(5);
        BalanceKey key = new BalanceKey(rs.getString(2), rs.getString(3), currency,
                dimensions.isEmpty() ? List.of() : List.of(dimensions.split(",", -1)));
        Money amount = new Money(new BigDecimal(rs.getString(7)), currency);
        LocalDate transactionDate = LocalDate.parse(rs.getString(10));
        Reimbursement reimbursement = new Reimbursement(key, rs.getString(4), "", amount.amount().negate(), amount,
                rs.getString(8), OneTimeVendorStatus.valueOf(rs.getString(9).toUpperCase(java.util.Locale.ROOT)),
                rs.getString(1), transactionDate, transactionDate,
                new InvoiceText(language, LocalDate.parse(rs.getString(11))));
        return new UnpaidInvoice(reimbursement, BankDetails.of(rs.getString(12), rs.getString(13)));
    }

    /** The IBAN of each customer's last payable payment in a committed run (SPEC §10). */
    public Map<CustomerRef, String> lastIbans(Set<CustomerRef> customers) {
        Map<CustomerRef, String> lastIbans = new HashMap<>();
        try {
            ask(customers);
            queryLastIbans(lastIbans);
        } catch (SQLException e) {
            throw fail(register, e);
        }
        return lastIbans;
    }

    private void queryLastIbans(Map<CustomerRef, String> lastIbans) throws SQLException {
        // SQLite takes the other columns of an aggregate query from the row that has the max
        query("SELECT p.legal_entity, p.customer, p.iban, max(u.committed_at || ' ' || p.invoice) "
                + "FROM asked_customer a JOIN payment p ON p.legal_entity = a.legal_entity "
                + "AND p.customer = a.customer JOIN run u ON u.run_id = p.run_id "
                + "WHERE u.status = 'committed' AND p.status = 'PAYABLE' GROUP BY p.legal_entity, p.customer",
                rs -> lastIbans.put(customer(rs), rs.getString(3)));
    }

    /** Customer accounts sent to SQLite in one JSON array per statement when the asked table is filled. */
    private static final int ASKED_PER_STATEMENT = 50_000;

    /**
     * Fills the session's temporary table of the customers asked about: each legal entity's accounts
     * go in JSON arrays that SQLite's json_each unrolls, {@value #ASKED_PER_STATEMENT} per statement.
     * A third of a million accounts bound one row at a time (two JDBC binds, a step and a reset each)
     * took longer than the queries that use them.
     */
    private void ask(Set<CustomerRef> customers) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE IF NOT EXISTS asked_customer (legal_entity TEXT NOT NULL, "
                    + "customer TEXT NOT NULL, PRIMARY KEY (legal_entity, customer)) WITHOUT ROWID");
            statement.execute("DELETE FROM asked_customer");
        }
        Map<String, List<String>> accountsByEntity = new java.util.LinkedHashMap<>();
        for (CustomerRef customer : customers) {
            accountsByEntity.computeIfAbsent(customer.legalEntity(), entity -> new ArrayList<>())
                    .add(customer.customerAccount());
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR IGNORE INTO asked_customer SELECT ?1, value FROM json_each(?2)")) {
            for (Map.Entry<String, List<String>> entity : accountsByEntity.entrySet()) {
                List<String> accounts = entity.getValue();
                for (int from = 0; from < accounts.size(); from += ASKED_PER_STATEMENT) {
                    insert.setString(1, entity.getKey());
                    insert.setString(2, jsonArray(accounts.subList(from,
                            Math.min(accounts.size(), from + ASKED_PER_STATEMENT))));
                    insert.executeUpdate();
                }
            }
        }
    }

    /** A JSON array of strings. */
    private static String jsonArray(List<String> values) {
        return json(json -> {
            json.writeStartArray();
            for (String value : values) {
                json.writeString(value);
            }
            json.writeEndArray();
        });
    }

    private static CustomerRef customer(ResultSet rs) throws SQLException {
        return new CustomerRef(rs.getString(1), rs.getString(2));
    }

    private void query(String sql, Statements.RowReader reader, String... values) throws SQLException {
        Statements.query(connection, sql, reader, values);
    }

    @Override
    public long nextInvoiceNumber(String prefix, long fromParameters) {
        firstInvoice = Math.max(sequence(INVOICE_SEQUENCE + prefix), fromParameters);
        return firstInvoice;
    }

    @Override
    public long nextOneTimeVendorNumber(String prefix, long fromParameters) {
        firstVendor = Math.max(sequence(VENDOR_SEQUENCE + prefix), fromParameters);
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
     * Records the run, its inputs, reimbursements, payments, one-time vendors, the postings it learnt
     * of, and the sequences, and commits. The outputs must be complete in {@code temporary}; they are
     * moved to {@code folder} next.
     */
    public void commit(RunResult result, Path folder, Path temporary, Instant committedAt) {
        staged(result);
        try {
            update("UPDATE run SET committed_at = ?, output_folder = ?, output_temporary = ? WHERE run_id = ?",
                    committedAt.toString(), folder.toString(), temporary.toString(), result.runId());
            if (firstInvoice >= 0) {
                advance(INVOICE_SEQUENCE + result.parameters().numbering().invoicePrefix(),
                        firstInvoice + result.decisions().reimbursements().size());
            }
            if (firstVendor >= 0) {
                advance(VENDOR_SEQUENCE + result.parameters().numbering().oneTimeVendorPrefix(),
                        firstVendor + result.decisions().oneTimeVendors().size());
            }
            endTransaction("COMMIT");
        } catch (SQLException e) {
            throw fail(register, e);
        }
    }

    /**
     * Puts the run's rows (its inputs, reimbursements, payments, one-time vendors, the postings it
     * learnt of) in the session's transaction, uncommitted: while the report is still being written,
     * so that the commit, once the outputs are complete, only dates the run and names its folder. Nothing
     * of it is seen by anyone before {@link #commit}. The run's row comes first: every row that refers to
     * it is inserted after it, so the foreign keys are met as each row is inserted, none deferred (put
     * last, with the checks deferred to the commit, the run's row made SQLite count a million-customer
     * run's 400,000 references back at the commit, 0.15 s while the user waited).
     */
    public void stage(RunResult result) {
        if (!writing) {
            throw new IllegalStateException("a read-only session records nothing");
        }
        try {
            insertRun(result);
            try (Batch inputs = new Batch(connection,
                    "INSERT INTO run_input (run_id, file, role, sha256) VALUES (?, ?, ?, ?)")) {
                for (InputFile input : result.inputs()) {
                    for (InputFile.TableUse table : input.tables()) {
                        inputs.add(result.runId(), input.name(), table.role(), input.sha256());
                    }
                }
            }
            Decisions decisions = result.decisions();
            Map<String, Payment> payments = new HashMap<>();
            result.payments().all().forEach(payment -> payments.put(payment.reimbursement().invoice(), payment));
            String balanceDate = result.parameters().balanceDate().toString();
            try (Batch lines = new Batch(connection, "INSERT INTO reimbursement (invoice, run_id, legal_entity, "
                    + "customer, customer_name, currency, dimensions, amount, vendor, one_time_vendor, balance_date, "
                    + "transaction_date, deducted, payee, iban, bic, dimension_display) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Reimbursement r : decisions.reimbursements()) {
                    Payment payment = payments.get(r.invoice());
                    lines.add(r.invoice(), result.runId(), r.key().legalEntity(), r.key().customerAccount(),
                            r.customerName(), r.amount().currency(),
                            EarlierReimbursement.dimensionsText(r.key().dimensions()), r.amount().plain(),
                            r.vendorAccount(), r.oneTimeVendor().code(), balanceDate, r.transactionDate().toString(),
                            new Money(r.deducted().amount(), r.amount().currency()).plain(),
                            payment == null ? "" : payment.payeeName(), payment == null ? "" : payment.iban(),
                            payment == null ? "" : payment.bic(),
                            result.parameters().dimensions().displayValue(r.key().dimensions()));
                }
            }
            insertPayments(result.runId(), result.payments().all());
            try (Batch vendors = new Batch(connection,
                    "INSERT INTO one_time_vendor (vendor, legal_entity, customer, run_id) VALUES (?, ?, ?, ?)")) {
                for (OneTimeVendor vendor : decisions.oneTimeVendors()) {
                    vendors.add(vendor.account(), vendor.customer().legalEntity(),
                            vendor.customer().customerAccount(), result.runId());
                }
            }
            markPosted(decisions.postedMarks());
            staged = result;
        } catch (SQLException e) {
            throw fail(register, e);
        }
    }

    /** Stages the result unless it is staged already (the outputs were written while it was). */
    private void staged(RunResult result) {
        if (staged != result) {
            stage(result);
        }
    }

    /** The register's proposals, read in this session's transaction (issue 13). */
    public Proposals proposals() {
        return new Proposals(register, connection);
    }

    /**
     * Records a proposal, the copy of its inputs and its lines, and commits: nothing else changes. Its
     * workbook must be complete in {@code temporary}.
     */
    public void commitProposal(Proposals.Recorded proposal, List<Proposals.Input> inputs, Path temporary) {
        if (!writing) {
            throw new IllegalStateException("a read-only session records nothing");
        }
        try {
            proposals().insert(proposal, inputs, temporary.toString());
            endTransaction("COMMIT");
        } catch (SQLException e) {
            throw fail(register, e);
        }
    }

    /**
     * Records the approval of a proposal and commits it with the run it approved, in one transaction: the
     * proposal's state is changed only if it is still proposed (another approval may have taken it since
     * it was read), else the approval is refused and nothing is recorded.
     */
    public void commitApproval(RunResult result, Proposals.Approved approved, Path folder, Path temporary,
                               Instant committedAt) {
        boolean allRejected = result.decisions().reimbursements().isEmpty() && !approved.rejected().isEmpty();
        staged(result); // the run's row before the approval's, which refers to it
        try {
            if (!proposals().approve(result.approval().proposalId(), approved, allRejected)) {
                throw new RunRefused(problem("proposal " + result.approval().proposalId() + " was approved or "
                        + "rejected by someone else meanwhile: this approval is not recorded"));
            }
        } catch (SQLException e) {
            throw fail(register, e);
        }
        commit(result, folder, temporary, committedAt);
    }

    /** Every payment decision (a held one too: it is made later, once), by the run that took it. */
    private void insertPayments(String runId, List<Payment> payments) throws SQLException {
        try (Batch insert = new Batch(connection, "INSERT INTO payment (invoice, run_id, legal_entity, customer, "
                + "status, iban, bic) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Payment payment : payments) {
                Reimbursement r = payment.reimbursement();
                insert.add(r.invoice(), runId, r.key().legalEntity(), r.key().customerAccount(),
                        payment.status().name(), payment.iban(), payment.bic());
            }
        }
    }

    /** Records the ERP's postings: a reimbursement once posted keeps its first posting date. */
    private void markPosted(List<PostedMark> marks) throws SQLException {
        try (Batch update = new Batch(connection, "UPDATE reimbursement SET posted_on = ?, posted_source = ? "
                + "WHERE invoice = ? AND posted_on IS NULL AND voided_at IS NULL")) {
            for (PostedMark mark : marks) {
                update.add(mark.postedOn().toString(), mark.source(), mark.invoice());
            }
        }
    }

    private void endTransaction(String how) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(how);
        }
        open = false;
    }

    /** The run's row, undated and without its folder until {@link #commit} (the transaction's own). */
    private void insertRun(RunResult result) throws SQLException {
        boolean payment = result.kind() == RunKind.PAYMENT;
        update("INSERT INTO run (run_id, started_at, committed_at, tool_version, legal_entity, balance_date, "
                        + "transaction_date, parameters, counts, totals, output_folder, output_temporary, status, kind) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'committed', ?)",
                result.runId(), result.startedAt().toString(), "", result.toolVersion(),
                result.parameters().legalEntity(), payment ? "" : result.parameters().balanceDate().toString(),
                payment ? result.parameters().payments().paymentDate().toString()
                        : result.parameters().transactionDate().toString(), json(result.parameters().used().byName()),
                payment ? paymentCounts(result.payments()) : counts(result.decisions()),
                payment ? amounts(result.payments().payableTotalsByCurrency())
                        : amounts(result.decisions().totalsByCurrency()),
                "", "", result.kind().code());
    }

    private void advance(String sequence, long next) throws SQLException {
        update("INSERT INTO sequence (name, next_value) VALUES (?, ?) ON CONFLICT (name) "
                + "DO UPDATE SET next_value = max(next_value, excluded.next_value)", sequence, Long.toString(next));
    }

    private void update(String sql, String... values) throws SQLException {
        Statements.update(connection, sql, values);
    }

    private static String counts(Decisions decisions) {
        Map<String, String> counts = new java.util.LinkedHashMap<>();
        counts.put("REIMBURSED", Integer.toString(decisions.reimbursements().size()));
        decisions.skipCounts().forEach((reason, count) -> counts.put(reason.name(), Integer.toString(count)));
        return json(counts);
    }

    private static String paymentCounts(Payments payments) {
        Map<String, String> counts = new java.util.LinkedHashMap<>();
        payments.countsByStatus().forEach((status, count) -> counts.put(status.name(), Integer.toString(count)));
        return json(counts);
    }

    /** Amounts per currency, as strings with the currency's decimals. */
    private static String amounts(Map<String, BigDecimal> byCurrency) {
        Map<String, String> totals = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> total : byCurrency.entrySet()) {
            totals.put(total.getKey(), new Money(total.getValue(), total.getKey()).plain());
        }
        return json(totals);
    }

    /** The flat JSON object of strings that {@link #json} wrote. */
    static Map<String, String> jsonObject(String text) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        try (com.fasterxml.jackson.core.JsonParser json = new JsonFactory().createParser(text)) {
            if (json.nextToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                while (json.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                    String name = json.currentName();
                    json.nextToken();
                    values.put(name, json.getText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    /** A flat JSON object of strings (amounts stay strings: exact). */
    static String json(Map<String, String> values) {
        return json(json -> {
            json.writeStartObject();
            for (Map.Entry<String, String> entry : values.entrySet()) {
                json.writeStringField(entry.getKey(), entry.getValue());
            }
            json.writeEndObject();
        });
    }

    /** What a JSON text is made of, written by Jackson's generator. */
    private interface JsonWriting {
        void write(JsonGenerator json) throws IOException;
    }

    private static String json(JsonWriting writing) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            writing.write(json);
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
