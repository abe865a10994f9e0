package io.reimburse.register;

import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The register: an SQLite database (WAL mode) recording every committed run, its
 * reimbursements, the one-time vendors created and the number sequences — the file-based
 * equivalent of the Dynamics "Reimbursement" page. The only place with SQL.
 */
public final class Register implements AutoCloseable {

    /** How long a run waits for another process that holds the register. */
    public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(60);

    private final Path file;
    private final Connection connection;
    private final Duration busyTimeout;

    private Register(Path file, Connection connection, Duration busyTimeout) {
        this.file = file;
        this.connection = connection;
        this.busyTimeout = busyTimeout;
    }

    /** Opens (creating if missing) and migrates the register. */
    public static Register open(Path file, Duration busyTimeout) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.enforceForeignKeys(true);
            config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, busyTimeout.toMillis()));
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(),
                    config.toProperties());
            Register register = new Register(file, connection, busyTimeout);
            register.migrate();
            return register;
        } catch (SQLException | IOException e) {
            throw unusable(file, busyTimeout, e);
        }
    }

    /**
     * Opens an existing register to read it only (a dry run): never created, migrated nor written, so
     * that a dry run leaves no trace outside its output folder. A register of another version is refused:
     * reading it needs the schema this tool knows (any other command brings an older one up to date).
     * The connection is not SQLite's read-only one: that one cannot remove the WAL files it makes when
     * it closes, and would leave them beside the register.
     */
    public static Register openForReading(Path file, Duration busyTimeout) {
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, busyTimeout.toMillis()));
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(),
                    config.toProperties());
            Register register = new Register(file, connection, busyTimeout);
            int version = register.schemaVersion();
            if (version != Migrations.latest()) {
                register.close();
                throw new RegisterUnavailable(RunProblem.inFile(file.toString(), "the register was written by "
                        + (version < Migrations.latest() ? "an older" : "a newer") + " version of reimburse (schema "
                        + version + ", this tool knows " + Migrations.latest() + ") and a dry run does not change it: "
                        + (version < Migrations.latest() ? "run 'reimburse register list' once to bring it up to date"
                        : "use that version")));
            }
            return register;
        } catch (SQLException e) {
            throw unusable(file, busyTimeout, e);
        }
    }

    private int schemaVersion() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT max(version) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static RegisterUnavailable unusable(Path file, Duration busyTimeout, Exception e) {
        if (e instanceof SQLiteException sqlite && (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_BUSY
                || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_LOCKED)) {
            return new RegisterUnavailable(RunProblem.inFile(file.toString(), "the register is in use by another "
                    + "run and stayed busy for " + busyTimeout.toSeconds() + " s; try again when that run has "
                    + "finished"));
        }
        if (e instanceof SQLiteException sqlite && (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB
                || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CORRUPT)) {
            return new RegisterUnavailable(RunProblem.inFile(file.toString(), "is not a reimburse register (not an "
                    + "SQLite database, or damaged)"));
        }
        return new RegisterUnavailable(RunProblem.inFile(file.toString(), "the register cannot be used: "
                + e.getMessage()));
    }

    private void migrate() throws SQLException {
        // SQLite rolls back itself on some failures (a full disk): the rollback's own error is kept as suppressed
        inTransaction(() -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
                int version = 0;
                try (ResultSet rs = statement.executeQuery("SELECT max(version) FROM schema_version")) {
                    if (rs.next()) {
                        version = rs.getInt(1);
                    }
                }
                if (version > Migrations.latest()) {
                    throw new RegisterUnavailable(RunProblem.inFile(file.toString(), "the register was written by a "
                            + "newer version of reimburse (schema " + version + ", this tool knows "
                            + Migrations.latest() + "); use that version"));
                }
                for (int next = version + 1; next <= Migrations.latest(); next++) {
                    for (String sql : Migrations.SCRIPTS.get(next - 1)) {
                        statement.execute(sql);
                    }
                    statement.execute("INSERT INTO schema_version (version) VALUES (" + next + ")");
                }
            }
        });
    }

    /** A committed run whose outputs were not yet renamed into place: its folder and their temporary one. */
    public record OutputsNotInPlace(String runId, Path folder, Path temporary) {
    }

    /**
     * The committed runs whose outputs a crash left between the commit and the rename into place (the
     * register records the paths; {@code run/OutputFolder} moves them).
     */
    public List<OutputsNotInPlace> outputsNotInPlace() {
        List<OutputsNotInPlace> pending = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT run_id, output_folder, output_temporary "
                + "FROM run WHERE outputs_in_place = 0 UNION ALL SELECT proposal_id, output_folder, output_temporary "
                + "FROM proposal WHERE outputs_in_place = 0");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                pending.add(new OutputsNotInPlace(rs.getString(1), Path.of(rs.getString(2)), Path.of(rs.getString(3))));
            }
        } catch (SQLException e) {
            throw unusable(file, busyTimeout, e);
        }
        return pending;
    }

    /** Records that a committed run's (or proposal's) outputs are in their final folder. */
    public void markOutputsInPlace(String runId) {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE run SET outputs_in_place = 1 WHERE run_id = ?");
             PreparedStatement proposal = connection.prepareStatement(
                "UPDATE proposal SET outputs_in_place = 1 WHERE proposal_id = ?")) {
            update.setString(1, runId);
            update.executeUpdate();
            proposal.setString(1, runId);
            proposal.executeUpdate();
        } catch (SQLException e) {
            throw unusable(file, busyTimeout, e);
        }
    }

    /** Starts a run that will write: holds the register's write lock until commit or close. */
    public RegisterSession beginRun() {
        return RegisterSession.begin(this, connection, true);
    }

    /** Starts a run that only reads (dry run): a consistent snapshot, nothing written. */
    public RegisterSession beginReadOnly() {
        return RegisterSession.begin(this, connection, false);
    }

    Path file() {
        return file;
    }

    Duration busyTimeout() {
        return busyTimeout;
    }

    /** The proposals waiting for approval, approved, rejected or expired (issue 13). */
    public Proposals proposals() {
        return new Proposals(this, connection);
    }

    /** Runs, newest first. */
    public List<RegisterRun> runs() {
        List<RegisterRun> runs = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT run_id, started_at, committed_at, "
                + "tool_version, legal_entity, balance_date, transaction_date, status, voided_at, void_reason, counts, "
                + "totals, output_folder FROM run ORDER BY committed_at DESC, run_id DESC");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                runs.add(new RegisterRun(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13)));
            }
        } catch (SQLException e) {
            throw unusable(file, busyTimeout, e);
        }
        return runs;
    }

    public Optional<RegisterRun> run(String runId) {
        return runs().stream().filter(run -> run.runId().equals(runId)).findFirst();
    }

    /** Which reimbursements a listing wants: by customer, run and transaction dates (null = any). */
    public record ReimbursementFilter(String customer, String runId, String from, String to) {
        public static final ReimbursementFilter ALL = new ReimbursementFilter(null, null, null, null);

        public boolean selectsAll() {
            return customer == null && runId == null && from == null && to == null;
        }
    }

    private static final String STATE = "CASE WHEN r.voided_at IS NOT NULL THEN 'voided' "
            + "WHEN r.posted_on IS NOT NULL THEN 'posted' ELSE 'pending' END";

    /** Reimbursements in invoice order, filtered by customer, run and transaction dates (null = any). */
    public List<RegisterReimbursement> reimbursements(String customer, String runId, String from, String to) {
        List<RegisterReimbursement> lines = new ArrayList<>();
        eachReimbursement(new ReimbursementFilter(customer, runId, from, to), lines::add);
        return lines;
    }

    /**
     * The reimbursements a filter selects, in invoice order, handed over one by one as they are read:
     * a listing of millions holds none of them in memory.
     */
    public void eachReimbursement(ReimbursementFilter filter, Consumer<RegisterReimbursement> line) {
        String sql = "SELECT r.invoice, r.run_id, " + STATE + ", r.legal_entity, r.customer, "
                + "r.customer_name, r.currency, r.dimensions, r.amount, r.vendor, r.one_time_vendor, r.balance_date, "
                + "r.transaction_date, coalesce(r.posted_on, ''), coalesce((SELECT p.status FROM payment p "
                + "JOIN run pu ON pu.run_id = p.run_id WHERE p.invoice = r.invoice AND pu.status = 'committed' "
                + "ORDER BY p.status = 'PAYABLE' DESC, pu.committed_at DESC LIMIT 1), '')";
        try (PreparedStatement query = filtered(sql, filter, " ORDER BY r.invoice");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                line.accept(new RegisterReimbursement(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                        rs.getString(14), rs.getString(15)));
            }
        } catch (SQLException e) {
            throw unusable(file, busyTimeout, e);
        }
    }

    /**
     * How many reimbursements a filter selects and the longest value of each listed column, so that a
     * listing can be printed aligned as it is read ({@link #eachReimbursement}): one pass of the
     * database's own, without the payment lookups. {@code payment} is the longest payment status.
     */
    public record ReimbursementsExtent(long count, int invoice, int transactionDate, int legalEntity, int customer,
                                       int customerName, int amount, int currency, int vendor, int oneTimeVendor,
                                       int balanceDate, int runId, int state, int payment) {
    }

    public ReimbursementsExtent extent(ReimbursementFilter filter) {
        String sql = "SELECT count(*), max(length(r.invoice)), max(length(r.transaction_date)), "
                + "max(length(r.legal_entity)), max(length(r.customer)), max(length(r.customer_name)), "
                + "max(length(r.amount)), max(length(r.currency)), max(length(r.vendor)), "
                + "max(length(r.one_time_vendor)), max(length(r.balance_date)), max(length(r.run_id)), "
                + "max(length(" + STATE + ") + coalesce(length(r.posted_on) + 1, 0)), "
                + "(SELECT coalesce(max(length(status)), 0) FROM payment)";
        try (PreparedStatement query = filtered(sql, filter, ""); ResultSet rs = query.executeQuery()) {
            rs.next();
            return new ReimbursementsExtent(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                    rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11),
                    rs.getInt(12), rs.getInt(13), rs.getInt(14));
        } catch (SQLException e) {
            throw unusable(file, busyTimeout, e);
        }
    }

    /** How many reimbursements a run made, and how many of them are pending, posted and voided now. */
    public record RunReimbursements(RegisterRun run, long count, long pending, long posted, long voided) {
    }

    /**
     * Per run that made reimbursements, their states, in the order of {@link #runs()}. How many a run
     * made is what it recorded (its REIMBURSED count, written in the transaction of its rows); how many
     * are pending and voided now is counted on the partial indexes of those: a register of millions
     * of posted reimbursements answers at once.
     */
    public List<RunReimbursements> reimbursementsByRun() {
        Map<String, Long> pending = countByRun("posted_on IS NULL AND voided_at IS NULL");
        Map<String, Long> voided = countByRun("voided_at IS NOT NULL");
        List<RunReimbursements> lines = new ArrayList<>();
        for (RegisterRun run : runs()) {
            long made = run.decisionCounts().getOrDefault("REIMBURSED", 0L);
            if (made > 0) {
                long pendingNow = pending.getOrDefault(run.runId(), 0L);
                long voidedNow = voided.getOrDefault(run.runId(), 0L);
                lines.add(new RunReimbursements(run, made, pendingNow, made - pendingNow - voidedNow,
                        voidedNow));
            }
        }
        return lines;
    }

    private Map<String, Long> countByRun(String condition) {
        Map<String, Long> counts = new java.util.HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT run_id, count(*) FROM reimbursement "
                + "WHERE " + condition + " GROUP BY run_id");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw unusable(file, busyTimeout, e);
        }
        return counts;
    }

    /**
     * The statement with the filter's conditions, only those given, so that SQLite uses an index: the
     * run's for a run; for a customer, the same index through each run and each of its legal entities
     * (found by a seek each); dates scan.
     */
    private PreparedStatement filtered(String select, ReimbursementFilter filter, String orderBy)
            throws SQLException {
        List<String> conditions = new ArrayList<>();
        List<String> values = new ArrayList<>();
        String with = "";
        if (filter.customer() != null) {
            // each run's legal entities, found by a seek each (the index is by run, legal entity, customer)
            with = "WITH RECURSIVE entity (run_id, e) AS (SELECT u.run_id, (SELECT min(x.legal_entity) FROM "
                    + "reimbursement x WHERE x.run_id = u.run_id) FROM run u UNION ALL SELECT entity.run_id, "
                    + "(SELECT min(x.legal_entity) FROM reimbursement x WHERE x.run_id = entity.run_id "
                    + "AND x.legal_entity > entity.e) FROM entity WHERE entity.e IS NOT NULL) ";
            conditions.add("(r.run_id, r.legal_entity) IN (SELECT run_id, e FROM entity WHERE e IS NOT NULL) "
                    + "AND r.customer = ?");
            values.add(filter.customer());
        }
        if (filter.runId() != null) {
            conditions.add("r.run_id = ?");
            values.add(filter.runId());
        }
        if (filter.from() != null) {
            conditions.add("r.transaction_date >= ?");
            values.add(filter.from());
        }
        if (filter.to() != null) {
            conditions.add("r.transaction_date <= ?");
            values.add(filter.to());
        }
        PreparedStatement query = connection.prepareStatement(with + select + " FROM reimbursement r"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions)) + orderBy);
        for (int i = 0; i < values.size(); i++) {
            query.setString(i + 1, values.get(i));
        }
        return query;
    }

    /**
     * What {@link #markPosted} did: how many reimbursements it marked, and how many the register knew
     * posted already (their first date kept); the invoices by name when there are at most {@link #LISTED}.
     */
    public record Posting(long marked, long alreadyPosted, List<String> markedInvoices,
                          Map<String, String> alreadyPostedOn) {
    }

    /** How many invoices a posting names one by one; beyond, it counts them. */
    public static final int LISTED = 20;

    /**
     * Records that the ERP has posted these reimbursements (runs or invoices), on or before {@code
     * postedOn}: later runs on balances of that date or later no longer subtract them. All or nothing:
     * an unknown or voided one, a date in the future or before the run was made, refuses them all. One
     * statement per run or invoice named: a run of a million customers is marked at once.
     */
    public Posting markPosted(List<String> runsOrInvoices, LocalDate postedOn, LocalDate today, String source) {
        if (postedOn.isAfter(today)) {
            throw new RunRefused(RunProblem.of("the posting date " + postedOn + " is in the future: give the date "
                    + "the ERP posted the invoices on (--date), or leave it out for today"));
        }
        long[] counts = {0, 0};
        List<String> marked = new ArrayList<>();
        Map<String, String> already = new java.util.TreeMap<>();
        try {
            inTransaction(() -> {
                List<RunProblem> problems = new ArrayList<>();
                List<String> runs = new ArrayList<>();
                List<String> invoices = new ArrayList<>();
                for (String wanted : runsOrInvoices) {
                    String[] run = first("SELECT kind, committed_at FROM run WHERE run_id = ?", wanted);
                    String[] invoice = run != null ? null : first("SELECT r.voided_at, u.committed_at, u.run_id "
                            + "FROM reimbursement r JOIN run u ON u.run_id = r.run_id WHERE r.invoice = ?", wanted);
                    String made = run != null ? run[1] : invoice != null ? invoice[1] : null;
                    if (run == null && invoice == null) {
                        problems.add(problem("no run and no invoice " + wanted + " in the register"));
                    } else if (run != null && !run[0].equals("reimbursement")) {
                        problems.add(problem("run " + wanted + " is a " + run[0] + " run: it has no invoice to post"));
                    } else if (invoice != null && invoice[0] != null) {
                        problems.add(problem("invoice " + wanted + " is voided: it cannot be posted"));
                    } else if (postedOn.isBefore(LocalDate.parse(made.substring(0, 10)))) {
                        problems.add(problem((run != null ? "run " + wanted : "invoice " + wanted + " was made by run "
                                + invoice[2] + ", which") + " was made on " + made.substring(0, 10)
                                + ", after the posting date " + postedOn));
                    } else {
                        (run != null ? runs : invoices).add(wanted);
                    }
                }
                if (!problems.isEmpty()) {
                    throw new RunRefused(problems);
                }
                String unvoided = " AND voided_at IS NULL";
                for (String runId : runs) {
                    mark("run_id = ?" + unvoided, runId, postedOn, source, counts, marked, already);
                }
                for (String invoice : invoices) {
                    mark("invoice = ?" + unvoided, invoice, postedOn, source, counts, marked, already);
                }
            });
        } catch (SQLException e) {
            throw unusable(file, busyTimeout, e);
        }
        boolean listed = counts[0] + counts[1] <= LISTED;
        return new Posting(counts[0], counts[1], listed ? marked : List.of(), listed ? already : Map.of());
    }

    /** Marks the reimbursements {@code where} selects, counting and (a few) naming what it marks and what it kept. */
    private void mark(String where, String value, LocalDate postedOn, String source, long[] counts, List<String> marked,
                      Map<String, String> already) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT invoice, posted_on FROM reimbursement "
                + "WHERE " + where + " ORDER BY invoice LIMIT " + (LISTED + 1))) {
            query.setString(1, value);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(2) == null) {
                        marked.add(rs.getString(1));
                    } else {
                        already.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
        }
        try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM reimbursement WHERE "
                + where + " AND posted_on IS NOT NULL")) {
            count.setString(1, value);
            try (ResultSet rs = count.executeQuery()) {
                counts[1] += rs.getLong(1);
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE reimbursement SET posted_on = ?, "
                + "posted_source = ? WHERE " + where + " AND posted_on IS NULL")) {
            update.setString(1, postedOn.toString());
            update.setString(2, source);
            update.setString(3, value);
            counts[0] += update.executeUpdate();
        }
    }

    private String[] first(String sql, String value) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, value);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                String[] row = new String[rs.getMetaData().getColumnCount()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getString(i + 1);
                }
                return row;
            }
        }
    }

    private RunProblem problem(String message) {
        return RunProblem.inFile(file.toString(), message);
    }

    /**
     * Work that changes the register, in one write transaction: all of it or none. When SQLite has
     * rolled back already (a full disk does that), the rollback's own failure does not hide the first.
     */
    private void inTransaction(SqlWork work) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            try {
                work.run();
                statement.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                try {
                    statement.execute("ROLLBACK");
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        }
    }

    @FunctionalInterface
    private interface SqlWork {
        void run() throws SQLException;
    }

    private void update(String sql, String... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing is pending: every write was committed or rolled back before
        }
    }
}
