package io.reimburse.model;

/**
 * What the ERP files carry that the balances do not: the invoice journal's name, the method of
 * payment, and the vendor group of the one-time vendors created.
 */
public record ErpParameters(String journalName, String methodOfPayment, String oneTimeVendorGroup) {
}
