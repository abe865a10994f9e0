package io.reimburse.output;

import io.reimburse.model.Language;
import io.reimburse.model.ListViews;
import io.reimburse.model.Parameters;
import io.reimburse.model.Reimbursement;
import io.reimburse.model.Reversal;
import io.reimburse.model.ReversedInvoice;
import io.reimburse.model.RunResult;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The vendor invoice journal in the Dynamics 365 data management format: one journal
 * ({@code vendor-invoice-journal-header.csv}) per legal entity and its lines
 * ({@code vendor-invoice-journal.csv}): vendor account credited with the amount, customer
 * account as offset, so that importing and posting clears the customer's credit and opens the
 * vendor's debt. The batch number is the invoice prefix, "J" and the journal's first invoice
 * number ({@link DocumentNumbers}). A reversal run writes the same journal the other way round
 * ({@code reversal-journal-header.csv}, {@code reversal-journal.csv}): the vendor debited, the
 * customer's credit given back, each line a document of its own that names the invoice it reverses.
 */
public final class D365InvoiceJournal {

    public static final String HEADER_FILE = "vendor-invoice-journal-header.csv";
    public static final String LINES_FILE = "vendor-invoice-journal.csv";
    public static final String REVERSAL_HEADER_FILE = "reversal-journal-header.csv";
    public static final String REVERSAL_LINES_FILE = "reversal-journal.csv";

    /** One line of a journal, as written: credited for an invoice, debited for its reversal. */
    private record Line(Reimbursement reimbursement, String invoice, String document, LocalDate date,
                        LocalDate dueDate, String description, String methodOfPayment, String dimensions) {
    }

    /** A journal of one legal entity. */
    private record Journal(String batchNumber, String description, List<Line> lines) {
    }

    /**
     * How the two files are written; {@code amountField} is Credit for invoices, Debit for their reversal;
     * {@code dimensions}: the lines carry a dimension set (Summarize is No).
     */
    private record Files(String header, String lines, String amountField, String journalName, boolean dimensions) {
    }

    private D365InvoiceJournal() {
    }

    public static List<WrittenFile> write(RunResult result, Path folder) throws IOException {
        return write(result, CsvFiles.in(folder, result.parameters().output()));
    }

    /** The journal, its files made by {@code out}. */
    public static List<WrittenFile> write(RunResult result, CsvFiles out) throws IOException {
        Parameters parameters = result.parameters();
        List<Journal> journals = new ArrayList<>();
        DocumentNumbers.byLegalEntity(result.decisions().reimbursements(), r -> r).forEach((entity, reimbursements) -> {
            // each line made when written: 300,000 line objects and descriptions at once were a tenth of a bounded heap
            List<Line> lines = ListViews.madeWhenRead(reimbursements.size(), i -> line(reimbursements.get(i), parameters));
            journals.add(new Journal(DocumentNumbers.INVOICE_JOURNAL.of(parameters.numbering().invoicePrefix(),
                    reimbursements.get(0).invoice()), description(parameters.language(), entity,
                    parameters.balanceDate()), lines));
        });
        return write(out, journals, new Files(HEADER_FILE, LINES_FILE, "Credit", parameters.erp().journalName(),
                !parameters.keyDimensions().isEmpty()));
    }

    private static Line line(Reimbursement r, Parameters parameters) {
        return new Line(r, r.invoice(), r.invoice(), r.transactionDate(), r.dueDate(), r.description(),
                parameters.erp().methodOfPayment(r.amount().currency()),
                parameters.dimensions().displayValue(r.key().dimensions()));
    }

    /** The reversing journal of a reversal run: one per legal entity, on the reversal's date. */
    public static List<WrittenFile> writeReversal(Reversal reversal, Path folder) throws IOException {
        return writeReversal(reversal, CsvFiles.in(folder, reversal.style()));
    }

