package io.reimburse.run;

import io.reimburse.model.ErpTargets;
import io.reimburse.model.OutputTemplate;
import io.reimburse.model.RunKind;
import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;
import io.reimburse.model.RunResult;
import io.reimburse.output.D365InvoiceJournal;
import io.reimburse.output.D365PaymentJournal;
import io.reimburse.output.D365Vendors;
import io.reimburse.output.DocumentsCsv;
import io.reimburse.output.InputErrorsCsv;
import io.reimburse.output.Manifest;
import io.reimburse.output.ManifestEntry;
import io.reimburse.output.NeutralCsv;
import io.reimburse.output.PaymentsXml;
import io.reimburse.output.ReportWorkbook;
import io.reimburse.output.WrittenFile;
import io.reimburse.output.erp.D365Package;
import io.reimburse.output.erp.OdooImport;
import io.reimburse.output.erp.OracleFbdi;
import io.reimburse.output.erp.TemplateFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Writes every output of SPEC §5 (and §10 when Payments is Yes) into a folder; a dry run writes
 * only the report (a draft) and the manifest; a payment run (reimburse pay) the payment journal,
 * payments.xml, its report and the manifest. The report, the slowest file, is written on a
 * second thread while the CSV files are written on this one; the manifest, which hashes them
 * all, comes last.
 */
final class Outputs {

    static final String REPORT = "reimbursement-report.xlsx";
    static final String PAYMENT_REPORT = "payment-report.xlsx";

    private Outputs() {
    }

    static void write(RunResult result, Path folder, Clock clock) throws IOException {
        boolean payment = result.kind() == RunKind.PAYMENT;
        String reportFile = payment ? PAYMENT_REPORT : REPORT;
        CompletableFuture<Void> report = CompletableFuture.runAsync(() -> {
            try {
                ReportWorkbook.write(result, folder.resolve(reportFile));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<WrittenFile> written = new ArrayList<>();
        List<ManifestEntry> entries = new ArrayList<>();
        try {
            if (payment) {
                writePayments(result, folder, written);
            } else if (!result.dryRun()) {
                written.add(NeutralCsv.write(result, folder));
                writeErpTargets(result, folder, written);
                DocumentsCsv.write(result, folder).ifPresent(written::add);
                InputErrorsCsv.write(result, folder).ifPresent(written::add);
                if (result.parameters().payments().enabled()) {
                    writePayments(result, folder, written);
                }
            }
            // hashed for the manifest while the report is still being written, not after it
            for (WrittenFile file : written) {
                entries.add(ManifestEntry.of(file, folder));
            }
        } finally {
            awaitReport(report);
        }
        entries.add(ManifestEntry.of(new WrittenFile(reportFile, payment ? result.payments().all().size()
                : result.decisions().reimbursements().size()), folder));
        Manifest.write(result, clock.instant(), entries, folder);
    }

    /** The invoice files of each ERP target the parameters list (ErpTargets), from the same decisions. */
    private static void writeErpTargets(RunResult result, Path folder, List<WrittenFile> written) throws IOException {
        ErpTargets targets = result.parameters().erp().targets();
        boolean invoices = !result.decisions().reimbursements().isEmpty();
        if (targets.has(ErpTargets.Format.D365)) {
            written.addAll(D365InvoiceJournal.write(result, folder));
            written.addAll(D365Vendors.write(result, folder));
        }
        if (targets.has(ErpTargets.Format.D365_PACKAGE) && invoices) {
            written.add(D365Package.invoices(result, folder));
        }
        if (targets.has(ErpTargets.Format.ORACLE_FBDI) && invoices) {
            written.addAll(OracleFbdi.write(result, folder));
        }
        if (targets.has(ErpTargets.Format.ODOO)) {
            written.addAll(OdooImport.write(result, folder));
        }
        for (OutputTemplate template : targets.templates()) {
            if (written.stream().anyMatch(file -> file.name().equalsIgnoreCase(template.fileName()))) {
                throw new RunRefused(RunProblem.at(template.settings(), "FileName", "template " + template.name()
                        + " would write " + template.fileName() + ", a file this run writes already: name another"));
            }
            written.add(TemplateFile.write(template, result, folder));
        }
    }

    /** The payment files: the ERP targets' payment journals, and the bank's credit transfers. */
    private static void writePayments(RunResult result, Path folder, List<WrittenFile> written) throws IOException {
        ErpTargets targets = result.parameters().erp().targets();
        if (targets.has(ErpTargets.Format.D365)) {
            written.add(D365PaymentJournal.write(result, folder));
        }
        if (targets.has(ErpTargets.Format.D365_PACKAGE) && !result.payments().payable().isEmpty()) {
            written.add(D365Package.payments(result, folder));
        }
        PaymentsXml.write(result, folder).ifPresent(written::add);
    }

    private static void awaitReport(CompletableFuture<Void> report) throws IOException {
        try {
            report.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
