package io.reimburse.register;

import io.reimburse.model.Money;
import io.reimburse.model.OneTimeVendorStatus;
import io.reimburse.model.Proposal;
import io.reimburse.model.ProposedLine;
import io.reimburse.model.RejectedLine;
import io.reimburse.model.Rejection;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The proposals of the register (issue 13): each with the copy of its inputs, its lines, and, once
 * approved, its approval and the lines rejected. Used inside a {@link RegisterSession}'s transaction
 * (propose, approve) or on the register's connection to list them.
 */
public final class Proposals {

    private final Register register;
    private final Connection connection;

    Proposals(Register register, Connection connection) {
        this.register = register;
        this.connection = connection;
    }

    /** The state a proposal is in; {@code EXPIRED} is a proposed one past its validity. */
    public enum State {
        PROPOSED, APPROVED, REJECTED, EXPIRED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The state a proposal stored in {@code stored} is in at {@code now}. */
        static State at(String stored, Instant validUntil, Instant now) {
            State state = valueOf(stored.toUpperCase(Locale.ROOT));
            return state == PROPOSED && now.isAfter(validUntil) ? EXPIRED : state;
        }
    }

    /** One input file of a proposal, kept byte for byte: the approval reads it again. */
    public record Input(String file, String explicitRole, String sha256, byte[] content) {
    }

    /** What the register keeps of a proposal besides its lines. */
    public record Recorded(Proposal proposal, String toolVersion, String legalEntity, String balanceDate,
                           Map<String, String> parameters, Map<String, String> overrides, Map<String, String> totals,
                           String outputFolder, String storedState) {

        /** Its state at {@code now}: a proposal not approved in time is expired. */
        public State state(Instant now) {
            return State.at(storedState, proposal.validUntil(), now);
        }
    }

    /** A proposal's approval as recorded. */
    public record Approved(String runId, String approver, Instant approvedAt, String workbookSha256,
                           boolean sameUserAllowed, String fileOwner, List<RejectedLine> rejected) {
    }

    /** A reimbursement committed after a proposal for one of its lines. */
    public record Since(String customer, String currency, String invoice, String runId) {
    }

