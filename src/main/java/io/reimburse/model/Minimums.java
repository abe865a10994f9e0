package io.reimburse.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Rules 6 and 7's parameters: the minimum reimbursement in the accounting currency, the minimum
 * per other currency (MinimumReimbursement.XXX, in XXX), and the rates to compare a credit in
 * another currency with the minimum (ExchangeRate.XXX: 1 XXX in the accounting currency).
 */
public record Minimums(BigDecimal minimumReimbursement, Map<String, BigDecimal> byCurrency,
                       Map<String, BigDecimal> exchangeRates) {

    public Optional<BigDecimal> minimumFor(String currency) {
        return Optional.ofNullable(byCurrency.get(currency));
    }

    public Optional<BigDecimal> exchangeRateFor(String currency) {
        return Optional.ofNullable(exchangeRates.get(currency));
    }
}