    /** The reversing journal, its files made by {@code out}. */
    public static List<WrittenFile> writeReversal(Reversal reversal, CsvFiles out) throws IOException {
        Map<String, List<ReversedInvoice>> byEntity = new LinkedHashMap<>();
        reversal.invoices().forEach(line -> byEntity.computeIfAbsent(line.original().key().legalEntity(),
                entity -> new ArrayList<>()).add(line));
        Language language = reversal.style().language();
        List<Journal> journals = new ArrayList<>();
        byEntity.forEach((entity, reversed) -> {
            List<Line> lines = ListViews.madeWhenRead(reversed.size(), i -> {
                ReversedInvoice line = reversed.get(i);
                return new Line(line.original(), line.reversalInvoice(), line.original().invoice(), reversal.date(),
                        reversal.date(), reversalText(language, line.original().invoice(), reversal.reason()),
                        line.methodOfPayment(), line.dimensionDisplay());
            });
            String what = language == Language.FR ? "Annulation de remboursements clients" : "Reversal of customer "
                    + "reimbursements";
            journals.add(new Journal(reversed.get(0).journalBatch(), what + (entity.isEmpty() ? "" : " " + entity)
                    + " (" + reversal.runId() + ")", lines));
        });
        return write(out, journals, new Files(REVERSAL_HEADER_FILE, REVERSAL_LINES_FILE, "Debit",
                reversal.journalName(), reversal.invoices().stream().anyMatch(line -> !line.dimensionDisplay().isEmpty())));
    }

    /** The line text of a reversing document: the invoice it reverses and why. */
    public static String reversalText(Language language, String invoice, String reason) {
        return language == Language.FR ? "Annulation de la facture " + invoice + " : " + reason
                : "Reversal of invoice " + invoice + ": " + reason;
    }

    private static List<WrittenFile> write(CsvFiles out, List<Journal> journals, Files files) throws IOException {
        List<WrittenFile> written = new ArrayList<>();
        try (CsvOutput csv = out.create(files.header())) {
            csv.header(D365Fields.INVOICE_JOURNAL_HEADER.header("JournalBatchNumber", "JournalName", "Description"));
            for (Journal journal : journals) {
                csv.row(journal.batchNumber(), files.journalName(), csv.text(journal.description()));
            }
            written.add(new WrittenFile(files.header(), csv.rows()));
        }
        try (CsvOutput csv = out.create(files.lines())) {
            List<String> fields = new ArrayList<>(List.of("JournalBatchNumber", "LineNumber", "Company", "AccountType",
                    "AccountDisplayValue", "Invoice", "Document", "InvoiceDate", "Date", "DueDate", "Currency",
                    files.amountField(), "Description", "OffsetAccountType", "OffsetCompany",
                    "OffsetAccountDisplayValue", "MethodOfPayment"));
            if (files.dimensions()) {
                fields.add("DefaultDimensionDisplayValue");
            }
            csv.header(D365Fields.INVOICE_JOURNAL_LINE.header(fields.toArray(String[]::new)));
            for (Journal journal : journals) {
                int lineNumber = 0;
                for (Line line : journal.lines()) {
                    Reimbursement r = line.reimbursement();
                    String[] row = {journal.batchNumber(), Integer.toString(++lineNumber), r.key().legalEntity(),
                            "Vend", r.vendorAccount(), line.invoice(), line.document(), line.date().toString(),
                            line.date().toString(), line.dueDate().toString(), r.amount().currency(),
                            r.amount().plain(), csv.text(line.description()), "Cust", r.key().legalEntity(),
                            r.key().customerAccount(), line.methodOfPayment(), line.dimensions()};
                    csv.row(files.dimensions() ? row : java.util.Arrays.copyOf(row, row.length - 1));
                }
            }
            written.add(new WrittenFile(files.lines(), csv.rows()));
        }
        return written;
    }

    private static String description(Language language, String legalEntity, LocalDate balanceDate) {
        String entity = legalEntity.isEmpty() ? "" : " " + legalEntity;
        return switch (language) {
            case FR -> "Remboursements clients" + entity + ", soldes au " + balanceDate;
            case EN -> "Customer reimbursements" + entity + ", balances of " + balanceDate;
        };
    }
}
