package io.reimburse.output.erp;

import io.reimburse.model.ErpParameters.PackageFormat;
import io.reimburse.model.Reversal;
import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;
import io.reimburse.model.RunResult;
import io.reimburse.output.D365Fields;
import io.reimburse.output.D365InvoiceJournal;
import io.reimburse.output.D365PaymentJournal;
import io.reimburse.output.D365Vendors;
import io.reimburse.output.DocumentNumbers;
import io.reimburse.output.WrittenFile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The Dynamics 365 data packages (target {@code d365-package}): zips that Data management imports in
 * one step with <em>Import package</em>, each holding PackageHeader.xml, Manifest.xml and one file per
 * entity. The invoice package sequences Vendors V2 (the one-time vendors, when the run creates any)
 * before the invoice journal header, and the header before its lines: levels 1, 2 and 3 of one
 * execution unit. The payment journal is a package of its own, imported once the invoices are posted;
 * a reversal run's journal too. The entity files are those of the {@code d365} target, in the
 * package's source format (D365PackageFormat).
 */
public final class D365Package {

    public static final String INVOICE_PACKAGE = "d365-invoice-package.zip";
    public static final String PAYMENT_PACKAGE = "d365-payment-package.zip";
    public static final String REVERSAL_PACKAGE = "d365-reversal-package.zip";

    /** The entity of each file the d365 writers make, and its level in the execution unit. */
    private static final Map<String, D365Fields> ENTITIES = Map.of(
            D365Vendors.FILE, D365Fields.VENDOR,
            D365InvoiceJournal.HEADER_FILE, D365Fields.INVOICE_JOURNAL_HEADER,
            D365InvoiceJournal.LINES_FILE, D365Fields.INVOICE_JOURNAL_LINE,
            D365InvoiceJournal.REVERSAL_HEADER_FILE, D365Fields.INVOICE_JOURNAL_HEADER,
            D365InvoiceJournal.REVERSAL_LINES_FILE, D365Fields.INVOICE_JOURNAL_LINE,
            D365PaymentJournal.FILE, D365Fields.PAYMENT_JOURNAL_LINE);

    private D365Package() {
    }

    /** The one-time vendors and the invoice journal; its rows are the invoice lines. */
    public static WrittenFile invoices(RunResult result, Path folder) throws IOException {
        String group = DocumentNumbers.INVOICE_JOURNAL.of(result.parameters().numbering().invoicePrefix(),
                result.decisions().reimbursements().get(0).invoice());
        try (PackageZip zip = open(folder.resolve(INVOICE_PACKAGE), result.parameters().transactionDate(), result)) {
            if (!result.decisions().oneTimeVendors().isEmpty()) {
                if (D365Vendors.byLegalEntity(result.decisions().oneTimeVendors()).size() > 1) {
                    // a package is imported into one company, and Vendors V2 has no company field
                    throw new RunRefused(RunProblem.of("ErpTargets d365-package: a data package is imported into "
                            + "one company, and this run creates one-time vendors for several legal entities ("
                            + String.join(", ", D365Vendors.byLegalEntity(result.decisions().oneTimeVendors())
                            .keySet()) + "): run each legal entity on its own, or use the d365 target"));
                }
                D365Vendors.write(result, zip);
            }
            List<WrittenFile> journal = D365InvoiceJournal.write(result, zip);
            zip.finish(group, "Customer reimbursements " + group);
            return new WrittenFile(INVOICE_PACKAGE, journal.get(1).rows());
        }
    }

    /** The payment journal of the payable reimbursements; its rows are the payment lines. */
    public static WrittenFile payments(RunResult result, Path folder) throws IOException {
        String group = DocumentNumbers.PAYMENT_JOURNAL.of(result.parameters().numbering().invoicePrefix(),
                result.payments().payable().get(0).reimbursement().invoice());
        try (PackageZip zip = open(folder.resolve(PAYMENT_PACKAGE), result.parameters().payments().paymentDate(),
                result)) {
            WrittenFile journal = D365PaymentJournal.write(result, zip);
            zip.finish(group, "Reimbursement payments " + group);
            return new WrittenFile(PAYMENT_PACKAGE, journal.rows());
        }
    }

    /** A reversal run's journal, in the package format of the reversed invoices' run. */
    public static WrittenFile reversal(Reversal reversal, PackageFormat format, Path folder) throws IOException {
        String group = reversal.invoices().get(0).journalBatch();
        try (PackageZip zip = new PackageZip(folder.resolve(REVERSAL_PACKAGE), format, reversal.date(), ENTITIES,
                reversal.style().csvFormulaGuard())) {
            List<WrittenFile> journal = D365InvoiceJournal.writeReversal(reversal, zip);
            zip.finish(group, "Reversal of customer reimbursements " + group);
            return new WrittenFile(REVERSAL_PACKAGE, journal.get(1).rows());
        }
    }

    private static PackageZip open(Path file, LocalDate date, RunResult result) throws IOException {
        return new PackageZip(file, result.parameters().erp().packageFormat(), date, ENTITIES,
                result.parameters().output().csvFormulaGuard());
    }
}
