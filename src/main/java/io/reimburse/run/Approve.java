package io.reimburse.run;

import io.reimburse.input.ParameterName;
import io.reimburse.input.TableKind;
import io.reimburse.model.ApprovalNote;
import io.reimburse.model.BalanceKey;
import io.reimburse.model.CustomerBalance;
import io.reimburse.model.ListViews;
import io.reimburse.model.Proposal;
import io.reimburse.model.ProposedLine;
import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;
import io.reimburse.model.RunResult;
import io.reimburse.output.ReviewedProposal;
import io.reimburse.output.Sha256;
import io.reimburse.register.Proposals;
import io.reimburse.register.Register;
import io.reimburse.register.RegisterSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * {@code reimburse approve} (issue 13): checks a reviewed proposal workbook against the register's
 * copy of the proposal, then commits exactly the lines approved as a run, decided again from the
 * proposal's own inputs (kept in the register) with the register as it is now, and written by the
 * same {@link Outputs} as {@code reimburse run}: invoice numbers are given here. The proposal's state
 * changes in the run's transaction: a failure before the commit leaves it approvable, nothing
 * recorded. Refused, nothing written: a changed workbook, an unknown, approved, rejected, expired or
 * stale proposal, an approver who proposed it (unless ApprovalBySameUser), an Approve that is not a
 * yes/no word.
 *
 * @see ReviewedProposal
 */
public final class Approve {

    private Approve() {
    }

    /**
     * What to approve and how.
     *
     * @param approver  who approves; null to take the workbook's Approved by cell (the drop folder)
     * @param out       the run's output folder; null for {@code approved-PROPOSAL} beside the workbook
     * @param fileOwner the workbook file's owner, recorded beside the approver (empty when unknown)
     * @param runId     the run's id; null to have one made
     */
    public record Options(Path workbook, String approver, Path out, Path register, Duration registerBusyTimeout,
                          Clock clock, String fileOwner, String runId, boolean removeOnStop) {
    }

    /** The run committed, the approval recorded with it, and the run's output folder. */
    public record Approved(RunResult result, Proposals.Approved approval, Path out) {
    }

    public static Approved execute(Options options) {
        Instant startedAt = options.clock().instant();
        ReviewedProposal reviewed = ReviewedProposal.read(options.workbook());
        String workbookName = options.workbook().getFileName().toString();
        String approver = options.approver() != null ? options.approver().strip() : reviewed.approvedBy();
        if (approver.isEmpty()) {
            throw new RunRefused(RunProblem.inFile(workbookName, "nobody is named as approver: type your name in "
                    + "the Summary's Approved by cell (or give --by NAME)"));
        }
        String sha256 = sha256(options.workbook());
        String runId = options.runId() != null ? options.runId() : Run.newRunId(startedAt);
        Path out = options.out() != null ? options.out()
                : options.workbook().toAbsolutePath().getParent().resolveSibling("approved-" + reviewed.proposalId());
        Stored stored = stored(options, reviewed.proposalId(), workbookName);
        try {
            OutputFolder folder = OutputFolder.prepare(out, false, options.removeOnStop(), options.register());
            return RecordedOutput.execute(folder, options.register(), options.registerBusyTimeout(), true,
                    new RecordedOutput.Stages<RunInputs, Approved>() {
                        @Override
                        public RunInputs read() {
                            return RunReader.read(stored.options(out, runId), startedAt, Progress.SILENT);
                        }

                        @Override
                        public Approved decide(RunInputs inputs, RegisterSession session) {
                            Instant now = options.clock().instant();
                            Proposals.Recorded recorded = session.proposals().find(reviewed.proposalId())
                                    .orElseThrow(() -> unknown(workbookName, reviewed.proposalId()));
                            Proposal proposal = recorded.proposal();
                            refuseState(workbookName, recorded, now);
                            boolean sameUser = approver.equalsIgnoreCase(proposal.proposer());
                            if (sameUser && !inputs.parameters().approval().bySameUser()) {
                                throw new RunRefused(RunProblem.inFile(workbookName, approver + " proposed "
                                        + proposal.id() + " and cannot approve it too: another person must (or set "
                                        + "ApprovalBySameUser to Yes in the parameters, which is recorded)"));
                            }
                            refuseStale(workbookName, session, proposal);
                            ReviewedProposal.Review review = reviewed.check(proposal);
                            RunResult result = decideApproved(inputs, session, stored.options(out, runId), review,
                                    startedAt, workbookName).approved(new ApprovalNote(proposal.id(), proposal.proposer(),
                                    approver, now, sameUser, review.rejected()));
                            return new Approved(result, new Proposals.Approved(runId, approver, now, sha256, sameUser,
                                    options.fileOwner(), review.rejected()), out);
                        }

                        @Override
                        public void write(Approved approved, Path target) throws IOException {
                            Outputs.write(approved.result(), target, options.clock());
                        }

                        @Override
                        public void stage(RegisterSession session, Approved approved) {
                            session.stage(approved.result());
                        }

                        @Override
                        public void record(RegisterSession session, Approved approved, Path target, Path temporary) {
                            session.commitApproval(approved.result(), approved.approval(), target, temporary,
                                    options.clock().instant());
                        }

                        @Override
                        public String runId(Approved approved) {
                            return runId;
                        }
                    });
        } finally {
            stored.delete();
        }
    }

