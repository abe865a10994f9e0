package io.reimburse.cli;

import io.reimburse.output.D365InvoiceJournal;
import io.reimburse.output.RegisterWorkbook;
import io.reimburse.register.Register;
import io.reimburse.model.Proposal;
import io.reimburse.model.ProposedLine;
import io.reimburse.register.Proposals;
import io.reimburse.register.RegisterProposal;
import io.reimburse.register.RegisterReimbursement;
import io.reimburse.register.RegisterRun;
import io.reimburse.run.VoidRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code reimburse register}: the Reimbursement page: list, show, export, void. */
@Command(name = "register", mixinStandardHelpOptions = true,
        description = "Reads the register of runs and reimbursements, exports it, voids a run.",
        subcommands = {RegisterCommand.ListReimbursements.class, RegisterCommand.Show.class,
                RegisterCommand.Export.class, RegisterCommand.Posted.class, RegisterCommand.Void.class})
final class RegisterCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: list, show, export, "
                + "posted or void");
    }

    private static final String[] REIMBURSEMENT_COLUMNS = {"Invoice", "Date", "Entity", "Customer", "Name",
        "Amount", "Cur", "Vendor", "One-time", "Balance date", "Run", "State", "Payment"};

    /** Prints the reimbursements a filter selects as the register reads them; returns how many. */
    static long printReimbursements(PrintWriter out, Register register, Register.ReimbursementFilter filter) {
        Register.ReimbursementsExtent extent = register.extent(filter);
        int[] widths = {extent.invoice(), extent.transactionDate(), extent.legalEntity(), extent.customer(),
            extent.customerName(), extent.amount(), extent.currency(), extent.vendor(), extent.oneTimeVendor(),
            extent.balanceDate(), extent.runId(), extent.state(), Math.max("paid".length(), "held ".length()
                + extent.payment())};
        TextTable.Streamed table = TextTable.streamed(out, REIMBURSEMENT_COLUMNS, widths,
                false, false, false, false, false, true);
        register.eachReimbursement(filter, r -> table.row(r.invoice(), r.transactionDate(), r.legalEntity(),
                r.customer(), r.customerName(), r.amount(), r.currency(), r.vendor(), r.oneTimeVendor(),
                r.balanceDate(), r.runId(), r.postedOn().isEmpty() ? r.state() : r.state() + " " + r.postedOn(),
                paymentState(r.payment())));
        out.flush();
        return extent.count();
    }

    /**
     * Instead of a listing too long to read: one line per run, its reimbursements by state and its
     * totals, and how to narrow the listing.
     */
    private static void printRuns(PrintWriter out, List<Register.RunReimbursements> byRun) {
        TextTable table = new TextTable(new String[] {"Run", "Committed", "Entity", "Balance date", "Status",
            "Reimbursements", "Pending", "Posted", "Voided", "Total"}, false, false, false, false, false, true, true,
                true, true);
        long count = 0;
        for (Register.RunReimbursements lines : byRun) {
            RegisterRun run = lines.run();
            table.add(run.runId(), run.committedAt(), run.legalEntity(), run.balanceDate(), run.status(),
                    Long.toString(lines.count()), Long.toString(lines.pending()), Long.toString(lines.posted()),
                    Long.toString(lines.voided()), totals(run));
            count += lines.count();
        }
        table.print(out);
        out.printf("%d reimbursement(s) in %d run(s): more than %d to list; narrow with --customer, --run, "
                + "--from or --to, or list them all with --all%n", count, byRun.size(), LISTED_AT_MOST);
    }

    private static String totals(RegisterRun run) {
        StringBuilder totals = new StringBuilder();
        run.totalsByCurrency().forEach((currency, total) ->
                totals.append(totals.isEmpty() ? "" : ", ").append(total.toPlainString()).append(' ').append(currency));
        return totals.toString();
    }

    /** How many reimbursements an unfiltered {@code register list} prints; beyond, one line per run. */
    static final int LISTED_AT_MOST = 1000;

    static void printProposals(PrintWriter out, List<RegisterProposal> proposals) {
        TextTable table = new TextTable(new String[] {"Proposal", "Proposed at", "By", "Lines", "Totals", "State",
                "Approved by", "Rejected", "Run"}, false, false, false, true, false, false, false, true, false);
        for (RegisterProposal p : proposals) {
            table.add(p.proposalId(), p.proposedAt(), p.proposer(), Integer.toString(p.lines()), p.totalsText(),
                    p.state(), p.approver() + (p.sameUserAllowed() ? " (same user allowed)" : ""),
                    p.approver().isEmpty() ? "" : Integer.toString(p.rejected()), p.runId());
        }
        table.print(out);
    }

    private static String paymentState(String status) {
        return status.equals("PAYABLE") ? "paid" : status.isEmpty() ? "" : "held " + status;
    }

    /** register list: the reimbursements, filtered. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists reimbursements.")
    static final class ListReimbursements implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        RegisterOption register;
        @Option(names = "--customer", paramLabel = "ACCOUNT", description = "Only this customer account.")
        String customer;
        @Option(names = "--from", paramLabel = "DATE", description = "Transaction date from (yyyy-mm-dd).")
        LocalDate from;
        @Option(names = "--to", paramLabel = "DATE", description = "Transaction date to (yyyy-mm-dd).")
        LocalDate to;
        @Option(names = "--run", paramLabel = "RUN", description = "Only this run.")
        String run;
        @Option(names = "--all", description = "Lists every reimbursement, however many (without a filter, more "
                + "than " + LISTED_AT_MOST + " are summed up per run).")
        boolean all;

        @Override
        public Integer call() {
            try (Register opened = register.open()) {
                Register.ReimbursementFilter filter = new Register.ReimbursementFilter(customer, run,
                        from == null ? null : from.toString(), to == null ? null : to.toString());
                PrintWriter out = spec.commandLine().getOut();
                List<Register.RunReimbursements> byRun = filter.selectsAll() && !all ? opened.reimbursementsByRun()
                        : List.of();
                if (byRun.stream().mapToLong(Register.RunReimbursements::count).sum() > LISTED_AT_MOST) {
                    printRuns(out, byRun);
                } else {
                    out.printf("%d reimbursement(s)%n", printReimbursements(out, opened, filter));
                }
                List<RegisterProposal> proposals = opened.proposals().list(Instant.now());
                if (!proposals.isEmpty() && filter.selectsAll()) {
                    out.println();
                    printProposals(out, proposals);
                    out.printf("%d proposal(s)%n", proposals.size());
                }
                out.flush();
            }
            return Main.OK;
        }
    }

    /** register show RUN: one run, its inputs' status and reimbursements. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows one run, or one proposal.")
    static final class Show implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        RegisterOption register;
        @Parameters(paramLabel = "RUN|PROPOSAL", description = "The run id, or a proposal's id.")
        String runId;

        @Override
        public Integer call() {
            try (Register opened = register.open()) {
                PrintWriter out = spec.commandLine().getOut();
                Optional<Proposals.Recorded> proposal = opened.proposals().find(runId);
                if (proposal.isPresent()) {
                    showProposal(out, opened.proposals(), proposal.get());
                    return Main.OK;
                }
                RegisterRun run = opened.run(runId).orElse(null);
                if (run == null) {
                    spec.commandLine().getErr().printf("reimburse: no run %s in the register%n", runId);
                    return Main.RUN_PROBLEM;
                }
                out.printf("Run %s  %s%n", run.runId(), run.status().toUpperCase(java.util.Locale.ROOT));
                if (run.voidReason() != null) {
                    out.printf("  voided at %s: %s%n", run.voidedAt(), run.voidReason());
                }
                out.printf("  started %s, committed %s, reimburse %s%n", run.startedAt(), run.committedAt(),
                        run.toolVersion());
                out.printf("  legal entity %s, balances of %s, transaction date %s%n", run.legalEntity(),
                        run.balanceDate(), run.transactionDate());
                out.printf("  outputs %s%n%n", run.outputFolder());
                TextTable decisions = new TextTable(new String[] {"Decision", "Count"}, false, true);
                run.decisionCounts().forEach((decision, count) -> {
                    if (count > 0) {
                        decisions.add(decision, Long.toString(count));
                    }
                });
                decisions.print(out);
                out.println();
                TextTable totals = new TextTable(new String[] {"Currency", "Total"}, false, true);
                run.totalsByCurrency().forEach((currency, total) -> totals.add(currency, total.toPlainString()));
                totals.print(out);
                out.println();
                opened.proposals().list(Instant.now()).stream().filter(p -> runId.equals(p.runId())).findFirst()
                        .ifPresent(p -> out.printf("Approves proposal %s (proposed by %s), approved by %s at %s%n%n",
                                p.proposalId(), p.proposer(), p.approver(), p.approvedAt()));
                printReimbursements(out, opened, new Register.ReimbursementFilter(null, runId, null, null));
                out.flush();
            }
            return Main.OK;
        }

        /** A proposal: its state, who proposed and approved it, and each line with what became of it. */
        private static void showProposal(PrintWriter out, Proposals proposals, Proposals.Recorded recorded) {
            Proposal proposal = recorded.proposal();
            out.printf("Proposal %s  %s%n", proposal.id(), recorded.state(Instant.now()).code()
                    .toUpperCase(java.util.Locale.ROOT));
            out.printf("  proposed by %s at %s, valid until %s%n", proposal.proposer(), proposal.proposedAt(),
                    proposal.validUntil());
            out.printf("  legal entity %s, balances of %s, outputs %s%n", recorded.legalEntity(),
                    recorded.balanceDate(), recorded.outputFolder());
            Optional<Proposals.Approved> approval = proposals.approval(recorded);
            approval.ifPresent(a -> out.printf("  approved by %s at %s%s: run %s, workbook SHA-256 %s%s%n",
                    a.approver(), a.approvedAt(), a.sameUserAllowed() ? " (the proposer: ApprovalBySameUser)" : "",
                    a.runId(), a.workbookSha256(), a.fileOwner().isEmpty() ? "" : ", file owner " + a.fileOwner()));
            out.println();
            java.util.Map<String, String> rejected = new java.util.HashMap<>();
            approval.ifPresent(a -> a.rejected().forEach(line -> rejected.put(line.line().lineKey(), line.comment())));
            TextTable table = new TextTable(new String[] {"Entity", "Customer", "Name", "Amount", "Cur", "Vendor",
                    "Payment", "Decision", "Comment"}, false, false, false, true, false, false, false, false, false);
            for (ProposedLine line : proposal.lines()) {
                String decision = approval.isEmpty() ? "" : rejected.containsKey(line.lineKey()) ? "rejected" : "approved";
                table.add(line.key().legalEntity(), line.key().customerAccount(), line.customerName(),
                        line.amount().plain(), line.amount().currency(), line.vendorAccount(), line.paymentStatus(),
                        decision, rejected.getOrDefault(line.lineKey(), ""));
            }
            table.print(out);
            out.flush();
        }
    }

    /** register export: the Reimbursement page as a workbook. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Writes the register as a workbook (Runs, Reimbursements and Proposals sheets).")
    static final class Export implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        RegisterOption register;
        @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "The workbook to write.")
        Path out;

        @Override
        public Integer call() throws IOException {
            try (Register opened = register.open()) {
                List<RegisterRun> runs = opened.runs();
                List<RegisterReimbursement> lines = opened.reimbursements(null, null, null, null);
                List<RegisterProposal> proposals = opened.proposals().list(Instant.now());
                RegisterWorkbook.write(runs, lines, proposals, out);
                spec.commandLine().getOut().printf("%d run(s), %d reimbursement(s), %d proposal(s) written to %s%n",
                        runs.size(), lines.size(), proposals.size(), out);
                spec.commandLine().getOut().flush();
            }
            return Main.OK;
        }
    }

    /** register posted RUN|INVOICE... [--date DATE]: the ERP has posted these reimbursements. */
    @Command(name = "posted", mixinStandardHelpOptions = true, description = "Records that the ERP has posted "
            + "these reimbursements (all of a run, or single invoices): from balances of that date on, they are in "
            + "the customers' balances and no longer subtracted from later credits.")
    static final class Posted implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        RegisterOption register;
        @Parameters(paramLabel = "RUN|INVOICE", arity = "1..*", description = "Run ids or invoice numbers.")
        List<String> runsOrInvoices;
        @Option(names = "--date", paramLabel = "DATE", description = "The day the ERP posted them, yyyy-mm-dd "
                + "(default: today). Balances of that day or later are taken to show them.")
        LocalDate date;

        @Override
        public Integer call() {
            LocalDate today = LocalDate.now();
            LocalDate postedOn = date == null ? today : date;
            try (Register opened = register.open()) {
                Register.Posting posting = opened.markPosted(runsOrInvoices, postedOn, today,
                        "marked by " + System.getProperty("user.name", "?") + " at " + Instant.now());
                PrintWriter out = spec.commandLine().getOut();
                out.printf("%d reimbursement(s) marked posted on %s%s%n", posting.marked(), postedOn,
                        posting.markedInvoices().isEmpty() ? "" : ": " + String.join(", ", posting.markedInvoices()));
                posting.alreadyPostedOn().forEach((invoice, on) ->
                        out.printf("  %s was already posted on %s (kept)%n", invoice, on));
                if (posting.alreadyPostedOn().isEmpty() && posting.alreadyPosted() > 0) {
                    out.printf("  %d were already posted (their date kept)%n", posting.alreadyPosted());
                }
                out.flush();
            }
            return Main.OK;
        }
    }

    /** register void RUN|INVOICE... --reason TEXT (--out DIR | --not-imported). */
    @Command(name = "void", mixinStandardHelpOptions = true, description = "Voids whole runs or single invoices: "
            + "their customers can be reimbursed again; their numbers are never reused. With --out, writes the "
            + "files that reverse them in the ERP (the customers keep their one-time vendors); with "
            + "--not-imported, their files were never imported and nothing is written.")
    static final class Void implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        RegisterOption register;
        @Parameters(paramLabel = "RUN|INVOICE", arity = "1..*", description = "Run ids or invoice numbers.")
        List<String> runsOrInvoices;
        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why (kept in the register "
                + "and written on the reversing lines).")
        String reason;
        @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
        Imported imported;

        /** Either the folder of the reversal files, or the statement that nothing was imported. */
        static final class Imported {
            @Option(names = "--out", paramLabel = "DIR", description = "The folder of the reversal files (the "
                    + "ERP imported the invoices).")
            Path out;
            @Option(names = "--not-imported", description = "The ERP never imported these invoices (nor a payment "
                    + "run's payments): only the register forgets them.")
            boolean notImported;
        }

        @Override
        public Integer call() {
            if (reason.isBlank()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--reason must say why");
            }
            VoidRun.Voided voided = VoidRun.execute(runsOrInvoices, reason.strip(), imported.out, register.existing(),
                    Register.DEFAULT_BUSY_TIMEOUT, Clock.systemDefaultZone(), true);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%d invoice(s) voided%s: %s%n", voided.invoices(), voided.runs().isEmpty() ? ""
                    : " (run " + String.join(", ", voided.runs()) + ")", reason.strip());
            if (voided.reversal() != null) {
                out.printf("Reversal run %s: import %s and %s into the ERP; files in %s%n", voided.reversal().runId(),
                        D365InvoiceJournal.REVERSAL_HEADER_FILE, D365InvoiceJournal.REVERSAL_LINES_FILE,
                        imported.out.toAbsolutePath().normalize());
            }
            if (!voided.paidInvoices().isEmpty()) {
                out.printf("  warning: %s reached a payment file; voiding does not recall a transfer%n",
                        String.join(", ", voided.paidInvoices()));
            }
            out.flush();
            return Main.OK;
        }
    }
}
