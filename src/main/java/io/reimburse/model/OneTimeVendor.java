package io.reimburse.model;

/** A vendor account created for a customer that has none, to carry its reimbursement. */
public record OneTimeVendor(String account, CustomerRef customer, String name, Address address,
                            String vendorGroup, String currency) {
}
