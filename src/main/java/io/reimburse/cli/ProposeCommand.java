package io.reimburse.cli;

import io.reimburse.input.ParameterName;
import io.reimburse.input.TableKind;
import io.reimburse.model.RunResult;
import io.reimburse.output.ProposalWorkbook;
import io.reimburse.register.Register;
import io.reimburse.run.Propose;
import io.reimburse.run.RunOptions;
import io.reimburse.run.RunSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code reimburse propose}: the first half of the four-eyes path (issue 13), a proposal to approve. */
@Command(name = "propose", mixinStandardHelpOptions = true,
        description = "Decides as 'run' does, but only writes proposal.xlsx (and its manifest) for another person "
                + "to approve with 'reimburse approve': no ERP file, no payment file, nothing reimbursed yet.")
final class ProposeCommand implements Callable<Integer> {

    private static final DateTimeFormatter VALID_UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    InputOptions input;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder of the proposal.")
    Path out;

    @Option(names = "--by", paramLabel = "NAME", description = "Who proposes (default: the user logged in).")
    String by;

    @CommandLine.Mixin
    SelectionOptions selection;

    @Option(names = "--strict", description = "Any row problem stops the proposal.")
    boolean strict;

    @Option(names = "--force", description = "Replace an earlier output in --out.")
    boolean force;

    @CommandLine.Mixin
    RegisterOption register;

    @Option(names = "--allow-duplicate-input", description = "Accept balances already used by a committed run.")
    boolean allowDuplicateInput;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Map<TableKind, Path> explicit = input.explicit(Map.of());
        List<Path> all = input.recognized(explicit);
        if (all.isEmpty() && explicit.isEmpty()) {
            err.println("reimburse: no input: give files, a folder, or --balances and --parameters");
            return Main.RUN_PROBLEM;
        }
        Map<ParameterName, String> overrides = selection.overrides();
        String proposer = by != null && !by.isBlank() ? by.strip() : System.getProperty("user.name");
        Propose.Proposed proposed = Propose.execute(RunOptions.builder(all, out).explicit(explicit).strict(strict)
                .force(force).overrides(overrides).register(register.register).allowDuplicateInput(allowDuplicateInput)
                .registerBusyTimeout(Register.DEFAULT_BUSY_TIMEOUT).removeOnStop(true).build(), proposer);
        RunResult result = proposed.result();
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("Proposal %s by %s: %s%n", proposed.proposal().id(), proposer,
                RunSummary.decisions(result.decisions()));
        RunSummary.totals(result.decisions()).forEach(total -> stdout.printf("  %s%n", total));
        stdout.printf("  to be approved by another person before %s UTC: reimburse approve %s --by NAME%n",
                VALID_UNTIL.format(proposed.proposal().validUntil()), out.resolve(ProposalWorkbook.FILE));
        stdout.printf("Proposal in %s (nothing reimbursed yet)%n", out.toAbsolutePath().normalize());
        stdout.flush();
        return Main.OK;
    }
}
