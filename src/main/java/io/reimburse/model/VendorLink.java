package io.reimburse.model;

/** A customer's own vendor account, from the vendor-links table or the balances table. */
public record VendorLink(CustomerRef customer, String vendorAccount, String vendorName, BankDetails bankDetails,
                         Blocked vendorBlocked, SourceRef source) {
}
