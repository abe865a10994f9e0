package io.reimburse.output.erp;

import io.reimburse.model.FbdiParameters;
import io.reimburse.model.OneTimeVendor;
import io.reimburse.model.Reimbursement;
import io.reimburse.model.Reversal;
import io.reimburse.model.ReversedInvoice;
import io.reimburse.model.RunResult;
import io.reimburse.output.CsvOutput;
import io.reimburse.output.D365InvoiceJournal;
import io.reimburse.output.DocumentNumbers;
import io.reimburse.output.WrittenFile;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Oracle Fusion Cloud Payables' <em>Import Payables Invoices</em> files (target {@code oracle-fbdi}):
 * ApInvoicesInterface.csv and ApInvoiceLinesInterface.csv in one zip, as the upload to the UCM account
 * fin/payables/import expects: no header row, the control files' column order, comma-separated, UTF-8,
 * dates YYYY/MM/DD. Each reimbursement is a STANDARD invoice of one ITEM line charged to
 * FbdiDistributionCombination, header and line joined by INVOICE_ID (their position in the file). A
 * refund to a customer that is no supplier is a payment request in Oracle, which this interface does
 * not carry (it has no party columns): the one-time vendors are written as suppliers to create first,
 * PozSuppliersInt.csv in a zip of its own (Supplier Import, UCM account prc/supplier/import). A reversal
 * run writes credit memos (CREDIT, the amount negative) for the invoices it reverses.
 */
public final class OracleFbdi {

    public static final String INVOICES = "oracle-fbdi-invoices.zip";
    public static final String SUPPLIERS = "oracle-fbdi-suppliers.zip";
    public static final String CREDIT_MEMOS = "oracle-fbdi-credit-memos.zip";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    /** One invoice of the files: a reimbursement, or a credit memo reversing one. */
    private record Invoice(Reimbursement reimbursement, String number, String type, String amount, LocalDate date,
                           String description, String importSet) {
    }

    private OracleFbdi() {
    }

    /** The invoices and, when the run creates one-time vendors, the suppliers to create. */
    public static List<WrittenFile> write(RunResult result, Path folder) throws IOException {
        String importSet = DocumentNumbers.INVOICE_JOURNAL.of(result.parameters().numbering().invoicePrefix(),
                result.decisions().reimbursements().get(0).invoice());
        List<Invoice> invoices = new ArrayList<>();
        for (Reimbursement r : result.decisions().reimbursements()) {
            invoices.add(new Invoice(r, r.invoice(), "STANDARD", r.amount().plain(), r.transactionDate(),
                    r.description(), importSet));
        }
        List<WrittenFile> written = new ArrayList<>();
        boolean guard = result.parameters().output().csvFormulaGuard();
        written.add(invoices(folder.resolve(INVOICES), invoices, result.parameters().erp().fbdi(), guard,
                result.parameters().transactionDate()));
        if (!result.decisions().oneTimeVendors().isEmpty()) {
            written.add(suppliers(folder.resolve(SUPPLIERS), result, guard));
        }
        return written;
    }

    /** The credit memos of a reversal run, with the Oracle values of the reversed invoices' run. */
    public static WrittenFile reversal(Reversal reversal, FbdiParameters fbdi, Path folder) throws IOException {
        List<Invoice> memos = new ArrayList<>();
        for (ReversedInvoice line : reversal.invoices()) {
            Reimbursement r = line.original();
            memos.add(new Invoice(r, line.reversalInvoice(), "CREDIT", "-" + r.amount().plain(), reversal.date(),
                    D365InvoiceJournal.reversalText(reversal.style().language(), r.invoice(),
                            reversal.reason()), line.journalBatch()));
        }
        return invoices(folder.resolve(CREDIT_MEMOS), memos, fbdi, reversal.style().csvFormulaGuard(),
                reversal.date());
    }

