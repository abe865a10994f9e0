package io.reimburse.model;

/** A vendor account created for a customer that has none, to carry its reimbursement: an organization or a person. */
public record OneTimeVendor(String account, CustomerRef customer, String name, Address address, Party party,
                            String vendorGroup, String currency) {
}
