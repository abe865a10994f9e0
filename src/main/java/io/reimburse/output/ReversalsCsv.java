package io.reimburse.output;

import io.reimburse.model.Reimbursement;
import io.reimburse.model.Reversal;
import io.reimburse.model.ReversedInvoice;

import java.io.IOException;
import java.nio.file.Path;

/** {@code reversals.csv}: one row per reversed invoice, in the neutral format of {@code reimbursements.csv}. */
public final class ReversalsCsv {

    public static final String FILE = "reversals.csv";

    private ReversalsCsv() {
    }

    public static WrittenFile write(Reversal reversal, Path folder) throws IOException {
        try (CsvOutput csv = CsvOutput.create(folder.resolve(FILE), reversal.style())) {
            csv.header("LegalEntity", "CustomerAccount", "CustomerName", "Currency", "Amount", "VendorAccount",
                    "Invoice", "ReversedInvoice", "ReversedRun", "TransactionDate", "Paid", "Reason");
            for (ReversedInvoice line : reversal.invoices()) {
                Reimbursement r = line.original();
                csv.row(r.key().legalEntity(), r.key().customerAccount(), csv.text(r.customerName()),
                        r.amount().currency(), r.amount().plain(), r.vendorAccount(), line.reversalInvoice(),
                        r.invoice(), line.originalRun(), reversal.date().toString(), line.paid() ? "yes" : "no",
                        csv.text(reversal.reason()));
            }
            return new WrittenFile(FILE, csv.rows());
        }
    }
}
