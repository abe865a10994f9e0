package io.reimburse.model;

/**
 * What Oracle Fusion Payables' invoice import needs and a balance export lacks (parameters Fbdi*):
 * the business unit, the import source, the supplier site the invoices are for, the distribution
 * combination (the account a refund is charged to), and, optionally, the payment method and terms.
 */
public record FbdiParameters(String businessUnit, String source, String supplierSite, String distributionCombination,
                             String paymentMethod, String paymentTerms) {

    public static final FbdiParameters NONE = new FbdiParameters("", "", "", "", "", "");
}
