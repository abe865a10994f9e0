package io.reimburse.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** An exact amount in one ISO 4217 currency; never binary floating point. */
public record Money(BigDecimal amount, String currency) {

    /** Every ISO 4217 code Java knows with its minor-unit digits, looked up in a map: every balance row asks. */
    private static final java.util.Map<String, Integer> KNOWN = Currency.getAvailableCurrencies().stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Currency::getCurrencyCode,
                    currency -> Math.max(currency.getDefaultFractionDigits(), 0)));

    public Money {
        if (amount == null || currency == null) {
            throw new IllegalArgumentException("amount and currency are required");
        }
    }

    /** The number of minor-unit digits of an ISO 4217 code: EUR 2, JPY 0, KWD 3. */
    public static int minorDigits(String currency) {
        Integer digits = KNOWN.get(currency);
        if (digits == null) {
            throw new IllegalArgumentException("not an ISO 4217 currency code: " + currency);
        }
        return digits;
    }

    /** True when the code is a known ISO 4217 currency. */
    public static boolean isKnownCurrency(String code) {
        return code != null && KNOWN.containsKey(code);
    }


    /** The amount with exactly the currency's decimals, '.' as separator, no grouping: "1234.50". */
    public String plain() {
        return amount.setScale(minorDigits(currency), RoundingMode.UNNECESSARY).toPlainString();
    }

}
