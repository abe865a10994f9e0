package io.reimburse.register;

/**
 * A reimbursement as the register keeps it (the Reimbursement page's line).
 *
 * @param state    {@code pending} until the ERP has posted it, then {@code posted}; or {@code voided}
 * @param postedOn the date the ERP posted it on or before, "" while pending
 * @param payment  {@code PAYABLE} once a payment file carried it, else the status that held it back
 *                 ("" when no run prepared its payment)
 */
public record RegisterReimbursement(String invoice, String runId, String state, String legalEntity,
                                    String customer, String customerName, String currency, String dimensions,
                                    String amount, String vendor, String oneTimeVendor, String balanceDate,
                                    String transactionDate, String postedOn, String payment) {
}
