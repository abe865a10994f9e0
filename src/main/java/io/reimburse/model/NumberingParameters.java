package io.reimburse.model;

/** The number schemes: invoices and one-time vendors, each a prefix and the next number the parameters ask for. */
public record NumberingParameters(String invoicePrefix, long invoiceNextNumber, String oneTimeVendorPrefix,
                                  long oneTimeVendorNextNumber) {
}
