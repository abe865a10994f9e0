package io.reimburse.engine;

import io.reimburse.model.Address;
import io.reimburse.model.BalanceKey;
import io.reimburse.model.Blocked;
import io.reimburse.model.CustomerBalance;
import io.reimburse.model.RowProblem;
import io.reimburse.model.SourceRef;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.reimburse.engine.TestBalances.customer;
import static io.reimburse.engine.TestBalances.key;
import static io.reimburse.engine.TestBalances.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Summing balance rows per key (SPEC §3.1, §3.5, Summarize of §3.2). */
class BalanceAggregatorTest {

    private static final boolean BALANCE_LEVEL = false;
    private static final boolean TRANSACTION_LEVEL = true;
    private static final boolean SUMMARIZE = true;
    private static final boolean BY_DIMENSIONS = false;

    // ---------------------------------------------------------------- Summarize

    @Test
    void noRowIsAddedOnceAllWereRead() {
        BalanceAggregator aggregator = new BalanceAggregator(BALANCE_LEVEL, SUMMARIZE);
        aggregator.add(row("C001", "-10.00").at(2).build());
        aggregator.allRead();

        assertThatThrownBy(() -> aggregator.add(row("C002", "-5.00").at(3).build()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(aggregator.balances()).extracting(CustomerBalance::key).containsExactly(key("C001", "EUR"));
    }

    @Test
    void summarizeAddsTheDimensionSetsOfACustomerIntoOneKey() {
        BalanceAggregator aggregator = new BalanceAggregator(BALANCE_LEVEL, SUMMARIZE);
        aggregator.add(row("C001", "-10.00").dimensions("CC10").at(2).build());
        aggregator.add(row("C001", "-5.50").dimensions("CC20").at(3).build());
        aggregator.add(row("C001", "-7.00").in("USD").dimensions("CC10").at(4).build());

        assertThat(aggregator.balances()).hasSize(2);
        CustomerBalance euros = balanceOf(aggregator, key("C001", "EUR"));
        assertThat(euros.balance()).isEqualByComparingTo("-15.50");
        assertThat(euros.rowCount()).isEqualTo(2);
        assertThat(balanceOf(aggregator, key("C001", "USD")).balance()).isEqualByComparingTo("-7.00");
        assertThat(aggregator.problems()).isEmpty();
        assertThat(aggregator.identicalDuplicates()).isZero();
    }

    @Test
    void withoutSummarizeEachDimensionSetKeepsItsOwnKey() {
        BalanceAggregator aggregator = new BalanceAggregator(BALANCE_LEVEL, BY_DIMENSIONS);
        aggregator.add(row("C001", "-10.00").dimensions("CC10", "P1").at(2).build());
        aggregator.add(row("C001", "-5.50").dimensions("CC20", "P1").at(3).build());
        aggregator.add(row("C001", "-1.00").dimensions("CC10", "P2").at(4).build());

        assertThat(aggregator.balances()).extracting(CustomerBalance::key).containsExactlyInAnyOrder(
                key("C001", "EUR", "CC10", "P1"), key("C001", "EUR", "CC20", "P1"), key("C001", "EUR", "CC10", "P2"));
        assertThat(balanceOf(aggregator, key("C001", "EUR", "CC20", "P1")).balance()).isEqualByComparingTo("-5.50");
        assertThat(aggregator.problems()).isEmpty();
    }

    @Test
    void withoutSummarizeTransactionsAreSummedPerDimensionSet() {
        BalanceAggregator aggregator = new BalanceAggregator(TRANSACTION_LEVEL, BY_DIMENSIONS);
        aggregator.add(row("C001", "-10.00").dimensions("CC10").document("INV-1").at(2).build());
        aggregator.add(row("C001", "-2.00").dimensions("CC10").document("INV-2").at(3).build());
        aggregator.add(row("C001", "-5.00").dimensions("CC20").document("INV-3").at(4).build());

        assertThat(balanceOf(aggregator, key("C001", "EUR", "CC10")).balance()).isEqualByComparingTo("-12.00");
        assertThat(balanceOf(aggregator, key("C001", "EUR", "CC20")).balance()).isEqualByComparingTo("-5.00");
    }

    @Test
    void customersAndLegalEntitiesAreSeparateKeys() {
        BalanceAggregator aggregator = new BalanceAggregator(BALANCE_LEVEL, SUMMARIZE);
        aggregator.add(row("C001", "-10.00").at(2).build());
        aggregator.add(row("C002", "-20.00").at(3).build());

        assertThat(aggregator.balances()).extracting(CustomerBalance::key)
                .containsExactlyInAnyOrder(key("C001", "EUR"), key("C002", "EUR"));
    }

    @Test
    void customersOwedMoneyAndBalancesNamingAVendorAreAskedOfTheKeys() {
        BalanceAggregator aggregator = new BalanceAggregator(BALANCE_LEVEL, SUMMARIZE);
        aggregator.add(row("C001", "-10.00").vendorAccount("V001").at(2).build());
        aggregator.add(row("C002", "20.00").vendorAccount("V002").at(3).build());
        aggregator.add(row("C003", "0.00").at(4).build());
        aggregator.add(row("C004", "-0.01").at(5).build());

        aggregator.allRead();
        assertThat(List.of("C001", "C002", "C003", "C004", "C005")).filteredOn(account -> aggregator.owedCustomers()
                .test(customer(account))).containsExactly("C001", "C004");
        assertThat(aggregator.withVendorAccount()).extracting(CustomerBalance::key)
                .containsExactly(key("C001", "EUR"), key("C002", "EUR"));
        assertThat(aggregator.balances()).hasSize(4);
    }

    // ---------------------------------------------------------------- transaction level

    @Test
    void transactionLevelSumsTheOpenTransactionsAndFlagsAnOpenDebit() {
        BalanceAggregator aggregator = new BalanceAggregator(TRANSACTION_LEVEL, SUMMARIZE);
        aggregator.add(row("C001", "-100.00").document("PAY-1").at(2).build());
        aggregator.add(row("C001", "30.00").document("INV-7").at(3).build());
        aggregator.add(row("C001", "-20.05").document("CN-2").at(4).build());

        CustomerBalance balance = balanceOf(aggregator, key("C001", "EUR"));
        assertThat(balance.balance()).isEqualByComparingTo("-90.05");
        assertThat(balance.hasOpenDebitTransaction()).isTrue();
        assertThat(balance.rowCount()).isEqualTo(3);
        assertThat(balance.firstRow()).isEqualTo(TestBalances.balancesRow(2));
    }

    @Test
    void transactionLevelWithOnlyCreditsHasNoOpenDebit() {
        BalanceAggregator aggregator = new BalanceAggregator(TRANSACTION_LEVEL, SUMMARIZE);
        aggregator.add(row("C001", "-100.00").document("PAY-1").at(2).build());
        aggregator.add(row("C001", "-0.01").document("CN-2").at(3).build());

        assertThat(balanceOf(aggregator, key("C001", "EUR")).hasOpenDebitTransaction()).isFalse();
    }

    @Test
    void openDebitIsPerCurrency() {
        BalanceAggregator aggregator = new BalanceAggregator(TRANSACTION_LEVEL, SUMMARIZE);
        aggregator.add(row("C001", "-100.00").document("PAY-1").at(2).build());
        aggregator.add(row("C001", "40.00").in("USD").document("INV-1").at(3).build());

        assertThat(balanceOf(aggregator, key("C001", "EUR")).hasOpenDebitTransaction()).isFalse();
        assertThat(balanceOf(aggregator, key("C001", "USD")).hasOpenDebitTransaction()).isTrue();
    }

    @Test
    void twoTransactionsOfTheSameAmountAreBothCounted() {
        BalanceAggregator aggregator = new BalanceAggregator(TRANSACTION_LEVEL, SUMMARIZE);
        aggregator.add(row("C001", "-25.00").document("PAY-1").at(2).build());
        aggregator.add(row("C001", "-25.00").document("PAY-2").at(3).build());

        assertThat(balanceOf(aggregator, key("C001", "EUR")).balance()).isEqualByComparingTo("-50.00");
        assertThat(aggregator.identicalDuplicates()).isZero();
        assertThat(aggregator.problems()).isEmpty();
    }

    @Test
    void aTransactionListedTwiceIsARowProblemNotSummedTwice() {
        BalanceAggregator aggregator = new BalanceAggregator(TRANSACTION_LEVEL, SUMMARIZE);
        aggregator.add(row("C001", "-25.00").document("PAY-1").at(2).build());
        aggregator.add(row("C002", "-25.00").document("PAY-1").at(3).build()); // another customer's
        aggregator.add(row("C001", "-25.0").document("PAY-1").at(4).build());

        assertThat(aggregator.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(4);
            assertThat(problem.customerAccount()).isEqualTo("C001");
            assertThat(problem.column()).isEqualTo("Document");
            assertThat(problem.message()).startsWith("duplicate document: an earlier row gives document PAY-1 for");
        });
        assertThat(balanceOf(aggregator, key("C002", "EUR")).balance()).isEqualByComparingTo("-25.00");
    }

    @Test
    void linesOfOneDocumentThatDifferInAmountOrDimensionsAreSummed() {
        BalanceAggregator aggregator = new BalanceAggregator(TRANSACTION_LEVEL, SUMMARIZE);
        aggregator.add(row("C001", "-25.00").document("PAY-1").at(2).build());
        aggregator.add(row("C001", "-10.00").document("PAY-1").at(3).build());
        aggregator.add(row("C002", "-25.00").document("INV-9").dimensions("CC10").at(4).build());
        aggregator.add(row("C002", "-25.00").document("INV-9").dimensions("CC20").at(5).build());

        assertThat(aggregator.problems()).isEmpty();
        assertThat(balanceOf(aggregator, key("C001", "EUR")).balance()).isEqualByComparingTo("-35.00");
        assertThat(balanceOf(aggregator, key("C002", "EUR")).balance()).isEqualByComparingTo("-50.00");
    }

    @Test
    void aRepeatIsFoundAmongManyTransactionsOfOneCustomer() {
        BalanceAggregator aggregator = new BalanceAggregator(TRANSACTION_LEVEL, SUMMARIZE);
        for (int i = 0; i < 20_000; i++) {
            aggregator.add(row("C001", "-1.00").document("PAY-" + i).at(2 + i).build());
        }
        aggregator.add(row("C001", "-1.00").document("PAY-7").at(30_000).build());

        assertThat(aggregator.problems()).singleElement().satisfies(problem -> assertThat(problem.row()).isEqualTo(30_000));
        assertThat(balanceOf(aggregator, key("C001", "EUR")).balance()).isEqualByComparingTo("-20000.00");
    }

    @Test
    void balanceLevelNeverFlagsAnOpenDebit() {
        BalanceAggregator aggregator = new BalanceAggregator(BALANCE_LEVEL, SUMMARIZE);
        aggregator.add(row("C001", "40.00").at(2).build());

        CustomerBalance balance = balanceOf(aggregator, key("C001", "EUR"));
        assertThat(balance.balance()).isEqualByComparingTo("40.00");
        assertThat(balance.hasOpenDebitTransaction()).isFalse();
    }

    @Test
    void sumKeepsTheCurrencyDecimalsExactly() {
        BalanceAggregator aggregator = new BalanceAggregator(TRANSACTION_LEVEL, SUMMARIZE);
        aggregator.add(row("C001", "-0.001").in("KWD").document("A").at(2).build());
        aggregator.add(row("C001", "-0.002").in("KWD").document("B").at(3).build());

        assertThat(balanceOf(aggregator, key("C001", "KWD")).balance()).isEqualTo(new BigDecimal("-0.003"));
    }

    // ---------------------------------------------------------------- customer details

    @Test
    void customerDetailsComeFromTheFirstRowThatHasThem() {
        Address address = new Address("1 Main Street", "10001", "New York", "NY", "US");
        BalanceAggregator aggregator = new BalanceAggregator(TRANSACTION_LEVEL, SUMMARIZE);
        aggregator.add(row("C001", "-10.00").document("A").at(2).build());
        aggregator.add(row("C001", "-10.00").document("B").name("Contoso").group("RETAIL").address(address)
                .iban("FR7630006000011234567890189").vendorAccount("V100").at(3).build());
        aggregator.add(row("C001", "-10.00").document("C").name("Other name").group("EXPORT").at(4).build());

        CustomerBalance balance = balanceOf(aggregator, key("C001", "EUR"));
        assertThat(balance.name()).isEqualTo("Contoso");
        assertThat(balance.customerGroup()).isEqualTo("RETAIL");
        assertThat(balance.address()).isEqualTo(address);
        assertThat(balance.bankDetails().iban()).isEqualTo("FR7630006000011234567890189");
        assertThat(balance.vendorAccount()).isEqualTo("V100");
        assertThat(aggregator.problems()).isEmpty();
    }

    // ---------------------------------------------------------------- duplicates at balance level

    @Test
    void identicalDuplicateBalanceRowIsIgnoredAndCounted() {
        BalanceAggregator aggregator = new BalanceAggregator(BALANCE_LEVEL, SUMMARIZE);
        aggregator.add(row("C001", "-10.00").at(2).build());
        aggregator.add(row("C001", "-10.0").at(7).build());

        CustomerBalance balance = balanceOf(aggregator, key("C001", "EUR"));
        assertThat(balance.balance()).isEqualByComparingTo("-10.00");
        assertThat(balance.rowCount()).isEqualTo(1);
        assertThat(aggregator.identicalDuplicates()).isEqualTo(1);
        assertThat(aggregator.problems()).isEmpty();
    }

    @Test
    void sameCustomerInAnotherCurrencyIsNoDuplicate() {
        BalanceAggregator aggregator = new BalanceAggregator(BALANCE_LEVEL, SUMMARIZE);
        aggregator.add(row("C001", "-10.00").at(2).build());
        aggregator.add(row("C001", "-10.00").in("USD").at(3).build());

        assertThat(aggregator.balances()).hasSize(2);
        assertThat(aggregator.identicalDuplicates()).isZero();
    }

    @Test
    void conflictingDuplicateBalanceRowIsARowProblemNamingBothRows() {
        BalanceAggregator aggregator = new BalanceAggregator(BALANCE_LEVEL, SUMMARIZE);
        aggregator.add(row("C001", "-10.00").at(2).build());
        aggregator.add(row("C001", "-12.00").at(9).build());

        assertThat(aggregator.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(TestBalances.BALANCES_FILE);
            assertThat(problem.row()).isEqualTo(9);
            assertThat(problem.column()).isEqualTo("Balance");
            assertThat(problem.value()).isEqualTo("-12.00");
            assertThat(problem.message()).contains(new SourceRef(TestBalances.BALANCES_FILE, null, 2).toString(),
                    "-10.00");
            assertThat(problem.legalEntity()).isEqualTo(TestBalances.LEGAL_ENTITY);
            assertThat(problem.customerAccount()).isEqualTo("C001");
        });
        assertThat(aggregator.identicalDuplicates()).isZero();
    }

