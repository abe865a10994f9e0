package io.reimburse.output;

import io.reimburse.model.Money;
import io.reimburse.model.Reimbursement;
import io.reimburse.model.RunResult;
import io.reimburse.model.SettledDocument;
import io.reimburse.model.SettledDocuments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code reimbursement-documents.csv}, at transaction level: for each reimbursement, the open
 * transactions (documents) of the balances it settles, for the accountant to settle them in the ERP.
 */
public final class DocumentsCsv {

    public static final String FILE = "reimbursement-documents.csv";

    private DocumentsCsv() {
    }

    /** Whether the run's reimbursements settle documents (the balances were open transactions). */
    public static boolean applies(List<Reimbursement> reimbursements) {
        return reimbursements.stream().anyMatch(r -> r.documents() != SettledDocuments.NONE);
    }

    public static Optional<WrittenFile> write(RunResult result, Path folder) throws IOException {
        if (!applies(result.decisions().reimbursements())) {
            return Optional.empty();
        }
        try (CsvOutput csv = CsvOutput.create(folder.resolve(FILE), result.parameters())) {
            csv.header("Invoice", "LegalEntity", "CustomerAccount", "Currency", "Document", "Amount");
            for (Reimbursement r : result.decisions().reimbursements()) {
                for (SettledDocument document : r.documents().list()) {
                    csv.row(r.invoice(), r.key().legalEntity(), r.key().customerAccount(), r.amount().currency(),
                            document.document(), new Money(document.amount(), r.amount().currency()).plain());
                }
            }
            return Optional.of(new WrittenFile(FILE, csv.rows()));
        }
    }
}
