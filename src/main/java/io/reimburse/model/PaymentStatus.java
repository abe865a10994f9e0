package io.reimburse.model;

/** Whether a reimbursement can go into the payment file, and if not why: the codes of SPEC §10. */
public enum PaymentStatus {
    PAYABLE, NO_BANK_DETAILS, BAD_BANK_DETAILS, BANK_DETAILS_CHANGED
}
