package io.reimburse.model;

/** Why a key is not reimbursed: the stable codes of SPEC §4, in rule order. */
public enum SkipReason {
    NOT_SELECTED(false),
    INPUT_ERROR(true),
    DEBIT_BALANCE(false),
    ZERO_BALANCE(false),
    CUSTOMER_BLOCKED(true),
    OPEN_DEBIT_TRANSACTIONS(true),
    NO_EXCHANGE_RATE(true),
    BELOW_MINIMUM(true),
    VENDOR_BLOCKED(true),
    ALREADY_REIMBURSED(true),
    PENDING_REIMBURSEMENT(true);

    private final boolean listed;

    SkipReason(boolean listed) {
        this.listed = listed;
    }

    /** Listed one by one on the Skipped sheet; the others are only counted. */
    public boolean listed() {
        return listed;
    }
}
