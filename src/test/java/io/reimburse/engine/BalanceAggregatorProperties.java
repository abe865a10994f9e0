package io.reimburse.engine;

import io.reimburse.model.BalanceKey;
import io.reimburse.model.CustomerBalance;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.reimburse.engine.TestBalances.key;
import static io.reimburse.engine.TestBalances.row;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compact sums of {@link BalanceAggregator} against plain BigDecimal arithmetic: whatever the
 * amounts (cents, sub-cent amounts, sums beyond a long, yen without decimals), each key's balance
 * is the exact sum of its rows, keys come in the order first met, and each key is there once.
 */
class BalanceAggregatorProperties {

    record Line(String account, String currency, BigDecimal amount) {
    }

    @Provide
    Arbitrary<List<Line>> lines() {
        Arbitrary<String> accounts = Arbitraries.integers().between(1, 3000).map(i -> String.format("C%05d", i));
        Arbitrary<String> currencies = Arbitraries.of("EUR", "JPY", "KWD");
        Arbitrary<BigDecimal> amounts = Arbitraries.oneOf(
                Arbitraries.longs().between(-10_000_000, 10_000_000).map(cents -> BigDecimal.valueOf(cents, 2)),
                Arbitraries.longs().between(-999_999, 999_999).map(units -> BigDecimal.valueOf(units, 4)),
                Arbitraries.bigIntegers().between(new BigDecimal("-1e25").toBigInteger(),
                        new BigDecimal("1e25").toBigInteger()).map(BigDecimal::new),
                Arbitraries.of(BigDecimal.valueOf(Long.MAX_VALUE), BigDecimal.valueOf(Long.MIN_VALUE),
                        new BigDecimal("0.00"), new BigDecimal("-0.001")));
        return Combinators.combine(accounts, currencies, amounts).as(Line::new).list().ofMaxSize(6000);
    }

    @Property(tries = 60)
    void eachKeyIsTheExactSumOfItsRowsInTheOrderFirstMet(@ForAll("lines") List<Line> lines) {
        BalanceAggregator aggregator = new BalanceAggregator(true, true);
        Map<BalanceKey, BigDecimal> expected = new LinkedHashMap<>();
        Map<BalanceKey, Integer> rows = new LinkedHashMap<>();
        int number = 2;
        for (Line line : lines) {
            aggregator.add(row(line.account(), line.amount().toPlainString()).in(line.currency())
                    .document("D" + number).at(number++).build());
            BalanceKey key = key(line.account(), line.currency());
            expected.merge(key, line.amount(), BigDecimal::add);
            rows.merge(key, 1, Integer::sum);
        }

        List<CustomerBalance> balances = new ArrayList<>(aggregator.balances());
        assertThat(balances).extracting(CustomerBalance::key).containsExactlyElementsOf(expected.keySet());
        for (CustomerBalance balance : balances) {
            assertThat(balance.balance()).as("%s", balance.key()).isEqualByComparingTo(expected.get(balance.key()));
            assertThat(balance.rowCount()).isEqualTo(rows.get(balance.key()));
        }
    }
}