    @Test
    void duplicateWithAnotherBlockedStatusIsAConflict() {
        BalanceAggregator aggregator = new BalanceAggregator(BALANCE_LEVEL, SUMMARIZE);
        aggregator.add(row("C001", "-10.00").at(2).build());
        aggregator.add(row("C001", "-10.00").blocked(Blocked.ALL).at(3).build());

        assertThat(aggregator.problems()).extracting(RowProblem::customerAccount).containsExactly("C001");
        assertThat(aggregator.identicalDuplicates()).isZero();
    }

    @Test
    void duplicateWithAnotherVendorAccountIsAConflict() {
        BalanceAggregator aggregator = new BalanceAggregator(BALANCE_LEVEL, SUMMARIZE);
        aggregator.add(row("C001", "-10.00").vendorAccount("V1").at(2).build());
        aggregator.add(row("C001", "-10.00").vendorAccount("V2").at(3).build());

        assertThat(aggregator.problems()).extracting(RowProblem::row).containsExactly(3L);
    }

    @Test
    void withoutSummarizeTheSameBalanceInTwoDimensionSetsIsNoDuplicate() {
        BalanceAggregator aggregator = new BalanceAggregator(BALANCE_LEVEL, BY_DIMENSIONS);
        aggregator.add(row("C001", "-10.00").dimensions("CC10").at(2).build());
        aggregator.add(row("C001", "-10.00").dimensions("CC20").at(3).build());

        assertThat(aggregator.balances()).hasSize(2);
        assertThat(aggregator.identicalDuplicates()).isZero();
        assertThat(aggregator.problems()).isEmpty();
    }

