package io.reimburse.model;

import java.math.BigDecimal;

/**
 * One row of the balances table, read and checked: at balance level the balance of a customer
 * in a currency, at transaction level one open transaction ({@code document} not null: its voucher,
 * else its invoice number; {@code invoice} is the invoice number beside a voucher, "" otherwise).
 * {@code amount} follows the credit-negative convention whatever the input's.
 */
public record BalanceRow(SourceRef source, BalanceKey key, BigDecimal amount, String document, String invoice,
                         String name, String customerGroup, Blocked blocked, String vendorAccount,
                         Address address, Party party, BankDetails bankDetails) {
}