    /**
     * Records a proposal, its inputs and lines in the session's transaction; its workbook is complete in
     * {@code temporary}, moved to its output folder next (on the register's next opening after a crash).
     */
    void insert(Recorded recorded, List<Input> inputs, String temporary) throws SQLException {
        Proposal proposal = recorded.proposal();
        update("INSERT INTO proposal (proposal_id, proposed_at, proposer, valid_until, tool_version, legal_entity, "
                        + "balance_date, parameters, overrides, totals, output_folder, output_temporary) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                proposal.id(), proposal.proposedAt().toString(), proposal.proposer(), proposal.validUntil().toString(),
                recorded.toolVersion(), recorded.legalEntity(), recorded.balanceDate(),
                RegisterSession.json(recorded.parameters()), RegisterSession.json(recorded.overrides()),
                RegisterSession.json(recorded.totals()), recorded.outputFolder(), temporary);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO proposal_input (proposal_id, file, "
                + "explicit_role, sha256, content) VALUES (?, ?, ?, ?, ?)")) {
            for (Input input : inputs) {
                insert.setString(1, proposal.id());
                insert.setString(2, input.file());
                insert.setString(3, input.explicitRole());
                insert.setString(4, input.sha256());
                insert.setBytes(5, input.content());
                insert.executeUpdate();
            }
        }
        try (Batch lines = new Batch(connection, "INSERT INTO proposal_line (proposal_id, line_key, legal_entity, "
                + "customer, customer_name, currency, dimensions, amount, vendor, one_time_vendor, iban, bic, "
                + "payment_status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ProposedLine line : proposal.lines()) {
                lines.add(proposal.id(), line.lineKey(), line.key().legalEntity(), line.key().customerAccount(),
                        line.customerName(), line.amount().currency(), String.join(",", line.key().dimensions()),
                        line.amount().plain(), line.vendorAccount(), line.oneTimeVendor().code(), line.iban(),
                        line.bic(), line.paymentStatus());
            }
        }
    }

    /** The proposal of this id, with its lines in key order. */
    public Optional<Recorded> find(String proposalId) {
        try {
            List<Recorded> found = new ArrayList<>();
            query("SELECT proposal_id, proposed_at, proposer, valid_until, tool_version, legal_entity, balance_date, "
                    + "parameters, overrides, totals, output_folder, state FROM proposal WHERE proposal_id = ?",
                    rs -> found.add(recorded(rs, lines(rs.getString(1)))), proposalId);
            return found.stream().findFirst();
        } catch (SQLException e) {
            throw Register.unusable(register.file(), register.busyTimeout(), e);
        }
    }

    /** Every proposal, newest first. */
    public List<Recorded> all() {
        try {
            List<Recorded> found = new ArrayList<>();
            query("SELECT proposal_id, proposed_at, proposer, valid_until, tool_version, legal_entity, balance_date, "
                    + "parameters, overrides, totals, output_folder, state FROM proposal "
                    + "ORDER BY proposed_at DESC, proposal_id DESC", rs -> found.add(recorded(rs, lines(rs.getString(1)))));
            return found;
        } catch (SQLException e) {
            throw Register.unusable(register.file(), register.busyTimeout(), e);
        }
    }

    /**
     * Every proposal as listed, newest first, in its state at {@code now}: counted in SQL, its lines not
     * read (a proposal may have a million).
     */
    public List<RegisterProposal> list(Instant now) {
        List<RegisterProposal> listed = new ArrayList<>();
        try {
            query("SELECT p.proposal_id, p.proposed_at, p.proposer, p.valid_until, p.state, "
                    + "(SELECT count(*) FROM proposal_line l WHERE l.proposal_id = p.proposal_id), p.totals, "
                    + "coalesce(a.approver, ''), coalesce(a.approved_at, ''), coalesce(a.run_id, ''), "
                    + "(SELECT count(*) FROM rejected_line r WHERE r.proposal_id = p.proposal_id), "
                    + "coalesce(a.same_user_allowed, 0), coalesce(a.file_owner, '') "
                    + "FROM proposal p LEFT JOIN approval a ON a.proposal_id = p.proposal_id "
                    + "ORDER BY p.proposed_at DESC, p.proposal_id DESC", rs -> {
                        State state = State.at(rs.getString(5), Instant.parse(rs.getString(4)), now);
                        listed.add(new RegisterProposal(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), state.code(), rs.getInt(6), rs.getString(7), rs.getString(8),
                                rs.getString(9), rs.getString(10), rs.getInt(11), rs.getInt(12) == 1, rs.getString(13)));
                    });
        } catch (SQLException e) {
            throw Register.unusable(register.file(), register.busyTimeout(), e);
        }
        return listed;
    }

    private static Recorded recorded(ResultSet rs, List<ProposedLine> lines) throws SQLException {
        Proposal proposal = new Proposal(rs.getString(1), Instant.parse(rs.getString(2)), rs.getString(3),
                Instant.parse(rs.getString(4)), lines);
        return new Recorded(proposal, rs.getString(5), rs.getString(6), rs.getString(7),
                RegisterSession.jsonObject(rs.getString(8)), RegisterSession.jsonObject(rs.getString(9)),
                RegisterSession.jsonObject(rs.getString(10)), rs.getString(11), rs.getString(12));
    }

    private List<ProposedLine> lines(String proposalId) throws SQLException {
        List<ProposedLine> lines = new ArrayList<>();
        query("SELECT line_key, customer_name, amount, currency, vendor, one_time_vendor, iban, bic, payment_status "
                + "FROM proposal_line WHERE proposal_id = ? ORDER BY legal_entity, customer, currency, line_key",
                rs -> lines.add(new ProposedLine(ProposedLine.parseKey(rs.getString(1)).orElseThrow(),
                        rs.getString(2), new Money(new BigDecimal(rs.getString(3)), rs.getString(4)), rs.getString(5),
                        OneTimeVendorStatus.valueOf(rs.getString(6).toUpperCase(Locale.ROOT)), rs.getString(7),
                        rs.getString(8), rs.getString(9))), proposalId);
        return lines;
    }

    /** The proposal's input files, as they were read. */
    public List<Input> inputs(String proposalId) {
        List<Input> inputs = new ArrayList<>();
        try {
            query("SELECT file, explicit_role, sha256, content FROM proposal_input WHERE proposal_id = ? ORDER BY file",
                    rs -> inputs.add(new Input(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4))),
                    proposalId);
        } catch (SQLException e) {
            throw Register.unusable(register.file(), register.busyTimeout(), e);
        }
        return inputs;
    }

    /** Its approval, once approved (or rejected whole). */
    public Optional<Approved> approval(Recorded recorded) {
        try {
            Map<String, ProposedLine> byKey = new HashMap<>();
            recorded.proposal().lines().forEach(line -> byKey.put(line.lineKey(), line));
            List<RejectedLine> rejected = new ArrayList<>();
            query("SELECT line_key, comment FROM rejected_line WHERE proposal_id = ? ORDER BY line_key",
                    rs -> rejected.add(new RejectedLine(byKey.get(rs.getString(1)), rs.getString(2))),
                    recorded.proposal().id());
            List<Approved> found = new ArrayList<>();
            query("SELECT run_id, approver, approved_at, workbook_sha256, same_user_allowed, file_owner FROM approval "
                    + "WHERE proposal_id = ?", rs -> found.add(new Approved(rs.getString(1), rs.getString(2),
                    Instant.parse(rs.getString(3)), rs.getString(4), rs.getInt(5) == 1, rs.getString(6), rejected)),
                    recorded.proposal().id());
            return found.stream().findFirst();
        } catch (SQLException e) {
            throw Register.unusable(register.file(), register.busyTimeout(), e);
        }
    }

    /**
     * The reimbursements, not voided, that runs committed after the proposal made for its lines'
     * customers and currencies: each makes the proposal stale.
     */
    public List<Since> reimbursedSince(Proposal proposal) {
        List<Since> since = new ArrayList<>();
        try {
            // a seek per line and run (the reimbursements are indexed by run, then customer): in that order
            query("SELECT r.customer, r.currency, r.invoice, r.run_id, u.committed_at FROM proposal_line l "
                    + "CROSS JOIN run u CROSS JOIN reimbursement r ON r.run_id = u.run_id "
                    + "AND r.legal_entity = l.legal_entity AND r.customer = l.customer AND r.currency = l.currency "
                    + "WHERE l.proposal_id = ? AND r.voided_at IS NULL ORDER BY r.invoice", rs -> {
                        // compared as instants: their texts differ in length when the seconds are whole
                        if (Instant.parse(rs.getString(5)).isAfter(proposal.proposedAt())) {
                            since.add(new Since(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                        }
                    }, proposal.id());
        } catch (SQLException e) {
            throw Register.unusable(register.file(), register.busyTimeout(), e);
        }
        return since;
    }

    /** The last rejection of each line key rejected before, by an approval of an earlier proposal. */
    public Map<String, Rejection> lastRejections() {
        Map<String, Rejection> last = new TreeMap<>();
        try {
            query("SELECT l.line_key, a.proposal_id, a.approver, a.approved_at, l.comment FROM rejected_line l "
                    + "JOIN approval a ON a.proposal_id = l.proposal_id ORDER BY a.approved_at", rs -> {
                        Rejection rejection = new Rejection(rs.getString(2), rs.getString(3),
                                Instant.parse(rs.getString(4)), rs.getString(5));
                        last.merge(rs.getString(1), rejection, (earlier, later) ->
                                later.rejectedAt().isBefore(earlier.rejectedAt()) ? earlier : later);
                    });
        } catch (SQLException e) {
            throw Register.unusable(register.file(), register.busyTimeout(), e);
        }
        return last;
    }

    /**
     * Moves the proposal from proposed to approved (or rejected, when it had lines and every one was), in
     * the session's transaction, with its approval and rejected lines. False when it was not in the
     * proposed state any more: another approval took it first, and this one must stop.
     */
    boolean approve(String proposalId, Approved approved, boolean allRejected) throws SQLException {
        int changed;
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE proposal SET state = ? WHERE proposal_id = ? AND state = 'proposed'")) {
            update.setString(1, allRejected ? "rejected" : "approved");
            update.setString(2, proposalId);
            changed = update.executeUpdate();
        }
        if (changed != 1) {
            return false;
        }
        update("INSERT INTO approval (proposal_id, run_id, approver, approved_at, workbook_sha256, same_user_allowed, "
                        + "file_owner) VALUES (?, ?, ?, ?, ?, ?, ?)", proposalId, approved.runId(), approved.approver(),
                approved.approvedAt().toString(), approved.workbookSha256(), approved.sameUserAllowed() ? "1" : "0",
                approved.fileOwner());
        try (Batch rejected = new Batch(connection, "INSERT INTO rejected_line (proposal_id, line_key, legal_entity, "
                + "customer, currency, comment) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (RejectedLine line : approved.rejected()) {
                rejected.add(proposalId, line.line().lineKey(), line.line().key().legalEntity(),
                        line.line().key().customerAccount(), line.line().amount().currency(), line.comment());
            }
        }
        return true;
    }

    private void query(String sql, Statements.RowReader reader, String... values) throws SQLException {
        Statements.query(connection, sql, reader, values);
    }

    private void update(String sql, String... values) throws SQLException {
        Statements.update(connection, sql, values);
    }
}
