package io.reimburse.cli;

import io.reimburse.input.TableKind;
import io.reimburse.model.RunResult;
import io.reimburse.run.PayOptions;
import io.reimburse.run.PayRun;
import io.reimburse.run.RunSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code reimburse pay}: the payment of committed invoices that no payment file carried yet. */
@Command(name = "pay", mixinStandardHelpOptions = true,
        description = "Prepares the payment of reimbursement invoices of earlier runs that were not paid: those "
                + "whose payment was held back (bank details missing, wrong or changed), or all invoices of a run "
                + "made without payments (--run). Writes the payment journal and payments.xml into --out and "
                + "records the payments, so that no invoice is paid twice.")
final class PayCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The parameters, and vendor links or balances whose bank details are used now. */
    @Mixin
    InputOptions input;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (must not exist, "
            + "or be empty, unless --force).")
    Path out;

    @Option(names = "--run", paramLabel = "RUN", description = "Pay the unpaid invoices of this run (repeatable).")
    List<String> runs = new ArrayList<>();

    @Option(names = "--invoice", paramLabel = "INVOICE", description = "Pay this invoice (repeatable).")
    List<String> invoices = new ArrayList<>();

    @Option(names = "--payment-date", paramLabel = "DATE", description = "Requested execution date, yyyy-mm-dd "
            + "(default: PaymentDate, or today when it has passed).")
    LocalDate paymentDate;

    @Option(names = "--force", description = "Replace an earlier output in --out (never other files).")
    boolean force;

    @Option(names = "--quiet", description = "Print nothing but problems.")
    boolean quiet;

    @Mixin
    RegisterOption register;

    @Option(names = "--register-wait", paramLabel = "SECONDS", defaultValue = "60",
            description = "How long to wait for another run holding the register (default: ${DEFAULT-VALUE}).")
    long registerWaitSeconds;

    @Override
    public Integer call() {
        Map<TableKind, Path> explicit = input.explicit(Map.of());
        List<Path> all = input.recognized(explicit);
        if (all.isEmpty() && explicit.isEmpty()) {
            spec.commandLine().getErr().println("reimburse: no input: give the parameters (and the vendor links or "
                    + "balances with the bank details), or --parameters");
            return Main.RUN_PROBLEM;
        }
        RunResult result = PayRun.execute(new PayOptions(all, explicit, out, force, register.existing(),
                Duration.ofSeconds(registerWaitSeconds), Clock.systemDefaultZone(), runs, invoices, paymentDate, true));
        if (!quiet) {
            PrintWriter printed = spec.commandLine().getOut();
            printed.printf("Payment run %s: %s%n", result.runId(), RunSummary.payments(result.payments()));
            RunSummary.payableTotals(result.payments()).forEach(total -> printed.printf("  %s%n", total));
            if (result.payments().payable().isEmpty()) {
                printed.println("  nothing payable now: no payments.xml; the held invoices stay to be paid");
            }
            printed.printf("Outputs in %s%n", out.toAbsolutePath().normalize());
            printed.printf("Recorded in the register %s%n", register.register.toAbsolutePath().normalize());
            printed.flush();
        }
        return Main.OK;
    }

}
