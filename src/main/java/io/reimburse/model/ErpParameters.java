package io.reimburse.model;

import java.util.Map;

/**
 * What the ERP files carry that the balances do not: the invoice journal's name, the method of
 * payment (MethodOfPayment, and MethodOfPayment.XXX for the invoices and payments in XXX), and the
 * vendor group of the one-time vendors created.
 */
public record ErpParameters(String journalName, String methodOfPayment, Map<String, String> methodOfPaymentByCurrency,
                            String oneTimeVendorGroup) {

    public ErpParameters {
        methodOfPaymentByCurrency = Map.copyOf(methodOfPaymentByCurrency);
    }

    /** The method of payment of an invoice or payment in {@code currency}. */
    public String methodOfPayment(String currency) {
        return methodOfPaymentByCurrency.getOrDefault(currency, methodOfPayment);
    }
}