    private static RunRefused unknown(String workbook, String proposalId) {
        return new RunRefused(RunProblem.inFile(workbook, "proposal " + proposalId + " is not in this register: "
                + "approve it with the register it was proposed with"));
    }

    private static void refuseState(String workbook, Proposals.Recorded recorded, Instant now) {
        Proposals.State state = recorded.state(now);
        if (state != Proposals.State.PROPOSED) {
            throw new RunRefused(RunProblem.inFile(workbook, "proposal " + recorded.proposal().id() + " is "
                    + state.code() + (state == Proposals.State.EXPIRED ? " (valid until "
                    + recorded.proposal().validUntil() + ", ProposalValidDays): propose again" : " already")
                    + "; it cannot be approved"));
        }
    }

    /** A customer of the proposal reimbursed by a run committed since: the proposal is stale. */
    private static void refuseStale(String workbook, RegisterSession session, Proposal proposal) {
        List<Proposals.Since> since = session.proposals().reimbursedSince(proposal);
        if (!since.isEmpty()) {
            Proposals.Since first = since.get(0);
            throw new RunRefused(RunProblem.inFile(workbook, "proposal " + proposal.id() + " is stale: customer "
                    + first.customer() + " in " + first.currency() + " was reimbursed since it was made (invoice "
                    + first.invoice() + ", run " + first.runId() + ")" + (since.size() > 1 ? " and "
                    + (since.size() - 1) + " more" : "") + "; propose again"));
        }
    }

    /** The balances but the rejected lines', made when read as the aggregator's own (no object per key kept). */
    private static List<CustomerBalance> without(List<CustomerBalance> balances, Set<BalanceKey> rejected) {
        int[] kept = IntStream.range(0, balances.size()).filter(i -> !rejected.contains(balances.get(i).key())).toArray();
        return ListViews.madeWhenRead(kept.length, i -> balances.get(kept[i]));
    }

