package io.reimburse.run;

import io.reimburse.input.TableKind;
import io.reimburse.model.CustomerBalance;
import io.reimburse.model.CustomerRef;
import io.reimburse.model.HandedOver;
import io.reimburse.model.InputFile;
import io.reimburse.model.Parameters;
import io.reimburse.model.PostingEvidence;
import io.reimburse.model.RowProblem;
import io.reimburse.model.VendorLink;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything read from the inputs, before any decision: the read stage's result.
 *
 * @param heldBackNames the names the balance rows with problems gave their customers
 * @param postings      what the inputs show of the ERP's postings (an export of posted invoices, the
 *                      reimbursement invoices among the balances' documents)
 */
record RunInputs(Parameters parameters, HandedOver<List<CustomerBalance>> aggregated, Map<CustomerRef, VendorLink> links,
                 List<RowProblem> problems, Map<CustomerRef, String> heldBackNames, int totalLines,
                 int duplicateRows, List<InputFile> files, PostingEvidence postings) {

    RunInputs(Parameters parameters, List<CustomerBalance> balances, Map<CustomerRef, VendorLink> links,
              List<RowProblem> problems, Map<CustomerRef, String> heldBackNames, int totalLines,
              int duplicateRows, List<InputFile> files, PostingEvidence postings) {
        this(parameters, new HandedOver<>(balances, "the balances were handed over to the decisions already"), links, problems, heldBackNames, totalLines, duplicateRows, files,
                postings);
    }

    /** One aggregated balance per key, until they are handed to the decisions ({@link #takeBalances()}). */
    List<CustomerBalance> balances() {
        return aggregated.peek();
    }

    /** The balances, handed to the decisions: the inputs keep them no longer ({@link HandedOver}). */
    List<CustomerBalance> takeBalances() {
        return aggregated.take();
    }

    /** The file that held the balances table. */
    Optional<InputFile> balancesFile() {
        return files.stream().filter(f -> f.tables().stream().anyMatch(t -> t.role().equals(TableKind.BALANCES.role())))
                .findFirst();
    }
}
