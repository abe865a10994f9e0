package io.reimburse.run;

import io.reimburse.engine.PaymentRules;
import io.reimburse.input.BankDetailsReader;
import io.reimburse.input.InputTables;
import io.reimburse.input.ParameterName;
import io.reimburse.input.ParametersReader;
import io.reimburse.input.TableKind;
import io.reimburse.input.VendorLinksReader;
import io.reimburse.model.BankDetails;
import io.reimburse.model.CustomerRef;
import io.reimburse.model.Decisions;
import io.reimburse.model.InputFile;
import io.reimburse.model.Parameters;
import io.reimburse.model.Payments;
import io.reimburse.model.RegisterHistory;
import io.reimburse.model.Reimbursement;
import io.reimburse.model.RowProblem;
import io.reimburse.model.RunKind;
import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;
import io.reimburse.model.RunResult;
import io.reimburse.model.VendorLink;
import io.reimburse.register.RegisterSession;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code reimburse pay}: prepares the payment of committed invoices that no payment file carried yet
 * (held back for their bank details, or of a run made without payments), with the same checks as a
 * run (IBAN, BIC, a changed IBAN held unless AcceptBankDetailChanges lists the customer): the payment
 * journal and payments.xml for what is payable now, recorded so that no invoice is ever paid twice.
 * Bank details: the vendor links given now, else the balances given now, else those the invoice's
 * run saw.
 */
public final class PayRun {

    private PayRun() {
    }

    /** What was read for the payments. */
    private record PayInputs(Parameters parameters, Map<CustomerRef, VendorLink> links,
                             Map<CustomerRef, BankDetails> fromBalances, List<InputFile> files,
                             List<RowProblem> problems) {
    }

    public static RunResult execute(PayOptions options) {
        Instant startedAt = options.clock().instant();
        OutputFolder out = OutputFolder.prepare(options.out(), options.force(), options.removeOnStop(),
                options.register());
        return RecordedOutput.execute(out, options.register(), options.registerBusyTimeout(), true,
                new RecordedOutput.RunStages<PayInputs>(options.clock()) {
                    @Override
                    public PayInputs read() {
                        return PayRun.read(options, LocalDate.ofInstant(startedAt, options.clock().getZone()));
                    }

                    @Override
                    public RunResult decide(PayInputs inputs, RegisterSession session) {
                        return PayRun.decide(inputs, session, options, startedAt);
                    }
                });
    }

    private static PayInputs read(PayOptions options, LocalDate today) {
        List<Path> files = RunReader.expand(options.inputs());
        List<Path> all = new ArrayList<>(files);
        all.addAll(options.explicit().values());
        InputsSeen seen = InputsSeen.now(all);
        InputTables tables = InputTables.findForPayments(files, options.explicit());
        Map<ParameterName, String> paying = new EnumMap<>(ParameterName.class);
        paying.put(ParameterName.PAYMENTS, "Yes");
        InputTables.Found parametersTable = tables.table(TableKind.PARAMETERS).orElseThrow();
        ParametersReader.Read read = ParametersReader.readForPayments(parametersTable.source(),
                parametersTable.header(), paying, today);
        // a transfer cannot be asked for a day that has passed
        LocalDate paymentDate = options.paymentDate() != null ? options.paymentDate()
                : read.parameters().payments().paymentDate().isBefore(today) ? today
                : read.parameters().payments().paymentDate();
        if (paymentDate.isBefore(today)) {
            throw new RunRefused(RunProblem.of("--payment-date " + paymentDate + " has passed: a bank executes a "
                    + "transfer on a day to come"));
        }
        Parameters parameters = read.parameters().withPaymentsOn(paymentDate);
        Map<TableKind, Long> rows = new EnumMap<>(TableKind.class);
        rows.put(TableKind.PARAMETERS, read.rows());
        Map<CustomerRef, VendorLink> links = new HashMap<>();
        List<RowProblem> problems = new ArrayList<>();
        tables.table(TableKind.VENDOR_LINKS).ifPresent(found -> {
            long[] count = {0};
            problems.addAll(VendorLinksReader.read(found.source(), found.header(), parameters, link -> {
                count[0]++;
                links.putIfAbsent(link.customer(), link);
            }));
            rows.put(TableKind.VENDOR_LINKS, count[0]);
        });
        Map<CustomerRef, BankDetails> fromBalances = tables.table(TableKind.BALANCES)
                .map(found -> BankDetailsReader.read(found.source(), found.header(), parameters.legalEntity()))
                .orElse(Map.of());
        rows.put(TableKind.BALANCES, (long) fromBalances.size());
        return new PayInputs(parameters, links, fromBalances, RunReader.describeInputs(tables, rows, seen), problems);
    }

    private static RunResult decide(PayInputs inputs, RegisterSession session, PayOptions options, Instant startedAt) {
        if (session == null) {
            throw new RunRefused(RunProblem.of("reimburse pay needs the register: it pays the invoices it recorded"));
        }
        List<RegisterSession.UnpaidInvoice> unpaid = session.unpaid(options.runs(), options.invoices(),
                inputs.parameters().language());
        if (unpaid.isEmpty()) {
            throw new RunRefused(RunProblem.of(options.runs().isEmpty() && options.invoices().isEmpty()
                    ? "nothing to pay: no invoice's payment was held back (name a run with --run to pay the "
                    + "invoices of a run made without payments)"
                    : "nothing to pay: every invoice of " + String.join(", ", options.runs()) + " is paid or voided"));
        }
        Map<String, BankDetails> recorded = new HashMap<>();
        List<Reimbursement> invoices = new ArrayList<>();
        Set<CustomerRef> customers = new LinkedHashSet<>();
        for (RegisterSession.UnpaidInvoice invoice : unpaid) {
            invoices.add(invoice.reimbursement());
            recorded.put(invoice.reimbursement().invoice(), invoice.recorded());
            customers.add(invoice.reimbursement().key().customer());
        }
        RegisterHistory history = new RegisterHistory(Map.of(), Map.of(), Map.of(), session.lastIbans(customers));
        Payments payments = new PaymentRules(inputs.parameters(), history).decide(invoices, inputs.links(),
                r -> inputs.fromBalances().getOrDefault(r.key().customer(), recorded.get(r.invoice())));
        String runId = Run.newRunId(startedAt);
        return new RunResult(runId, startedAt, Version.current(), inputs.parameters(), inputs.files(),
                new Decisions(List.of(), List.of(), Map.of(), List.of()), payments, inputs.problems(), 0, 0, false,
                RunKind.PAYMENT);
    }
}
