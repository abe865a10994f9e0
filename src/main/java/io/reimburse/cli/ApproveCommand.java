package io.reimburse.cli;

import io.reimburse.model.RunResult;
import io.reimburse.run.Approve;
import io.reimburse.run.RunSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** {@code reimburse approve}: the second half of the four-eyes path (issue 13). */
@Command(name = "approve", mixinStandardHelpOptions = true,
        description = "Checks a reviewed proposal.xlsx against the register and commits the lines approved as a "
                + "run: invoice numbers, ERP files, payments, the report and the manifest, as 'run' writes them.")
final class ApproveCommand implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "WORKBOOK", description = "The proposal workbook, as the reviewer saved it (.xlsx).")
    Path workbook;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who approves: not the proposer.")
    String by;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder of the run (default: "
            + "approved-PROPOSAL beside the proposal's folder).")
    Path out;

    @CommandLine.Mixin
    RegisterOption register;

    @Override
    public Integer call() {
        Approve.Approved approved = Approve.execute(new Approve.Options(workbook, by, out, register.existing(),
                Duration.ofSeconds(60), Clock.systemDefaultZone(), "", null, true));
        RunResult result = approved.result();
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("Proposal %s approved by %s%s: run %s, %s%n", result.approval().proposalId(),
                approved.approval().approver(), result.approval().sameUserAllowed()
                        ? " (the proposer: ApprovalBySameUser)" : "", result.runId(),
                RunSummary.decisions(result.decisions()));
        RunSummary.totals(result.decisions()).forEach(total -> stdout.printf("  %s%n", total));
        if (!approved.approval().rejected().isEmpty()) {
            stdout.printf("  %d line(s) rejected, not reimbursed: they may be proposed again%n",
                    approved.approval().rejected().size());
        }
        stdout.printf("Outputs in %s%n", approved.out().toAbsolutePath().normalize());
        stdout.flush();
        return Main.OK;
    }
}
