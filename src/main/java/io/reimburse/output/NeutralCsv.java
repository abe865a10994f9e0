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
            String[] row = new String[header.size()]; // one array for all rows: the writer copies out at once
            for (Reimbursement r : result.decisions().reimbursements()) {
                row[0] = r.key().legalEntity();
                row[1] = r.key().customerAccount();
                row[2] = csv.text(r.customerName());
                row[3] = r.amount().currency();
                row[4] = new Money(r.balance(), r.amount().currency()).plain();
                row[5] = r.amount().plain();
                row[6] = r.vendorAccount();
                row[7] = r.oneTimeVendor().code();
                row[8] = r.invoice();
                row[9] = r.transactionDate().toString();
                row[10] = r.dueDate().toString();
                row[11] = csv.text(r.description());
                for (int i = 0; i < dimensions.size(); i++) {
                    row[12 + i] = r.key().dimensions().get(i); // identifiers, as DEFAULTDIMENSIONDISPLAYVALUE carries them
                }
                csv.row(row);
            }
            return new WrittenFile(FILE, csv.rows());
        }
    }
}
