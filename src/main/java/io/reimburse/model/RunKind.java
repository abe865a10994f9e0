package io.reimburse.model;

/**
 * What a run of the register did: reimbursed (reimburse run), paid invoices of earlier runs
 * (reimburse pay), or reversed invoices of earlier runs (reimburse register void); a proposal
 * (reimburse propose) decided as a reimbursement run and recorded as a proposal, never as a run.
 */
public enum RunKind {
    REIMBURSEMENT, PAYMENT, REVERSAL, PROPOSAL;

    /** The word the register and the manifest keep. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
