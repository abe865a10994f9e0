package io.reimburse.output;

import io.reimburse.model.Money;
import io.reimburse.model.Reimbursement;
import io.reimburse.model.RunResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code reimbursements.csv}: one row per reimbursement in a neutral format any system can import. */
public final class NeutralCsv {

    public static final String FILE = "reimbursements.csv";

    private NeutralCsv() {
    }

    public static WrittenFile write(RunResult result, Path folder) throws IOException {
        // with Summarize No, the dimension columns follow, named as in Dimensions
        List<String> dimensions = result.parameters().keyDimensions();
        try (CsvOutput csv = CsvOutput.create(folder.resolve(FILE), result.parameters())) {
            List<String> header = new ArrayList<>(List.of("LegalEntity", "CustomerAccount", "CustomerName", "Currency",
                    "Balance", "Amount", "VendorAccount", "OneTimeVendor", "Invoice", "TransactionDate", "DueDate",
                    "Description"));
            header.addAll(dimensions);
            csv.header(header.toArray(String[]::new));
            for (Reimbursement r : result.decisions().reimbursements()) {
                List<String> row = new ArrayList<>(List.of(r.key().legalEntity(), r.key().customerAccount(),
                        csv.text(r.customerName()), r.amount().currency(),
                        new Money(r.balance(), r.amount().currency()).plain(), r.amount().plain(), r.vendorAccount(),
                        r.oneTimeVendor().code(), r.invoice(), r.transactionDate().toString(), r.dueDate().toString(),
                        csv.text(r.description())));
                row.addAll(r.key().dimensions()); // identifiers, as DEFAULTDIMENSIONDISPLAYVALUE carries them
                csv.row(row.toArray(String[]::new));
            }
            return new WrittenFile(FILE, csv.rows());
        }
    }
}
