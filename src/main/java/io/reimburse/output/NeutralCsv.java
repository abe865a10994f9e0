package io.reimburse.output;

import io.reimburse.model.Money;
import io.reimburse.model.Reimbursement;
import io.reimburse.model.RunResult;

import java.io.IOException;
import java.nio.file.Path;

/** {@code reimbursements.csv}: one row per reimbursement in a neutral format any system can import. */
public final class NeutralCsv {

    public static final String FILE = "reimbursements.csv";

    private NeutralCsv() {
    }

    public static WrittenFile write(RunResult result, Path folder) throws IOException {
        try (CsvOutput csv = CsvOutput.create(folder.resolve(FILE), result.parameters())) {
            csv.header("LegalEntity", "CustomerAccount", "CustomerName", "Currency", "Balance", "Amount",
                    "VendorAccount", "OneTimeVendor", "Invoice", "TransactionDate", "DueDate", "Description");
            for (Reimbursement r : result.decisions().reimbursements()) {
                csv.row(r.key().legalEntity(), r.key().customerAccount(), csv.text(r.customerName()),
                        r.amount().currency(),
                        new Money(r.balance(), r.amount().currency()).plain(),
                        r.amount().plain(), r.vendorAccount(), r.oneTimeVendor().code(), r.invoice(),
                        r.transactionDate().toString(), r.dueDate().toString(), csv.text(r.description()));
            }
            return new WrittenFile(FILE, csv.rows());
        }
    }
}
