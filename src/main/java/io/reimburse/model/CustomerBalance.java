package io.reimburse.model;

import java.math.BigDecimal;

/**
 * The net balance of one key, summed from its rows, with what the decision needs to know
 * about the customer. Negative = the company owes the customer.
 */
public record CustomerBalance(BalanceKey key, BigDecimal balance, String name, String customerGroup,
                              Blocked blocked, String vendorAccount, Address address, String iban,
                              String bic, boolean hasOpenDebitTransaction, int rowCount, SourceRef firstRow) {

    public BigDecimal creditAmount() {
        return balance.signum() < 0 ? balance.negate() : BigDecimal.ZERO;
    }
}