    // ---------------------------------------------------------------- conflicting details across rows

    @Test
    void conflictingVendorAccountAcrossTransactionRowsIsARowProblem() {
        BalanceAggregator aggregator = new BalanceAggregator(TRANSACTION_LEVEL, SUMMARIZE);
        aggregator.add(row("C001", "-10.00").document("A").vendorAccount("V100").at(2).build());
        aggregator.add(row("C001", "-10.00").document("B").at(3).build());
        aggregator.add(row("C001", "-10.00").document("C").vendorAccount("V200").at(4).build());

        assertThat(aggregator.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(4);
            assertThat(problem.column()).isEqualTo("VendorAccount");
            assertThat(problem.value()).isEqualTo("V200");
            assertThat(problem.message()).contains("V100");
            assertThat(problem.customerAccount()).isEqualTo("C001");
        });
    }

    @Test
    void conflictingBlockedStatusAcrossTransactionRowsIsARowProblem() {
        BalanceAggregator aggregator = new BalanceAggregator(TRANSACTION_LEVEL, SUMMARIZE);
        aggregator.add(row("C001", "-10.00").document("A").blocked(Blocked.NO).at(2).build());
        aggregator.add(row("C001", "-10.00").document("B").blocked(Blocked.PAYMENT).at(3).build());

        assertThat(aggregator.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo("Blocked");
            assertThat(problem.value()).isEqualTo("PAYMENT");
            assertThat(problem.message()).contains(TestBalances.balancesRow(2).toString(), "NO");
            assertThat(problem.customerAccount()).isEqualTo("C001");
        });
    }

    @Test
    void conflictingBlockedStatusAcrossSummarizedDimensionSetsIsARowProblem() {
        BalanceAggregator aggregator = new BalanceAggregator(BALANCE_LEVEL, SUMMARIZE);
        aggregator.add(row("C001", "-10.00").dimensions("CC10").at(2).build());
        aggregator.add(row("C001", "-10.00").dimensions("CC20").blocked(Blocked.ALL).at(3).build());

        assertThat(aggregator.problems()).extracting(RowProblem::column).containsExactly("Blocked");
    }

    @Test
    void sameDetailsOnEveryTransactionRowAreNoProblem() {
        BalanceAggregator aggregator = new BalanceAggregator(TRANSACTION_LEVEL, SUMMARIZE);
        aggregator.add(row("C001", "-10.00").document("A").blocked(Blocked.INVOICE).vendorAccount("V1").at(2).build());
        aggregator.add(row("C001", "-10.00").document("B").blocked(Blocked.INVOICE).vendorAccount("V1").at(3).build());

        assertThat(aggregator.problems()).isEmpty();
        assertThat(balanceOf(aggregator, key("C001", "EUR")).blocked()).isEqualTo(Blocked.INVOICE);
    }

    private static CustomerBalance balanceOf(BalanceAggregator aggregator, BalanceKey key) {
        List<CustomerBalance> found = aggregator.balances().stream().filter(b -> b.key().equals(key)).toList();
        assertThat(found).as("balances of %s", key).hasSize(1);
        return found.get(0);
    }
}
