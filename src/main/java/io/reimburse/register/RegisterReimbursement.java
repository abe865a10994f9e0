package io.reimburse.register;

/** A reimbursement as the register keeps it (the Reimbursement page's line). */
public record RegisterReimbursement(String invoice, String runId, String runStatus, String legalEntity,
                                    String customer, String customerName, String currency, String dimensions,
                                    String amount, String vendor, String oneTimeVendor, String balanceDate,
                                    String transactionDate) {
}
