package io.reimburse.engine;

import io.reimburse.model.BalanceKey;
import io.reimburse.model.BalanceRow;
import io.reimburse.model.CustomerBalance;
import io.reimburse.model.CustomerRef;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

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

        aggregator.allRead(); // as a run does: the lookup tables go, the balances stay
        List<CustomerBalance> balances = new ArrayList<>(aggregator.balances());
        assertThat(balances).extracting(CustomerBalance::key).containsExactlyElementsOf(expected.keySet());
        for (CustomerBalance balance : balances) {
            assertThat(balance.balance()).as("%s", balance.key()).isEqualByComparingTo(expected.get(balance.key()));
            assertThat(balance.rowCount()).isEqualTo(rows.get(balance.key()));
        }
    }

    record Customer(String legalEntity, String account) {
    }

    /** Customers that share accounts across legal entities, accounts beyond Latin-1, several currencies each. */
    @Provide
    Arbitrary<List<Customer>> customers() {
        Arbitrary<String> entities = Arbitraries.of("USMF", "FR01", "DE01");
        Arbitrary<String> accounts = Arbitraries.oneOf(
                Arbitraries.integers().between(1, 400).map(i -> "C" + i),
                Arbitraries.of("Café-1", "東京-2", "😀", ""));
        return Combinators.combine(entities, accounts).as(Customer::new).list().ofMaxSize(1500);
    }

    @Property(tries = 60)
    void aCustomerIsOwedExactlyWhenOneOfItsKeysIsACredit(@ForAll("customers") List<Customer> rows,
                                                          @ForAll("customers") List<Customer> asked) {
        BalanceAggregator aggregator = new BalanceAggregator(false, true);
        int number = 2;
        for (Customer customer : rows) {
            BalanceRow row = row(customer.account(), number % 3 == 0 ? "12.50" : "-7.25")
                    .in(number % 2 == 0 ? "EUR" : "USD").at(number++).build();
            BalanceKey key = row.key();
            aggregator.add(new BalanceRow(row.source(), new BalanceKey(customer.legalEntity(), key.customerAccount(),
                    key.currency(), key.dimensions()), row.amount(), row.document(), row.invoice(), row.name(),
                    row.customerGroup(), row.blocked(), row.vendorAccount(), row.address(), row.party(),
                    row.bankDetails()));
        }
        aggregator.allRead();
        Set<CustomerRef> expected = new HashSet<>();
        aggregator.balances().stream().filter(balance -> balance.balance().signum() < 0)
                .forEach(credit -> expected.add(credit.key().customer()));

        Predicate<CustomerRef> owed = aggregator.owedCustomers();
        List<Customer> all = new ArrayList<>(rows);
        all.addAll(asked);
        for (Customer customer : all) {
            CustomerRef ref = new CustomerRef(customer.legalEntity(), customer.account());
            assertThat(owed.test(ref)).as("%s", ref).isEqualTo(expected.contains(ref));
        }
    }
}
