package io.reimburse.model;

import java.util.Map;

/**
 * What the inputs show of the ERP's postings: the invoices of a posted-journal or
 * vendor-transactions export, and, at transaction level, the balances' documents that carry one of
 * this tool's invoice numbers (the posted reimbursement is then among the customer's transactions).
 *
 * @param exported            posting marks read from an ERP export, by invoice
 * @param documentsInBalances per customer, the documents of its balance rows that look like
 *                            reimbursement invoices, with the row that shows each
 */
public record PostingEvidence(Map<String, PostedMark> exported,
                              Map<CustomerRef, Map<String, SourceRef>> documentsInBalances) {

    public static final PostingEvidence NONE = new PostingEvidence(Map.of(), Map.of());
}
