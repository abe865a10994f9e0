package io.reimburse.model;

import java.math.BigDecimal;

/**
 * The net balance of one key, summed from its rows, with what the decision needs to know
 * about the customer. Negative = the company owes the customer. At transaction level
 * {@code documents} are its rows' documents, which a reimbursement settles.
 */
public record CustomerBalance(BalanceKey key, BigDecimal balance, String name, String customerGroup,
                              Blocked blocked, String vendorAccount, Address address, Party party,
                              BankDetails bankDetails, boolean hasOpenDebitTransaction, int rowCount, SourceRef table,
                              long firstRowNumber, SettledDocuments documents) {

    /**
     * The first row of the key, made when asked (a row problem): a million balances are made and
     * read more than once in a run, and most never need it.
     */
    public SourceRef firstRow() {
        return new SourceRef(table.file(), table.sheet(), firstRowNumber);
    }

    /** A balance of an organization read at balance level: no documents. */
    public CustomerBalance(BalanceKey key, BigDecimal balance, String name, String customerGroup, Blocked blocked,
                           String vendorAccount, Address address, BankDetails bankDetails,
                           boolean hasOpenDebitTransaction, int rowCount, SourceRef firstRow) {
        this(key, balance, name, customerGroup, blocked, vendorAccount, address, Party.ORGANIZATION, bankDetails,
                hasOpenDebitTransaction, rowCount, new SourceRef(firstRow.file(), firstRow.sheet(), 0), firstRow.row(),
                SettledDocuments.NONE);
    }

    public BigDecimal creditAmount() {
        return balance.signum() < 0 ? balance.negate() : BigDecimal.ZERO;
    }
}