    private static WrittenFile invoices(Path file, List<Invoice> invoices, FbdiParameters fbdi, boolean guard,
                                        LocalDate date) throws IOException {
        try (DatedZip zip = new DatedZip(file, date)) {
            try (CsvOutput csv = csv(zip, FbdiFile.INVOICES, guard)) {
                int id = 0;
                for (Invoice invoice : invoices) {
                    Reimbursement r = invoice.reimbursement();
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("INVOICE_ID", Integer.toString(++id));
                    row.put("OPERATING_UNIT", fbdi.businessUnit());
                    row.put("SOURCE", fbdi.source());
                    row.put("INVOICE_NUM", invoice.number());
                    row.put("INVOICE_AMOUNT", invoice.amount());
                    row.put("INVOICE_DATE", DATE.format(invoice.date()));
                    row.put("VENDOR_NUM", r.vendorAccount());
                    row.put("VENDOR_SITE_CODE", fbdi.supplierSite());
                    row.put("INVOICE_CURRENCY_CODE", r.amount().currency());
                    row.put("DESCRIPTION", csv.text(invoice.description()));
                    row.put("GROUP_ID", invoice.importSet());
                    row.put("INVOICE_TYPE_LOOKUP_CODE", invoice.type());
                    row.put("TERMS_NAME", fbdi.paymentTerms());
                    row.put("GL_DATE", DATE.format(invoice.date()));
                    row.put("PAYMENT_METHOD_CODE", fbdi.paymentMethod());
                    csv.row(FbdiFile.INVOICES.row(row));
                }
            }
            try (CsvOutput csv = csv(zip, FbdiFile.INVOICE_LINES, guard)) {
                int id = 0;
                for (Invoice invoice : invoices) {
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("INVOICE_ID", Integer.toString(++id));
                    row.put("LINE_NUMBER", "1");
                    row.put("LINE_TYPE_LOOKUP_CODE", "ITEM");
                    row.put("AMOUNT", invoice.amount());
                    row.put("DESCRIPTION", csv.text(invoice.description()));
                    row.put("DIST_CODE_CONCATENATED", fbdi.distributionCombination());
                    row.put("ACCOUNTING_DATE", DATE.format(invoice.date()));
                    csv.row(FbdiFile.INVOICE_LINES.row(row));
                }
            }
        }
        return new WrittenFile(file.getFileName().toString(), invoices.size());
    }

    /**
     * The one-time vendors as suppliers to create (CREATE, spend authorized, one-time), numbered with
     * their vendor account, typed with OneTimeVendorGroup, and naming the customer they refund.
     */
    private static WrittenFile suppliers(Path file, RunResult result, boolean guard) throws IOException {
        List<OneTimeVendor> vendors = result.decisions().oneTimeVendors();
        try (DatedZip zip = new DatedZip(file, result.parameters().transactionDate());
             CsvOutput csv = csv(zip, FbdiFile.SUPPLIERS, guard)) {
            for (OneTimeVendor vendor : vendors) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("IMPORT_ACTION", "CREATE");
                row.put("VENDOR_NAME", csv.text(vendor.name().isEmpty() ? vendor.customer().customerAccount()
                        : vendor.name()));
                row.put("SEGMENT1", vendor.account());
                row.put("VENDOR_TYPE_LOOKUP_CODE", vendor.vendorGroup());
                row.put("BUSINESS_RELATIONSHIP", "SPEND_AUTHORIZED");
                row.put("ONE_TIME_FLAG", "Y");
                row.put("CUSTOMER_NUM", vendor.customer().customerAccount());
                csv.row(FbdiFile.SUPPLIERS.row(row));
            }
        }
        return new WrittenFile(SUPPLIERS, vendors.size());
    }

    /** No header row; LF line ends: the loader reads a CR as part of the last column. */
    private static CsvOutput csv(DatedZip zip, FbdiFile file, boolean guard) throws IOException {
        return CsvOutput.over(new OutputStreamWriter(zip.entry(file.file()), StandardCharsets.UTF_8), ',', "\n", false,
                guard);
    }
}
