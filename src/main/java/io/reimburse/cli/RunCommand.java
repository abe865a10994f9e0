package io.reimburse.cli;

import io.reimburse.input.ParameterName;
import io.reimburse.input.TableKind;
import io.reimburse.model.Decisions;
import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;
import io.reimburse.model.RunResult;
import io.reimburse.model.SkipReason;
import io.reimburse.run.LogProgress;
import io.reimburse.run.Progress;
import io.reimburse.run.Run;
import io.reimburse.run.RunOptions;
import io.reimburse.run.TerminalProgress;
import io.reimburse.run.RunSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code reimburse run}: one run on files or a folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Reads the balances, parameters and vendor links (CSV, .xlsx or .xls), decides who is "
                + "reimbursed and writes the outputs into --out.")
final class RunCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    InputOptions input;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (must not exist, "
            + "or be empty, unless --force).")
    Path out;

    @Option(names = "--posted", paramLabel = "FILE", description = "An ERP export of posted invoices (posted "
            + "journal, vendor transactions): the reimbursements it lists are recorded as posted.")
    Path posted;

    @CommandLine.Mixin
    SelectionOptions selection;

    @Option(names = "--dry-run", description = "Write only the report (marked DRAFT) and the manifest.")
    boolean dryRun;

    @Option(names = "--strict", description = "Any row problem stops the run.")
    boolean strict;

    @Option(names = "--force", description = "Replace the output of an earlier run in --out (never other files, "
            + "nor the output of a run the register keeps as committed).")
    boolean force;

    @Option(names = "--quiet", description = "Print nothing but problems.")
    boolean quiet;

    @CommandLine.ArgGroup(exclusive = true)
    RegisterChoice registerChoice = new RegisterChoice();

    /** --register PATH or --no-register. */
    static final class RegisterChoice {
        @Option(names = "--register", paramLabel = "PATH", description = "The register (default: "
                + RegisterOption.DEFAULT + " in the working folder).")
        Path register = Path.of(RegisterOption.DEFAULT);

        @Option(names = "--no-register", description = "A stateless run: no register read or written.")
        boolean noRegister;
    }

    @Option(names = "--allow-duplicate-input", description = "Accept balances already used by a committed run.")
    boolean allowDuplicateInput;

    @Option(names = "--register-wait", paramLabel = "SECONDS", defaultValue = "60",
            description = "How long to wait for another run holding the register (default: ${DEFAULT-VALUE}).")
    long registerWaitSeconds;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        Map<TableKind, Path> explicit = input.explicit(posted == null ? Map.of() : Map.of(TableKind.POSTED, posted));
        List<Path> all = input.recognized(explicit);
        if (all.isEmpty() && explicit.isEmpty()) {
            err.println("reimburse: no input: give files, a folder, or --balances and --parameters");
            return Main.RUN_PROBLEM;
        }
        Map<ParameterName, String> overrides = selection.overrides();
        try (Progress progress = progress(err)) {
            RunResult result = Run.execute(RunOptions.builder(all, out).explicit(explicit).dryRun(dryRun)
                    .strict(strict).force(force).overrides(overrides)
                    .register(registerChoice.noRegister ? null : registerChoice.register)
                    .allowDuplicateInput(allowDuplicateInput).registerBusyTimeout(Duration.ofSeconds(registerWaitSeconds))
                    .removeOnStop(true).build(), progress);
            if (!quiet) {
                printSummary(outWriter, result);
            }
            return Main.OK;
        } catch (RunRefused refused) {
            err.println("reimburse: the run was refused, nothing was written:");
            for (RunProblem problem : refused.problems()) {
                err.println("  - " + problem.describe());
            }
            return Main.RUN_PROBLEM;
        }
    }

    /** A bar on a terminal, a line every 10 s in a log or pipe, nothing with --quiet. */
    private Progress progress(PrintWriter err) {
        if (quiet) {
            return Progress.SILENT;
        }
        return System.console() != null ? new TerminalProgress()
                : new LogProgress(err, Clock.systemDefaultZone(), Duration.ofSeconds(10));
    }

    private void printSummary(PrintWriter out, RunResult result) {
        Decisions decisions = result.decisions();
        out.printf("Run %s%s: %s%n", result.runId(), result.dryRun() ? " (dry run, DRAFT)" : "",
                RunSummary.decisions(decisions));
        RunSummary.totals(decisions).forEach(total -> out.printf("  %s%n", total));
        if (!decisions.oneTimeVendors().isEmpty()) {
            out.printf("  %d one-time vendor(s) to create%n", decisions.oneTimeVendors().size());
        }
        long reduced = decisions.reimbursements().stream().filter(r -> !r.deducted().isNone()).count();
        if (reduced > 0) {
            out.printf("  %d reimbursement(s) reduced by earlier ones not yet posted%n", reduced);
        }
        if (!decisions.postedMarks().isEmpty()) {
            out.printf("  %d earlier reimbursement(s) now known posted%s%n", decisions.postedMarks().size(),
                    result.dryRun() ? " (not recorded: dry run)" : "");
        }
        if (result.parameters().payments().enabled()) {
            out.print("  payments:");
            result.payments().countsByStatus().forEach((status, count) -> {
                if (count > 0) {
                    out.printf(" %d %s", count, status.name());
                }
            });
            out.println(result.payments().payable().isEmpty() ? " (no payments.xml: nothing to transfer)" : "");
        }
        if (!result.rowProblems().isEmpty()) {
            out.printf("  %d input problem(s): %d customer(s) held back, see %s%n", result.rowProblems().size(),
                    decisions.skipCounts().get(SkipReason.INPUT_ERROR),
                    result.dryRun() ? "the report's Input errors sheet" : "input-errors.csv"); // a dry run writes no CSV
        }
        if (decisions.reimbursements().isEmpty() && !result.dryRun() && !registerChoice.noRegister) {
            out.println("  nothing reimbursed: these balances are not used up, they can be run again");
        }
        out.printf("Outputs in %s%n", this.out.toAbsolutePath().normalize());
        if (!registerChoice.noRegister && !result.dryRun()) {
            out.printf("Recorded in the register %s%n", registerChoice.register.toAbsolutePath().normalize());
        }
        out.flush();
    }
}
