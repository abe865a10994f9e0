package io.reimburse.output;

import io.reimburse.model.Parameters;
import io.reimburse.model.Payment;
import io.reimburse.model.PaymentParameters;
import io.reimburse.model.Reimbursement;
import io.reimburse.model.RunResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code vendor-payment-journal.csv}: the Dynamics 365 Vendor payment journal line entity, one
 * line per payable reimbursement (a payee held back for its bank details is paid later, by
 * {@code reimburse pay}, and must not be paid by this journal meanwhile): vendor debited with the
 * amount, the reimbursement invoice marked for settlement, the company bank account as offset, on
 * the payment date. One journal per legal entity, numbered like the invoice journal with "P" and
 * its first invoice.
 */
public final class D365PaymentJournal {

    public static final String FILE = "vendor-payment-journal.csv";

    private D365PaymentJournal() {
    }

    public static WrittenFile write(RunResult result, Path folder) throws IOException {
        return write(result, CsvFiles.in(folder, result.parameters().output()));
    }

    /** The file, made by {@code out}. */
    public static WrittenFile write(RunResult result, CsvFiles out) throws IOException {
        Parameters parameters = result.parameters();
        PaymentParameters payments = parameters.payments();
        Map<String, List<Payment>> byLegalEntity = DocumentNumbers.byLegalEntity(result.payments().payable(),
                Payment::reimbursement);
        try (CsvOutput csv = out.create(FILE)) {
            csv.header(D365Fields.PAYMENT_JOURNAL_LINE.header("JournalBatchNumber", "LineNumber", "Company",
                    "AccountType", "AccountDisplayValue", "TransactionDate", "CurrencyCode", "DebitAmount",
                    "PaymentMethodName", "PaymentReference", "TransactionText", "MarkedInvoice",
                    "MarkedInvoiceCompany", "OffsetAccountType", "OffsetCompany", "OffsetAccountDisplayValue"));
            for (List<Payment> lines : byLegalEntity.values()) {
                String batch = DocumentNumbers.PAYMENT_JOURNAL.of(parameters.numbering().invoicePrefix(),
                        lines.get(0).reimbursement().invoice());
                int lineNumber = 0;
                for (Payment payment : lines) {
                    Reimbursement r = payment.reimbursement();
                    String legalEntity = r.key().legalEntity();
                    csv.row(batch, Integer.toString(++lineNumber), legalEntity, "Vend", r.vendorAccount(),
                            payments.paymentDate().toString(), r.amount().currency(), r.amount().plain(),
                            parameters.erp().methodOfPayment(r.amount().currency()), r.invoice(), csv.text(payment.remittance()), r.invoice(),
                            legalEntity, "Bank", legalEntity, payments.bankAccount());
                }
            }
            return new WrittenFile(FILE, csv.rows());
        }
    }
}
