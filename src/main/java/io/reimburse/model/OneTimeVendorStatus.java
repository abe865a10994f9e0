package io.reimburse.model;

/** Whether a reimbursement's vendor is the customer's own (NO), or a one-time vendor created or reused. */
public enum OneTimeVendorStatus {
    CREATED, REUSED, NO;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
