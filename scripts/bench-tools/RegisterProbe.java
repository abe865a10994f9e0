import java.io.BufferedReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Measures ways of asking the register what a run asks it (PROFILE-NOTES.md), outside the tool:
 * the same SQL as RegisterSession, on a copy of a register that a run's history left.
 *
 * java -cp sqlite-jdbc.jar RegisterProbe.java REGISTER_COPY DATA_DIR [ROUNDS]
 * DATA_DIR holds the timed snapshot (balances.csv, vendor-links.csv): its credits of at least
 * 10.00 not blocked All or Payment are the customers a run asks about. The register copy is
 * written to (inserts committed in the last step): never give it the real register.
 */
public class RegisterProbe {

    static final String EARLIER = "SELECT 'invoice ' || r.invoice || ' of run ' || r.run_id || ' (balances of ' || r.balance_date "
            + "|| ')' FROM reimbursement r JOIN run u ON u.run_id = r.run_id "
            + "WHERE u.status = 'committed' AND r.legal_entity = ? AND r.customer = ? AND r.currency = ? "
            + "AND r.balance_date >= ? ORDER BY r.balance_date DESC, r.invoice DESC LIMIT 1";
    static final String OTV = "SELECT v.vendor FROM one_time_vendor v JOIN run u ON u.run_id = v.run_id "
            + "WHERE u.status = 'committed' AND v.legal_entity = ? AND v.customer = ? "
            + "ORDER BY u.committed_at DESC, v.vendor DESC LIMIT 1";
    static final String INSERT = "INSERT INTO reimbursement (invoice, run_id, legal_entity, customer, customer_name, currency, "
            + "dimensions, amount, vendor, one_time_vendor, balance_date, transaction_date) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_OTV = "INSERT INTO one_time_vendor (vendor, legal_entity, customer, run_id) VALUES (?, ?, ?, ?)";

    record Credit(String customer, String name, String currency, String amount, boolean linked) {
    }

