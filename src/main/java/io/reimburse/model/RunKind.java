package io.reimburse.model;

/**
 * What a run of the register did: reimbursed (reimburse run), paid invoices of earlier runs
 * (reimburse pay), or reversed invoices of earlier runs (reimburse register void).
 */
public enum RunKind {
    REIMBURSEMENT, PAYMENT, REVERSAL;

    /** The word the register and the manifest keep. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
