package io.reimburse.model;

/**
 * A customer's account in one currency: the unit the register's rules compare (a reimbursement
 * of the same customer and currency, whatever its dimension set).
 */
public record CustomerCurrency(CustomerRef customer, String currency) {

    public static CustomerCurrency of(BalanceKey key) {
        return new CustomerCurrency(key.customer(), key.currency());
    }
}
