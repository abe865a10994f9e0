package io.reimburse.output;

import io.reimburse.model.Parameters;
import io.reimburse.model.Reimbursement;
import io.reimburse.model.RunResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The vendor invoice journal in the Dynamics 365 data management format: one journal
 * ({@code vendor-invoice-journal-header.csv}) per legal entity and its lines
 * ({@code vendor-invoice-journal.csv}): vendor account credited with the amount, customer
 * account as offset, so that importing and posting clears the customer's credit and opens the
 * vendor's debt. The batch number is the invoice prefix, "J" and the journal's first invoice
 * number ({@link DocumentNumbers}).
 */
public final class D365InvoiceJournal {

    public static final String HEADER_FILE = "vendor-invoice-journal-header.csv";
    public static final String LINES_FILE = "vendor-invoice-journal.csv";

    private D365InvoiceJournal() {
    }

    public static List<WrittenFile> write(RunResult result, Path folder) throws IOException {
        Parameters parameters = result.parameters();
        Map<String, List<Reimbursement>> byLegalEntity = DocumentNumbers.byLegalEntity(
                result.decisions().reimbursements(), r -> r);
        List<WrittenFile> written = new ArrayList<>();
        try (CsvOutput csv = CsvOutput.create(folder.resolve(HEADER_FILE), parameters)) {
            csv.header(D365Fields.INVOICE_JOURNAL_HEADER.header("JournalBatchNumber", "JournalName", "Description"));
            for (Map.Entry<String, List<Reimbursement>> entity : byLegalEntity.entrySet()) {
                csv.row(batchNumber(parameters, entity.getValue()), parameters.journalName(),
                        csv.text(description(parameters, entity.getKey())));
            }
            written.add(new WrittenFile(HEADER_FILE, csv.rows()));
        }
        try (CsvOutput csv = CsvOutput.create(folder.resolve(LINES_FILE), parameters)) {
            csv.header(D365Fields.INVOICE_JOURNAL_LINE.header("JournalBatchNumber", "LineNumber", "Company",
                    "AccountType", "AccountDisplayValue", "Invoice", "Document", "InvoiceDate", "Date", "DueDate",
                    "Currency", "Credit", "Description", "OffsetAccountType", "OffsetCompany",
                    "OffsetAccountDisplayValue", "MethodOfPayment"));
            for (List<Reimbursement> lines : byLegalEntity.values()) {
                String batch = batchNumber(parameters, lines);
                int lineNumber = 0;
                for (Reimbursement r : lines) {
                    csv.row(batch, Integer.toString(++lineNumber), r.key().legalEntity(), "Vend", r.vendorAccount(),
                            r.invoice(), r.invoice(), r.transactionDate().toString(), r.transactionDate().toString(),
                            r.dueDate().toString(), r.amount().currency(), r.amount().plain(),
                            csv.text(r.description()), "Cust", r.key().legalEntity(), r.key().customerAccount(),
                            parameters.methodOfPayment());
                }
            }
            written.add(new WrittenFile(LINES_FILE, csv.rows()));
        }
        return written;
    }

    private static String batchNumber(Parameters parameters, List<Reimbursement> lines) {
        return DocumentNumbers.INVOICE_JOURNAL.of(parameters.invoicePrefix(), lines.get(0).invoice());
    }

    private static String description(Parameters parameters, String legalEntity) {
        String entity = legalEntity.isEmpty() ? "" : " " + legalEntity;
        return switch (parameters.language()) {
            case FR -> "Remboursements clients" + entity + ", soldes au " + parameters.balanceDate();
            case EN -> "Customer reimbursements" + entity + ", balances of " + parameters.balanceDate();
        };
    }
}
