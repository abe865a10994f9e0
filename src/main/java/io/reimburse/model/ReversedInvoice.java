package io.reimburse.model;

/**
 * A reimbursement invoice of an earlier run that is voided and reversed: the ERP imported it, so a
 * reversing line gives the credit back to the customer and cancels the vendor's debt.
 *
 * @param original        the invoice as its run wrote it
 * @param reversalInvoice the reversing document's number: the run's invoice prefix, "R" and the
 *                        original's digits ("RMB-R000002"); an invoice is reversed once, so it never repeats
 * @param journalBatch    the number of the reversing journal it goes into ("RMB-V000002")
 * @param paid            a payment file carried it: reversing the invoice does not recall the transfer
 * @param methodOfPayment the method of payment its run wrote
 * @param dimensionDisplay its dimension set as its run wrote it for the ERP ("" when summarized)
 */
public record ReversedInvoice(Reimbursement original, String originalRun, String reversalInvoice, String journalBatch,
                              boolean paid, String methodOfPayment, String dimensionDisplay) {
}