    /**
     * Decides again, as the proposal's run, without the rejected lines' balances: the approved lines are
     * numbered consecutively. Each must decide as it was proposed, or the register has changed under
     * the proposal (refused: propose again).
     */
    private static RunResult decideApproved(RunInputs inputs, RegisterSession session, RunOptions asRun,
                                            ReviewedProposal.Review review, Instant startedAt, String workbook) {
        Set<BalanceKey> rejected = new HashSet<>();
        review.rejected().forEach(line -> rejected.add(line.line().key()));
        // handed over, not kept in this frame: the decisions let go of what they do not reimburse (HandedOver)
        RunInputs approvedOnly = new RunInputs(inputs.parameters(), without(inputs.takeBalances(), rejected),
                inputs.links(), inputs.problems(),
                inputs.heldBackNames(), inputs.totalLines(), inputs.duplicateRows(), inputs.files(), inputs.postings());
        RunResult result = Run.decide(approvedOnly, session, asRun, startedAt);
        Map<BalanceKey, ProposedLine> decided = new HashMap<>();
        Propose.lines(result).forEach(line -> decided.put(line.key(), line));
        for (ProposedLine line : review.approved()) {
            ProposedLine now = decided.remove(line.key());
            if (now == null || !line.sameAs(now)) {
                throw new RunRefused(RunProblem.inFile(workbook, "the line of customer " + line.key().customerAccount()
                        + " in " + line.amount().currency() + " decides differently now ("
                        + (now == null ? "not reimbursed" : now.amount().plain() + " to " + now.vendorAccount() + ", "
                        + now.paymentStatus()) + "): the register changed since the proposal; propose again"));
            }
        }
        if (!decided.isEmpty()) {
            throw new IllegalStateException("lines decided that were not proposed: " + decided.keySet());
        }
        return result;
    }

    private static String sha256(Path workbook) {
        try {
            return Sha256.of(workbook);
        } catch (IOException e) {
            throw new RunRefused(RunProblem.inFile(workbook.getFileName().toString(), "cannot be read: "
                    + e.getMessage()));
        }
    }

    /** The proposal's inputs, written back from the register into a temporary folder to be read again. */
    private record Stored(Path folder, List<Path> recognized, Map<TableKind, Path> explicit,
                          Map<ParameterName, String> overrides, Path register, Clock clock, Duration busyTimeout) {

        RunOptions options(Path out, String runId) {
            return RunOptions.builder(recognized, out).explicit(explicit).overrides(overrides).register(register)
                    .registerBusyTimeout(busyTimeout).clock(clock).runId(runId).build();
        }

        void delete() {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reads the proposal's copy of its inputs (outside the write lock) into a temporary folder. */
    private static Stored stored(Options options, String proposalId, String workbook) {
        if (options.register() == null || Files.notExists(options.register())) {
            throw unknown(workbook, proposalId);
        }
        List<Proposals.Input> inputs;
        Map<String, String> overrides;
        try (Register register = Registers.open(options.register(), options.registerBusyTimeout())) {
            Proposals.Recorded recorded = register.proposals().find(proposalId)
                    .orElseThrow(() -> unknown(workbook, proposalId));
            inputs = register.proposals().inputs(proposalId);
            overrides = recorded.overrides();
        }
        try {
            Path folder = Files.createTempDirectory("reimburse-approval-");
            List<Path> recognized = new ArrayList<>();
            Map<TableKind, Path> explicit = new EnumMap<>(TableKind.class);
            for (Proposals.Input input : inputs) {
                Path file = folder.resolve(input.file()).normalize();
                if (!file.startsWith(folder)) {
                    throw new IllegalStateException("a stored input outside its folder: " + input.file());
                }
                Files.createDirectories(file.getParent());
                Files.write(file, input.content());
                if (Propose.isTemplate(input)) {
                    continue; // found beside the parameters by the run's reader
                }
                TableKind kind = Propose.explicitKind(input);
                if (kind == null) {
                    recognized.add(file);
                } else {
                    explicit.put(kind, file);
                }
            }
            Map<ParameterName, String> given = new EnumMap<>(ParameterName.class);
            overrides.forEach((name, value) -> given.put(ParameterName.valueOf(name), value));
            return new Stored(folder, recognized, explicit, given, options.register(), options.clock(),
                    options.registerBusyTimeout());
        } catch (IOException e) {
            throw new RunRefused(RunProblem.of("the proposal's inputs cannot be written to a temporary folder: "
                    + e.getMessage()));
        }
    }
}