    public static void main(String[] args) throws Exception {
        Path register = Path.of(args[0]);
        Path data = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        List<Credit> credits = credits(data);
        long unlinked = credits.stream().filter(c -> !c.linked()).count();
        System.out.printf("%d credits asked about, %d without a vendor link%n", credits.size(), unlinked);
        Properties config = new Properties();
        config.setProperty("journal_mode", "WAL");
        config.setProperty("synchronous", "FULL");
        config.setProperty("foreign_keys", "true");
        // -Dprobe.generatedKeys=false: sqlite-jdbc then does not fetch the generated key after each INSERT
        config.setProperty("jdbc.get_generated_keys", System.getProperty("probe.generatedKeys", "true"));
        System.out.printf("jdbc.get_generated_keys=%s%n", config.getProperty("jdbc.get_generated_keys"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + register.toAbsolutePath(), config)) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM reimbursement")) {
                rs.next();
                System.out.printf("register: %d reimbursements%n", rs.getLong(1));
            }
            for (int round = 1; round <= rounds; round++) {
                System.out.printf("round %d%n", round);
                queries(c, credits);
            }
            for (int round = 1; round <= rounds; round++) {
                System.out.printf("round %d%n", round);
                inserts(c, credits, false);
            }
            inserts(c, credits, true);
        }
    }

    static List<Credit> credits(Path data) throws Exception {
        Set<String> linked = new HashSet<>();
        try (BufferedReader in = Files.newBufferedReader(data.resolve("vendor-links.csv"))) {
            in.readLine();
            for (String line; (line = in.readLine()) != null; ) {
                linked.add(line.substring(0, line.indexOf(',')));
            }
        }
        List<Credit> credits = new ArrayList<>();
        BigDecimal minimum = new BigDecimal("10.00");
        try (BufferedReader in = Files.newBufferedReader(data.resolve("balances.csv"))) {
            in.readLine(); // Customer account,Name,Customer group,Currency,Balance,Blocked,...
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split(",");
                BigDecimal balance = new BigDecimal(f[4]);
                if (balance.signum() < 0 && balance.negate().compareTo(minimum) >= 0
                        && !f[5].equals("All") && !f[5].equals("Payment")) {
                    credits.add(new Credit(f[0], f[1], f[3], balance.negate().toPlainString(), linked.contains(f[0])));
                }
            }
        }
        return credits;
    }

    static void queries(Connection c, List<Credit> credits) throws SQLException {
        execute(c, "BEGIN IMMEDIATE");
        try {
            long t = System.nanoTime();
            int found = 0;
            for (Credit credit : credits) { // as RegisterSession: a statement prepared for every question
                try (PreparedStatement q = c.prepareStatement(EARLIER)) {
                    bind(q, "FR01", credit.customer(), credit.currency(), "2026-10-31");
                    try (ResultSet rs = q.executeQuery()) {
                        found += rs.next() ? 1 : 0;
                    }
                }
                if (!credit.linked()) {
                    try (PreparedStatement q = c.prepareStatement(OTV)) {
                        bind(q, "FR01", credit.customer());
                        try (ResultSet rs = q.executeQuery()) {
                            found += rs.next() ? 1 : 0;
                        }
                    }
                }
            }
            report("queries, prepared per question (as now)", t, found);

            t = System.nanoTime();
            found = 0;
            try (PreparedStatement earlier = c.prepareStatement(EARLIER); PreparedStatement otv = c.prepareStatement(OTV)) {
                for (Credit credit : credits) {
                    bind(earlier, "FR01", credit.customer(), credit.currency(), "2026-10-31");
                    try (ResultSet rs = earlier.executeQuery()) {
                        found += rs.next() ? 1 : 0;
                    }
                    if (!credit.linked()) {
                        bind(otv, "FR01", credit.customer());
                        try (ResultSet rs = otv.executeQuery()) {
                            found += rs.next() ? 1 : 0;
                        }
                    }
                }
            }
            report("queries, two statements prepared once", t, found);

            t = System.nanoTime();
            found = 0;
            Map<String, String> earlierByKey = new HashMap<>();
            try (PreparedStatement q = c.prepareStatement("SELECT r.customer, r.currency, r.invoice, r.run_id, r.balance_date "
                    + "FROM reimbursement r JOIN run u ON u.run_id = r.run_id WHERE u.status = 'committed' "
                    + "AND r.legal_entity = ? AND r.balance_date >= ?")) {
                bind(q, "FR01", "2026-10-31");
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        earlierByKey.put(rs.getString(1) + "\u0000" + rs.getString(2), rs.getString(3));
                    }
                }
            }
            Map<String, String> vendorByCustomer = new HashMap<>();
            try (PreparedStatement q = c.prepareStatement("SELECT v.customer, v.vendor FROM one_time_vendor v "
                    + "JOIN run u ON u.run_id = v.run_id WHERE u.status = 'committed' AND v.legal_entity = ? "
                    + "ORDER BY u.committed_at, v.vendor")) {
                bind(q, "FR01");
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        vendorByCustomer.put(rs.getString(1), rs.getString(2)); // the latest wins
                    }
                }
            }
            for (Credit credit : credits) {
                found += earlierByKey.containsKey(credit.customer() + "\u0000" + credit.currency()) ? 1 : 0;
                if (!credit.linked()) {
                    found += vendorByCustomer.containsKey(credit.customer()) ? 1 : 0;
                }
            }
            report("queries, two set-based reads into maps (" + earlierByKey.size() + " + " + vendorByCustomer.size()
                    + " rows)", t, found);
        } finally {
            execute(c, "ROLLBACK");
        }
    }

    static void inserts(Connection c, List<Credit> credits, boolean commit) throws SQLException {
        String run = "probe-" + System.nanoTime();
        execute(c, "BEGIN IMMEDIATE");
        boolean done = false;
        try {
            execute(c, "INSERT INTO run (run_id, started_at, committed_at, tool_version, legal_entity, balance_date, "
                    + "transaction_date, parameters, counts, totals, output_folder, output_temporary, status) VALUES ('"
                    + run + "', '', '', '', 'FR01', '2026-10-31', '2026-11-05', '{}', '{}', '{}', '', '', 'committed')");
            if (!commit) {
                execute(c, "SAVEPOINT probe");
                long t = System.nanoTime();
                int n = 0;
                for (Credit credit : credits) { // as RegisterSession.update: a statement prepared for every row
                    try (PreparedStatement s = c.prepareStatement(INSERT)) {
                        bindRow(s, run, credit, n++);
                        s.executeUpdate();
                    }
                    if (!credit.linked()) {
                        try (PreparedStatement s = c.prepareStatement(INSERT_OTV)) {
                            bind(s, run + "-OTV-" + n, "FR01", credit.customer(), run);
                            s.executeUpdate();
                        }
                    }
                }
                report("inserts, prepared per row (as now)", t, n);
                execute(c, "ROLLBACK TO probe");
            }
            long t = System.nanoTime();
            int n = 0;
            try (PreparedStatement s = c.prepareStatement(INSERT); PreparedStatement v = c.prepareStatement(INSERT_OTV)) {
                for (Credit credit : credits) {
                    bindRow(s, run, credit, n++);
                    s.executeUpdate();
                    if (!credit.linked()) {
                        bind(v, run + "-OTV-" + n, "FR01", credit.customer(), run);
                        v.executeUpdate();
                    }
                }
            }
            report("inserts, two statements prepared once", t, n);
            if (!commit) {
                execute(c, "ROLLBACK TO probe");
                t = System.nanoTime();
                n = 0;
                try (PreparedStatement s = c.prepareStatement(INSERT); PreparedStatement v = c.prepareStatement(INSERT_OTV)) {
                    for (Credit credit : credits) {
                        bindRow(s, run, credit, n++);
                        s.addBatch();
                        if (!credit.linked()) {
                            bind(v, run + "-OTV-" + n, "FR01", credit.customer(), run);
                            v.addBatch();
                        }
                        if (n % 10_000 == 0) {
                            s.executeBatch();
                            v.executeBatch();
                        }
                    }
                    s.executeBatch();
                    v.executeBatch();
                }
                report("inserts, prepared once, executeBatch per 10,000", t, n);
            } else {
                t = System.nanoTime();
                execute(c, "COMMIT");
                done = true;
                report("COMMIT (WAL, synchronous FULL) of those rows", t, n);
                t = System.nanoTime();
                execute(c, "PRAGMA wal_checkpoint(TRUNCATE)");
                report("checkpoint of the WAL into the database (what closing the last connection does)", t, n);
            }
        } finally {
            if (!done) {
                execute(c, "ROLLBACK");
            }
        }
    }

    static void bindRow(PreparedStatement s, String run, Credit credit, int n) throws SQLException {
        bind(s, run + "-RMB-" + n, run, "FR01", credit.customer(), credit.name(), credit.currency(), "", credit.amount(),
                credit.linked() ? "V" + credit.customer().substring(1) : "OTV-" + n, credit.linked() ? "no" : "created",
                "2026-10-31", "2026-11-05");
    }

    static void bind(PreparedStatement s, String... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            s.setString(i + 1, values[i]);
        }
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static void report(String what, long start, int count) {
        System.out.printf("  %-82s %7.2f s  (%d)%n", what, (System.nanoTime() - start) / 1e9, count);
    }
}
