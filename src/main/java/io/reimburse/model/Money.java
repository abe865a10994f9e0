package io.reimburse.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** An exact amount in one ISO 4217 currency; never binary floating point. */
public record Money(BigDecimal amount, String currency) {

    /** Every ISO 4217 code Java knows, looked up in a set: the balances' rows each ask. */
    private static final java.util.Set<String> KNOWN = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(java.util.stream.Collectors.toUnmodifiableSet());

    public Money {
        if (amount == null || currency == null) {
            throw new IllegalArgumentException("amount and currency are required");
        }
    }

    /** The number of minor-unit digits of an ISO 4217 code: EUR 2, JPY 0, KWD 3. */
    public static int minorDigits(String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return Math.max(digits, 0);
    }

    /** True when the code is a known ISO 4217 currency. */
    public static boolean isKnownCurrency(String code) {
        return code != null && KNOWN.contains(code);
    }


    /** The amount with exactly the currency's decimals, '.' as separator, no grouping: "1234.50". */
    public String plain() {
        return amount.setScale(minorDigits(currency), RoundingMode.UNNECESSARY).toPlainString();
    }

}
