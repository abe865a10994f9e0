package io.reimburse.run;

import io.reimburse.engine.PaymentRules;
import io.reimburse.engine.RegisterState;
import io.reimburse.engine.ReimbursementRules;
import io.reimburse.model.ApprovalRequired;
import io.reimburse.model.BalanceKey;
import io.reimburse.model.BankDetails;
import io.reimburse.model.CustomerBalance;
import io.reimburse.model.CustomerRef;
import io.reimburse.model.Decisions;
import io.reimburse.model.HeldBack;
import io.reimburse.model.Payments;
import io.reimburse.model.PostedMark;
import io.reimburse.model.PostingEvidence;
import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;
import io.reimburse.model.RunResult;
import io.reimburse.model.Selection;
import io.reimburse.register.RegisterSession;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One reimbursement run: read → decide → write → record, in the frame of {@link RecordedOutput}.
 * Problems with the run as a whole are thrown as {@link RunRefused} before anything is written.
 */
public final class Run {

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private Run() {
    }

    public static RunResult execute(RunOptions options) {
        return execute(options, Progress.SILENT);
    }

    /** A run that reports its progress (the command line on a terminal or in a log). */
    public static RunResult execute(RunOptions options, Progress progress) {
        Instant startedAt = options.clock().instant();
        OutputFolder out = OutputFolder.prepare(options.out(), options.force(), options.removeOnStop(),
                options.register());
        return RecordedOutput.execute(out, options.register(), options.registerBusyTimeout(), !options.dryRun(),
                new RecordedOutput.RunStages<RunInputs>(options.clock()) {
                    @Override
                    public RunInputs read() {
                        progress.phase("reading");
                        return RunReader.read(options, startedAt, progress);
                    }

                    @Override
                    public RunResult decide(RunInputs inputs, RegisterSession session) {
                        progress.phase("deciding and writing outputs");
                        if (inputs.parameters().approval().required() && !options.dryRun()) {
                            throw new ApprovalRequired(RunProblem.of("the parameters require approval (RequireApproval = "
                                    + "Yes): 'reimburse run' cannot move money on its own; write a proposal with "
                                    + "'reimburse propose', then have another person approve it with 'reimburse "
                                    + "approve proposal.xlsx --by NAME'"));
                        }
                        if (session == null) {
                            return Run.decide(inputs, RegisterState.NONE, options, startedAt);
                        }
                        refuseDuplicateInput(inputs, session, options);
                        return Run.decide(inputs, session, options, startedAt);
                    }
                });
    }

    /**
     * A balances file that a committed run reimbursed from is not run again for the same customers
     * (byte for byte the same file: the same snapshot). A selection (CustomerAccounts, CustomerGroups,
     * --select, --groups) uses up the file for the customers it selects only: the others may be run
     * later from the same file. A run that reimbursed nobody has not used it.
     */
    static void refuseDuplicateInput(RunInputs inputs, RegisterSession session, RunOptions options) {
        if (options.allowDuplicateInput()) {
            return;
        }
        inputs.balancesFile().ifPresent(balances -> {
            Selection accounts = inputs.parameters().customerAccounts();
            Selection groups = inputs.parameters().customerGroups();
            for (RegisterSession.BalancesUse use : session.runsThatUsedBalances(balances.sha256())) {
                for (CustomerBalance balance : inputs.balances()) {
                    String account = balance.key().customerAccount();
                    if (accounts.matches(account) && groups.matches(balance.customerGroup())
                            && use.used(balance.key().customer(), balance.customerGroup())) {
                        throw new RunRefused(RunProblem.inFile(balances.name(), "these balances (the same file, "
                                + "byte for byte) were already used by run " + use.runId() + " for customers "
                                + "this run selects too (first: " + account + "); select other customers, or, to "
                                + "run them again on purpose, use 'reimburse run' with --allow-duplicate-input"));
                    }
                }
            }
        });
    }

    static RunResult decide(RunInputs inputs, RegisterState register, RunOptions options, Instant startedAt) {
        Map<CustomerRef, HeldBack> heldBack = new HashMap<>();
        inputs.problems().stream().filter(p -> p.customerAccount() != null).forEach(p -> {
            CustomerRef customer = new CustomerRef(p.legalEntity(), p.customerAccount());
            heldBack.merge(customer, new HeldBack(1, inputs.heldBackNames().getOrDefault(customer, "")),
                    (earlier, more) -> new HeldBack(earlier.problems() + 1, earlier.customerName()));
        });
        ReimbursementRules rules = new ReimbursementRules(inputs.parameters(), register);
        // handed over, not kept: only the credits that pass the first rules stay while the register is
        // asked (HandedOver), and each goes once its reimbursement is made (Screened); the payments take
        // the bank details of those credits, kept apart before
        ReimbursementRules.Screened screened = rules.screen(inputs.takeBalances(), inputs.links(), heldBack);
        boolean paying = inputs.parameters().payments().enabled();
        Map<BalanceKey, BankDetails> bankDetails = paying ? screened.bankDetails() : Map.of();
        Decisions decisions = rules.decide(screened, inputs.links(), postings(inputs.postings(), register));
        Payments payments = paying
                ? new PaymentRules(inputs.parameters(), decisions.history()).decide(decisions.reimbursements(),
                        inputs.links(), bankDetails)
                : Payments.NONE;
        String runId = options.runId() != null ? options.runId() : newRunId(startedAt);
        return new RunResult(runId, startedAt, Version.current(), inputs.parameters(), inputs.files(),
                decisions.withoutHistory(), payments, inputs.problems(), inputs.totalLines(), inputs.duplicateRows(),
                options.dryRun());
    }

    /**
     * The postings an ERP export shows, kept for the reimbursements the register holds as unposted (the
     * run records them); without a register there is nothing to record.
     */
    private static PostingEvidence postings(PostingEvidence read, RegisterState register) {
        if (!(register instanceof RegisterSession session) || read.exported().isEmpty()) {
            return new PostingEvidence(Map.of(), read.documentsInBalances());
        }
        Set<String> unposted = session.unpostedInvoices(read.exported().keySet());
        Map<String, PostedMark> kept = new java.util.TreeMap<>();
        read.exported().forEach((invoice, mark) -> {
            if (unposted.contains(invoice)) {
                kept.put(invoice, mark);
            }
        });
        return new PostingEvidence(kept, read.documentsInBalances());
    }

    /** A new run id: the UTC start time and a random suffix, e.g. {@code 20261125-101503-a3f2}. */
    public static String newRunId(Instant startedAt) {
        return RUN_ID.format(startedAt) + "-" + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
    }
}
