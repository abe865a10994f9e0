package io.reimburse.model;

/** How the balances are read: the sign of a credit, the decimal separator of text amounts, the text date pattern. */
public record ReadingParameters(BalanceSign balanceSign, DecimalSeparator decimalSeparator, String dateFormat) {
}
