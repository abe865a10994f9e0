package io.reimburse.engine;

import io.reimburse.model.Address;
import io.reimburse.model.BalanceKey;
import io.reimburse.model.BankDetails;
import io.reimburse.model.Blocked;
import io.reimburse.model.CustomerBalance;
import io.reimburse.model.CustomerRef;
import io.reimburse.model.Decisions;
import io.reimburse.model.HeldBack;
import io.reimburse.model.Language;
import io.reimburse.model.OneTimeVendor;
import io.reimburse.model.OneTimeVendorStatus;
import io.reimburse.model.Parameters;
import io.reimburse.model.PostingEvidence;
import io.reimburse.model.Reimbursement;
import io.reimburse.model.RunRefused;
import io.reimburse.model.Skip;
import io.reimburse.model.SkipReason;
import io.reimburse.model.VendorLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.reimburse.engine.Decided.reimbursementOf;
import static io.reimburse.engine.Decided.skipOf;
import static io.reimburse.engine.TestBalances.balance;
import static io.reimburse.engine.TestBalances.customer;
import static io.reimburse.engine.TestBalances.key;
import static io.reimburse.engine.TestBalances.link;
import static io.reimburse.engine.TestBalances.row;
import static io.reimburse.engine.TestParameters.parameters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The decision rules of SPEC §4, one by one, then their order, vendors and numbering. */
class ReimbursementRulesTest {

    // ---------------------------------------------------------------- the minimum, in the accounting currency

    @Test
    void customerExactlyAtMinimumIsReimbursed() {
        Decisions decisions = decide(parameters().minimum("10.00"), balance("C001", "-10.00"));

        Reimbursement reimbursement = reimbursementOf(decisions, key("C001", "EUR"));
        assertThat(reimbursement.amount().amount()).isEqualByComparingTo("10.00");
        assertThat(reimbursement.amount().currency()).isEqualTo("EUR");
    }

    @Test
    void oneCentBelowMinimumIsSkippedBelowMinimum() {
        Decisions decisions = decide(parameters().minimum("10.00"), balance("C001", "-9.99"));

        assertThat(reasonFor(decisions, key("C001", "EUR"))).isEqualTo(SkipReason.BELOW_MINIMUM);
    }

    @Test
    void belowMinimumSkipExplainsCreditAndMinimum() {
        Decisions decisions = decide(parameters().minimum("10.00"), balance("C001", "-9.99"));

        Skip skip = skipOf(decisions, key("C001", "EUR"));
        assertThat(skip.balance()).isEqualByComparingTo("-9.99");
        assertThat(skip.detail()).contains("9.99 EUR", "10.00 EUR");
    }

    @Test
    void zeroMinimumReimbursesEveryCredit() {
        Decisions decisions = decide(parameters().minimum("0"), balance("C001", "-0.01"));

        assertThat(reimbursementOf(decisions, key("C001", "EUR")).amount().amount()).isEqualByComparingTo("0.01");
    }

    // ---------------------------------------------------------------- rule 3: balance >= 0

    @Test
    void zeroBalanceIsZeroBalance() {
        Decisions decisions = decide(parameters().minimum("0"), balance("C001", "0.00"));

        assertThat(reasonFor(decisions, key("C001", "EUR"))).isEqualTo(SkipReason.ZERO_BALANCE);
    }

    @Test
    void debitBalanceIsDebitBalance() {
        Decisions decisions = decide(parameters(), balance("C001", "250.00"));

        assertThat(reasonFor(decisions, key("C001", "EUR"))).isEqualTo(SkipReason.DEBIT_BALANCE);
    }

    @Test
    void debitAndZeroBalancesAreCountedNotListed() {
        Decisions decisions = decide(parameters(), balance("C001", "250.00"), balance("C002", "0"));

        assertThat(decisions.skipCounts()).containsEntry(SkipReason.DEBIT_BALANCE, 1)
                .containsEntry(SkipReason.ZERO_BALANCE, 1);
        assertThat(decisions.listedSkips()).isEmpty();
    }

    // ---------------------------------------------------------------- rule 4: customer blocked

    @ParameterizedTest
    @EnumSource(value = Blocked.class, names = {"ALL", "PAYMENT"})
    void customerBlockedForAllOrPaymentIsCustomerBlocked(Blocked blocked) {
        Decisions decisions = decide(parameters(), balance("C001", "-50.00").blocked(blocked));

        assertThat(reasonFor(decisions, key("C001", "EUR"))).isEqualTo(SkipReason.CUSTOMER_BLOCKED);
        assertThat(skipOf(decisions, key("C001", "EUR")).detail())
                .isEqualTo("The customer is blocked (" + (blocked == Blocked.ALL ? "All" : "Payment") + ").");
    }

    @Test
    void aBlockingStatusIsNamedInTheReportsLanguage() {
        Decisions decisions = decide(parameters().language(Language.FR),
                balance("C001", "-50.00").blocked(Blocked.PAYMENT));

        assertThat(skipOf(decisions, key("C001", "EUR")).detail()).isEqualTo("Le client est bloqué (Paiement).");
    }

    @ParameterizedTest
    @EnumSource(value = Blocked.class, names = {"NO", "INVOICE", "NEVER", "REQUISITION"})
    void customerBlockedOnlyForInvoiceNeverOrRequisitionIsReimbursed(Blocked blocked) {
        Decisions decisions = decide(parameters(), balance("C001", "-50.00").blocked(blocked));

        assertThat(reimbursementOf(decisions, key("C001", "EUR")).amount().amount()).isEqualByComparingTo("50.00");
    }

    // ---------------------------------------------------------------- rule 5: open debit transactions

    @Test
    void openDebitTransactionSkipsTheCustomerWhenDebitCustomersAreNotIncluded() {
        Decisions decisions = decide(parameters().includeCustomersWithDebitTransactions(false),
                balance("C001", "-80.00").withOpenDebitTransaction());

        assertThat(reasonFor(decisions, key("C001", "EUR"))).isEqualTo(SkipReason.OPEN_DEBIT_TRANSACTIONS);
    }

    @Test
    void openDebitTransactionDoesNotMatterWhenDebitCustomersAreIncluded() {
        Decisions decisions = decide(parameters().includeCustomersWithDebitTransactions(true),
                balance("C001", "-80.00").withOpenDebitTransaction());

        assertThat(reimbursementOf(decisions, key("C001", "EUR")).amount().amount()).isEqualByComparingTo("80.00");
    }

    @Test
    void screenedCreditsAreDecidedOnceAndTheirBankDetailsKeptApartBefore() {
        ReimbursementRules rules = new ReimbursementRules(TestParameters.defaults(), RegisterState.NONE);
        ReimbursementRules.Screened screened = rules.screen(List.of(
                balance("C001", "-50.00").bankDetails("FR7630006000011234567890189", "AGRIFRPP").build(),
                balance("C002", "-60.00").build(), balance("C003", "20.00").build()), Map.of(), Map.of());

        Map<BalanceKey, BankDetails> bankDetails = screened.bankDetails();
        Decisions decisions = rules.decide(screened, Map.of(), PostingEvidence.NONE);

        assertThat(bankDetails).containsOnlyKeys(key("C001", "EUR"));
        assertThat(bankDetails.get(key("C001", "EUR")).iban()).isEqualTo("FR7630006000011234567890189");
        assertThat(decisions.reimbursements()).extracting(Reimbursement::key)
                .containsExactly(key("C001", "EUR"), key("C002", "EUR"));
        // handed over: the decision let the credits go, a second decision from them is a mistake, said so
        assertThatThrownBy(() -> rules.decide(screened, Map.of(), PostingEvidence.NONE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("decided already");
        assertThatThrownBy(screened::bankDetails).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void openDebitTransactionsOfTheAggregatorReachTheRule() {
        BalanceAggregator aggregator = new BalanceAggregator(true, true);
        aggregator.add(row("C001", "-100.00").document("INV-1").at(2).build());
        aggregator.add(row("C001", "30.00").document("INV-2").at(3).build());
        aggregator.add(row("C002", "-40.00").document("INV-3").at(4).build());

        Decisions decisions = new ReimbursementRules(TestParameters.defaults(), RegisterState.NONE)
                .decide(aggregator.balances(), Map.of(), Map.of());

        assertThat(reasonFor(decisions, key("C001", "EUR"))).isEqualTo(SkipReason.OPEN_DEBIT_TRANSACTIONS);
        assertThat(reimbursementOf(decisions, key("C002", "EUR")).amount().amount()).isEqualByComparingTo("40.00");
    }

    /**
     * SPEC §3.2: "No = a customer with any open debit transaction in that currency is skipped". With
     * Summarize = No the customer's keys are split by dimension set, but the debit transaction is still
     * the customer's, in that currency.
     */
    @Test
    void openDebitTransactionInOneDimensionSetSkipsTheCustomerInThatCurrency() {
        BalanceAggregator aggregator = new BalanceAggregator(true, false);
        aggregator.add(row("C001", "-100.00").dimensions("CC10").document("INV-1").at(2).build());
        aggregator.add(row("C001", "30.00").dimensions("CC10").document("INV-2").at(3).build());
        aggregator.add(row("C001", "-50.00").dimensions("CC20").document("INV-3").at(4).build());

        Decisions decisions = new ReimbursementRules(parameters().byDimensions("CostCenter").build(),
                RegisterState.NONE).decide(aggregator.balances(), Map.of(), Map.of());

        assertThat(reasonFor(decisions, key("C001", "EUR", "CC10"))).isEqualTo(SkipReason.OPEN_DEBIT_TRANSACTIONS);
        assertThat(reasonFor(decisions, key("C001", "EUR", "CC20"))).isEqualTo(SkipReason.OPEN_DEBIT_TRANSACTIONS);
    }

    // ---------------------------------------------------------------- rules 6 and 7: foreign currencies

    @Test
    void foreignCurrencyWithItsOwnMinimumIsComparedInThatCurrency() {
        Decisions decisions = decide(parameters().minimum("10.00").minimum("USD", "50.00"),
                balance("C001", "-50.00").in("USD"), balance("C002", "-49.99").in("USD"));

        assertThat(reimbursementOf(decisions, key("C001", "USD")).amount().currency()).isEqualTo("USD");
        assertThat(reasonFor(decisions, key("C002", "USD"))).isEqualTo(SkipReason.BELOW_MINIMUM);
        assertThat(skipOf(decisions, key("C002", "USD")).detail()).contains("50.00 USD");
    }

    @Test
    void foreignCurrencyOwnMinimumWinsOverItsExchangeRate() {
        // 20 USD x 0.90 = 18 EUR would pass the EUR minimum; the USD minimum of 50 does not
        Decisions decisions = decide(parameters().minimum("10.00").minimum("USD", "50.00").exchangeRate("USD", "0.90"),
                balance("C001", "-20.00").in("USD"));

        assertThat(reasonFor(decisions, key("C001", "USD"))).isEqualTo(SkipReason.BELOW_MINIMUM);
    }

    @Test
    void foreignCurrencyWithExchangeRateReachingTheMinimumExactlyIsReimbursed() {
        // 12.50 USD x 0.8 = 10.000 EUR: equal counts
        Decisions decisions = decide(parameters().minimum("10.00").exchangeRate("USD", "0.8"),
                balance("C001", "-12.50").in("USD"));

        Reimbursement reimbursement = reimbursementOf(decisions, key("C001", "USD"));
        assertThat(reimbursement.amount().amount()).isEqualByComparingTo("12.50");
        assertThat(reimbursement.amount().currency()).isEqualTo("USD");
    }

    @Test
    void foreignCurrencyWithExchangeRateOneCentShortIsBelowMinimum() {
        // 12.49 USD x 0.8 = 9.992 EUR
        Decisions decisions = decide(parameters().minimum("10.00").exchangeRate("USD", "0.8"),
                balance("C001", "-12.49").in("USD"));

        assertThat(reasonFor(decisions, key("C001", "USD"))).isEqualTo(SkipReason.BELOW_MINIMUM);
    }

    @Test
    void convertedCreditIsComparedExactlyWithoutRounding() {
        // 30.00 x 0.333333 = 9.99999 EUR: rounded to cents it would be 10.00 and pass
        Decisions decisions = decide(parameters().minimum("10.00").exchangeRate("USD", "0.333333"),
                balance("C001", "-30.00").in("USD"), balance("C002", "-30.01").in("USD"));

        assertThat(reasonFor(decisions, key("C001", "USD"))).isEqualTo(SkipReason.BELOW_MINIMUM);
        assertThat(reimbursementOf(decisions, key("C002", "USD")).amount().amount()).isEqualByComparingTo("30.01");
    }

    @Test
    void aConvertedCreditBelowTheMinimumShowsItsValueRoundedDownSoItStaysBelow() {
        // 55.55 x 0.9 = 49.995 EUR: rounded half up it would show 50.00 EUR, "below 50.00 EUR"
        Decisions decisions = decide(parameters().minimum("50.00").exchangeRate("USD", "0.9"),
                balance("C001", "-55.55").in("USD"));

        assertThat(skipOf(decisions, key("C001", "USD")).detail()).isEqualTo("Credit 55.55 USD = 49.99 EUR "
                + "(ExchangeRate.USD 0.9, rounded down), below the minimum reimbursement 50.00 EUR.");
    }

    @Test
    void aConversionWithoutRoundingDoesNotSaySo() {
        // 10.00 x 0.8 = 8.000 EUR exactly
        Decisions decisions = decide(parameters().minimum("10.00").exchangeRate("USD", "0.8"),
                balance("C001", "-10.00").in("USD"));

        assertThat(skipOf(decisions, key("C001", "USD")).detail()).isEqualTo("Credit 10.00 USD = 8.00 EUR "
                + "(ExchangeRate.USD 0.8), below the minimum reimbursement 10.00 EUR.");
    }

    @Test
    void frenchSentencesWriteAmountsWithADecimalCommaAndThinSpacesBetweenThousands() {
        Decisions decisions = decide(parameters().language(Language.FR).minimum("2000.00").exchangeRate("USD", "0.9"),
                balance("C001", "-1999.99"), balance("C002", "-1234.56").in("USD"));

        assertThat(skipOf(decisions, key("C001", "EUR")).detail())
                .isEqualTo("Le crédit de 1\u202F999,99 EUR est inférieur au remboursement minimal de 2\u202F000,00 EUR.");
        assertThat(skipOf(decisions, key("C002", "USD")).detail()).isEqualTo("Crédit de 1\u202F234,56 USD = "
                + "1\u202F111,10 EUR (taux de change USD 0,9, arrondi à l'inférieur), sous le remboursement minimal de "
                + "2\u202F000,00 EUR.");
    }

    @Test
    void foreignCurrencyWithNeitherMinimumNorRateIsNoExchangeRate() {
        Decisions decisions = decide(parameters().minimum("10.00").exchangeRate("GBP", "1.15"),
                balance("C001", "-5000.00").in("USD"));

        assertThat(reasonFor(decisions, key("C001", "USD"))).isEqualTo(SkipReason.NO_EXCHANGE_RATE);
        assertThat(skipOf(decisions, key("C001", "USD")).detail()).contains("USD", "EUR");
    }

    @Test
    void accountingCurrencyNeedsNoExchangeRate() {
        Decisions decisions = decide(parameters().accountingCurrency("USD").minimum("10.00"),
                balance("C001", "-10.00").in("USD"), balance("C002", "-10.00").in("EUR"));

        assertThat(reimbursementOf(decisions, key("C001", "USD")).amount().currency()).isEqualTo("USD");
        assertThat(reasonFor(decisions, key("C002", "EUR"))).isEqualTo(SkipReason.NO_EXCHANGE_RATE);
    }

    @Test
    void yenHaveNoDecimals() {
        Decisions decisions = decide(parameters().accountingCurrency("JPY").minimum("1000"),
                balance("C001", "-1000").in("JPY"), balance("C002", "-999").in("JPY"));

        Reimbursement reimbursement = reimbursementOf(decisions, key("C001", "JPY"));
        assertThat(reimbursement.amount().plain()).isEqualTo("1000");
        assertThat(reimbursement.amount().amount().scale()).isZero();
        assertThat(reasonFor(decisions, key("C002", "JPY"))).isEqualTo(SkipReason.BELOW_MINIMUM);
    }

    @Test
    void yenMinimumOverrideIsInYen() {
        Decisions decisions = decide(parameters().minimum("10.00").minimum("JPY", "1500"),
                balance("C001", "-1500").in("JPY"), balance("C002", "-1499").in("JPY"));

        assertThat(reimbursementOf(decisions, key("C001", "JPY")).amount().plain()).isEqualTo("1500");
        assertThat(reasonFor(decisions, key("C002", "JPY"))).isEqualTo(SkipReason.BELOW_MINIMUM);
    }

    @Test
    void kuwaitiDinarsHaveThreeDecimals() {
        Decisions decisions = decide(parameters().minimum("10.00").minimum("KWD", "5.000"),
                balance("C001", "-5.000").in("KWD"), balance("C002", "-4.999").in("KWD"));

        Reimbursement reimbursement = reimbursementOf(decisions, key("C001", "KWD"));
        assertThat(reimbursement.amount().plain()).isEqualTo("5.000");
        assertThat(reimbursement.amount().amount()).isEqualTo(new BigDecimal("5.000"));
        assertThat(reasonFor(decisions, key("C002", "KWD"))).isEqualTo(SkipReason.BELOW_MINIMUM);
    }

    @Test
    void kuwaitiDinarsConvertedAtTheRateToTheThousandth() {
        // 3.279 x 3.05 = 10.00095 EUR passes; 3.278 x 3.05 = 9.9979 EUR does not
        Decisions decisions = decide(parameters().minimum("10.00").exchangeRate("KWD", "3.05"),
                balance("C001", "-3.279").in("KWD"), balance("C002", "-3.278").in("KWD"));

        assertThat(reimbursementOf(decisions, key("C001", "KWD")).amount().plain()).isEqualTo("3.279");
        assertThat(reasonFor(decisions, key("C002", "KWD"))).isEqualTo(SkipReason.BELOW_MINIMUM);
    }

    // ---------------------------------------------------------------- rule 1: selection

    @Test
    void commaListSelectsOnlyTheListedAccounts() {
        Decisions decisions = decide(parameters().customerAccounts("C001, c003"),
                balance("C001", "-50.00"), balance("C002", "-50.00"), balance("C003", "-50.00"));

        assertThat(reimbursedCustomers(decisions)).containsExactly("C001", "C003");
        assertThat(reasonFor(decisions, key("C002", "EUR"))).isEqualTo(SkipReason.NOT_SELECTED);
    }

    @Test
    void rangeSelectsBothEndsInclusive() {
        Decisions decisions = decide(parameters().customerAccounts("C001..C099"),
                balance("C000", "-50.00"), balance("C001", "-50.00"), balance("C050", "-50.00"),
                balance("C099", "-50.00"), balance("C100", "-50.00"));

        assertThat(reimbursedCustomers(decisions)).containsExactly("C001", "C050", "C099");
        assertThat(reasonFor(decisions, key("C000", "EUR"))).isEqualTo(SkipReason.NOT_SELECTED);
        assertThat(reasonFor(decisions, key("C100", "EUR"))).isEqualTo(SkipReason.NOT_SELECTED);
    }

    @Test
    void wildcardSelectsAccountsStartingWithThePrefix() {
        Decisions decisions = decide(parameters().customerAccounts("C1*"),
                balance("C1", "-50.00"), balance("C150", "-50.00"), balance("C2", "-50.00"),
                balance("XC1", "-50.00"));

        assertThat(reimbursedCustomers(decisions)).containsExactly("C1", "C150");
        assertThat(reasonFor(decisions, key("C2", "EUR"))).isEqualTo(SkipReason.NOT_SELECTED);
        assertThat(reasonFor(decisions, key("XC1", "EUR"))).isEqualTo(SkipReason.NOT_SELECTED);
    }

    @Test
    void listRangeAndWildcardCombine() {
        Decisions decisions = decide(parameters().customerAccounts("C001..C002, D*, E7"),
                balance("C001", "-50.00"), balance("C003", "-50.00"), balance("D42", "-50.00"),
                balance("E7", "-50.00"), balance("E8", "-50.00"));

        assertThat(reimbursedCustomers(decisions)).containsExactly("C001", "D42", "E7");
    }

    @Test
    void customerGroupsSelectByGroup() {
        Decisions decisions = decide(parameters().customerGroups("RETAIL, WHOLESALE"),
                balance("C001", "-50.00").group("RETAIL"), balance("C002", "-50.00").group("EXPORT"),
                balance("C003", "-50.00").group(""), balance("C004", "-50.00").group("WHOLESALE"));

        assertThat(reimbursedCustomers(decisions)).containsExactly("C001", "C004");
        assertThat(reasonFor(decisions, key("C002", "EUR"))).isEqualTo(SkipReason.NOT_SELECTED);
        assertThat(reasonFor(decisions, key("C003", "EUR"))).isEqualTo(SkipReason.NOT_SELECTED);
    }

    @Test
    void accountsAndGroupsMustBothSelectTheCustomer() {
        Decisions decisions = decide(parameters().customerAccounts("C001..C002").customerGroups("RETAIL"),
                balance("C001", "-50.00").group("RETAIL"), balance("C002", "-50.00").group("EXPORT"),
                balance("C003", "-50.00").group("RETAIL"));

        assertThat(reimbursedCustomers(decisions)).containsExactly("C001");
    }

    @Test
    void notSelectedIsCountedNotListed() {
        Decisions decisions = decide(parameters().customerAccounts("C001"), balance("C002", "-50.00"));

        assertThat(decisions.skipCounts()).containsEntry(SkipReason.NOT_SELECTED, 1);
        assertThat(decisions.listedSkips()).isEmpty();
    }

    // ---------------------------------------------------------------- the order of the rules

    @Test
    void notSelectedCustomerWithAnInputErrorIsNotSelected() {
        Decisions decisions = decide(parameters().customerAccounts("C002"), RegisterState.NONE, Map.of(),
                Map.of(customer("C001"), new HeldBack(1, "")), balance("C001", "-50.00"));

        assertThat(reasonFor(decisions, key("C001", "EUR"))).isEqualTo(SkipReason.NOT_SELECTED);
    }

    @Test
    void inputErrorCustomerWithADebitBalanceIsInputError() {
        Decisions decisions = decide(parameters(), RegisterState.NONE, Map.of(), Map.of(customer("C001"), new HeldBack(1, "")),
                balance("C001", "120.00"));

        assertThat(reasonFor(decisions, key("C001", "EUR"))).isEqualTo(SkipReason.INPUT_ERROR);
    }

    @Test
    void blockedCustomerWithADebitBalanceIsDebitBalance() {
        Decisions decisions = decide(parameters(), balance("C001", "120.00").blocked(Blocked.ALL));

        assertThat(reasonFor(decisions, key("C001", "EUR"))).isEqualTo(SkipReason.DEBIT_BALANCE);
    }

    @Test
    void blockedCustomerBelowMinimumIsCustomerBlocked() {
        Decisions decisions = decide(parameters().minimum("10.00"), balance("C001", "-1.00").blocked(Blocked.PAYMENT));

        assertThat(reasonFor(decisions, key("C001", "EUR"))).isEqualTo(SkipReason.CUSTOMER_BLOCKED);
    }

    @Test
    void blockedCustomerWithOpenDebitTransactionsIsCustomerBlocked() {
        Decisions decisions = decide(parameters(),
                balance("C001", "-50.00").blocked(Blocked.ALL).withOpenDebitTransaction());

        assertThat(reasonFor(decisions, key("C001", "EUR"))).isEqualTo(SkipReason.CUSTOMER_BLOCKED);
    }

    @Test
    void openDebitTransactionsInACurrencyWithoutRateAreOpenDebitTransactions() {
        Decisions decisions = decide(parameters(), balance("C001", "-50.00").in("USD").withOpenDebitTransaction());

        assertThat(reasonFor(decisions, key("C001", "USD"))).isEqualTo(SkipReason.OPEN_DEBIT_TRANSACTIONS);
    }

    @Test
    void openDebitTransactionsBelowMinimumAreOpenDebitTransactions() {
        Decisions decisions = decide(parameters().minimum("10.00"),
                balance("C001", "-1.00").withOpenDebitTransaction());

        assertThat(reasonFor(decisions, key("C001", "EUR"))).isEqualTo(SkipReason.OPEN_DEBIT_TRANSACTIONS);
    }

    @Test
    void noExchangeRateWithABlockedVendorIsNoExchangeRate() {
        Decisions decisions = decide(parameters(), RegisterState.NONE,
                Map.of(customer("C001"), link("C001", "V100", Blocked.ALL)), Map.of(),
                balance("C001", "-50.00").in("USD"));

        assertThat(reasonFor(decisions, key("C001", "USD"))).isEqualTo(SkipReason.NO_EXCHANGE_RATE);
    }

    @Test
    void belowMinimumWithABlockedVendorIsBelowMinimum() {
        Decisions decisions = decide(parameters().minimum("10.00"), RegisterState.NONE,
                Map.of(customer("C001"), link("C001", "V100", Blocked.ALL)), Map.of(),
                balance("C001", "-9.99"));

        assertThat(reasonFor(decisions, key("C001", "EUR"))).isEqualTo(SkipReason.BELOW_MINIMUM);
    }

    @Test
    void belowMinimumAndAlreadyReimbursedIsBelowMinimum() {
        Decisions decisions = decide(parameters().minimum("10.00"), new FakeRegister().reimbursed(customer("C001"), "EUR"),
                Map.of(), Map.of(), balance("C001", "-9.99"));

        assertThat(reasonFor(decisions, key("C001", "EUR"))).isEqualTo(SkipReason.BELOW_MINIMUM);
    }

    @Test
    void blockedVendorAndAlreadyReimbursedIsVendorBlocked() {
        Decisions decisions = decide(parameters(), new FakeRegister().reimbursed(customer("C001"), "EUR"),
                Map.of(customer("C001"), link("C001", "V100", Blocked.PAYMENT)), Map.of(),
                balance("C001", "-50.00"));

        assertThat(reasonFor(decisions, key("C001", "EUR"))).isEqualTo(SkipReason.VENDOR_BLOCKED);
    }

    // ---------------------------------------------------------------- rule 2: input errors

    @Test
    void inputErrorHoldsBackEveryKeyOfThatCustomerOnly() {
        Decisions decisions = decide(parameters().exchangeRate("USD", "1"), RegisterState.NONE, Map.of(),
                Map.of(customer("C001"), new HeldBack(2, "")),
                balance("C001", "-50.00"), balance("C001", "-60.00").in("USD"), balance("C002", "-70.00"));

        assertThat(reasonFor(decisions, key("C001", "EUR"))).isEqualTo(SkipReason.INPUT_ERROR);
        assertThat(reasonFor(decisions, key("C001", "USD"))).isEqualTo(SkipReason.INPUT_ERROR);
        assertThat(skipOf(decisions, key("C001", "EUR")).detail()).contains("2");
        assertThat(reimbursedCustomers(decisions)).containsExactly("C002");
    }

    @Test
    void inputErrorInOneLegalEntityDoesNotHoldBackTheSameAccountInAnother() {
        Decisions decisions = decide(parameters(), RegisterState.NONE, Map.of(),
                Map.of(new CustomerRef("DEMF", "C001"), new HeldBack(1, "")),
                balance("C001", "-50.00").legalEntity("DEMF"), balance("C001", "-50.00"));

        assertThat(reasonFor(decisions, new BalanceKey("DEMF", "C001", "EUR", List.of())))
                .isEqualTo(SkipReason.INPUT_ERROR);
        assertThat(reimbursementOf(decisions, key("C001", "EUR")).amount().amount()).isEqualByComparingTo("50.00");
    }

    @Test
    void heldBackCustomerWithoutBalanceRowsIsStillListedAsInputError() {
        Decisions decisions = decide(parameters(), RegisterState.NONE, Map.of(), Map.of(customer("C009"), new HeldBack(2, "")),
                balance("C001", "-50.00"));

        List<Skip> skips = skipsOfCustomer(decisions, "C009");
        assertThat(skips).singleElement().satisfies(skip -> {
            assertThat(skip.reason()).isEqualTo(SkipReason.INPUT_ERROR);
            assertThat(skip.key().legalEntity()).isEqualTo(TestBalances.LEGAL_ENTITY);
            assertThat(skip.detail()).contains("2");
        });
        assertThat(decisions.listedSkips()).extracting(skip -> skip.key().customerAccount()).contains("C009");
        assertThat(reimbursedCustomers(decisions)).containsExactly("C001");
    }

    @Test
    void heldBackCustomerWithoutBalanceRowsIsListedWithTheNameItsRowsGave() {
        Decisions decisions = decide(parameters(), RegisterState.NONE, Map.of(),
                Map.of(customer("C009"), new HeldBack(1, "Fleuriste Rose & Lys")));

        assertThat(skipsOfCustomer(decisions, "C009")).singleElement()
                .satisfies(skip -> assertThat(skip.customerName()).isEqualTo("Fleuriste Rose & Lys"));
    }

    @Test
    void heldBackCustomerWithoutBalanceRowsOutsideTheSelectionIsNotSelected() {
        Decisions decisions = decide(parameters().customerAccounts("C001..C005"), RegisterState.NONE, Map.of(),
                Map.of(customer("C009"), new HeldBack(1, "")));

        assertThat(skipsOfCustomer(decisions, "C009")).isEmpty();
        assertThat(decisions.skipCounts()).containsEntry(SkipReason.NOT_SELECTED, 1);
    }

    // ---------------------------------------------------------------- rule 8: linked vendor blocked

    @ParameterizedTest
    @EnumSource(value = Blocked.class, names = {"INVOICE", "PAYMENT", "ALL"})
    void linkedVendorBlockedForInvoicePaymentOrAllIsVendorBlocked(Blocked blocked) {
        Decisions decisions = decide(parameters(), RegisterState.NONE,
                Map.of(customer("C001"), link("C001", "V100", blocked)), Map.of(), balance("C001", "-50.00"));

        assertThat(reasonFor(decisions, key("C001", "EUR"))).isEqualTo(SkipReason.VENDOR_BLOCKED);
        String word = switch (blocked) {
            case INVOICE -> "Invoice";
            case PAYMENT -> "Payment";
            default -> "All";
        };
        assertThat(skipOf(decisions, key("C001", "EUR")).detail())
                .isEqualTo("The linked vendor V100 is blocked (" + word + ").");
    }

    @ParameterizedTest
    @EnumSource(value = Blocked.class, names = {"NO", "NEVER", "REQUISITION"})
    void linkedVendorNotBlockedForInvoiceOrPaymentReceivesTheReimbursement(Blocked blocked) {
        Decisions decisions = decide(parameters(), RegisterState.NONE,
                Map.of(customer("C001"), link("C001", "V100", blocked)), Map.of(), balance("C001", "-50.00"));

        assertThat(reimbursementOf(decisions, key("C001", "EUR")).vendorAccount()).isEqualTo("V100");
    }

    // ---------------------------------------------------------------- rule 9: the register

    @Test
    void customerReimbursedInAnEarlierRunIsAlreadyReimbursed() {
        FakeRegister register = new FakeRegister().reimbursed(customer("C001"), "EUR");

        Decisions decisions = decide(parameters().exchangeRate("USD", "1"), register, Map.of(), Map.of(),
                balance("C001", "-50.00"), balance("C001", "-50.00").in("USD"), balance("C002", "-50.00"));

        assertThat(reasonFor(decisions, key("C001", "EUR"))).isEqualTo(SkipReason.ALREADY_REIMBURSED);
        assertThat(reimbursementOf(decisions, key("C001", "USD")).invoice()).isEqualTo("RMB-000001");
        assertThat(reimbursementOf(decisions, key("C002", "EUR")).invoice()).isEqualTo("RMB-000002");
        assertThat(register.askedBalanceDates).containsOnly(TestParameters.BALANCE_DATE);
    }

    // ---------------------------------------------------------------- rule 10 and the vendor

    @Test
    void reimbursementIsTheCreditAmountWithDatesAndDescription() {
        Decisions decisions = decide(parameters().paymentTermsDays(30),
                balance("C001", "-123.45").name("Fabrikam").group("RETAIL"));

        Reimbursement reimbursement = reimbursementOf(decisions, key("C001", "EUR"));
        assertThat(reimbursement.amount().amount()).isEqualTo(new BigDecimal("123.45"));
        assertThat(reimbursement.balance()).isEqualTo(new BigDecimal("-123.45"));
        assertThat(reimbursement.customerName()).isEqualTo("Fabrikam");
        assertThat(reimbursement.customerGroup()).isEqualTo("RETAIL");
        assertThat(reimbursement.transactionDate()).isEqualTo(TestParameters.TRANSACTION_DATE);
        assertThat(reimbursement.dueDate()).isEqualTo(TestParameters.TRANSACTION_DATE.plusDays(30));
        assertThat(reimbursement.description()).contains("C001", "2025-03-31");
    }

    @Test
    void frenchRunDescribesTheInvoiceInFrench() {
        Decisions decisions = decide(parameters().language(Language.FR), balance("C001", "-50.00"));

        assertThat(reimbursementOf(decisions, key("C001", "EUR")).description())
                .startsWith("Remboursement").contains("C001");
    }

    @Test
    void customerWithoutVendorGetsANewOneTimeVendor() {
        Address address = new Address("12 rue de la Paix", "75002", "Paris", "", "FR");
        Decisions decisions = decide(parameters().oneTimeVendorGroup("OTV-GRP"),
                balance("C001", "-50.00").name("Contoso SARL").address(address));

        Reimbursement reimbursement = reimbursementOf(decisions, key("C001", "EUR"));
        assertThat(reimbursement.oneTimeVendor()).isEqualTo(OneTimeVendorStatus.CREATED);
        assertThat(reimbursement.vendorAccount()).isEqualTo("OTV-000001");
        assertThat(decisions.oneTimeVendors()).singleElement().satisfies(vendor -> {
            assertThat(vendor.account()).isEqualTo("OTV-000001");
            assertThat(vendor.customer()).isEqualTo(customer("C001"));
            assertThat(vendor.name()).isEqualTo("Contoso SARL");
            assertThat(vendor.address()).isEqualTo(address);
            assertThat(vendor.vendorGroup()).isEqualTo("OTV-GRP");
        });
    }

    @Test
    void oneTimeVendorsAreNumberedInKeyOrderFromTheNextNumber() {
        Decisions decisions = decide(parameters().oneTimeVendorNumbers("OT", 7), RegisterState.NONE,
                Map.of(customer("C000"), link("C000", "V100")), Map.of(),
                balance("C003", "-50.00"), balance("C000", "-50.00"), balance("C001", "-50.00"),
                balance("C002", "-1.00"), balance("C004", "-50.00").legalEntity("DEMF"));

        assertThat(decisions.oneTimeVendors())
                .extracting(vendor -> vendor.customer().legalEntity() + "/" + vendor.customer().customerAccount()
                        + "=" + vendor.account())
                .containsExactly("DEMF/C004=OT000007", "USMF/C001=OT000008", "USMF/C003=OT000009");
    }

    @Test
    void customerWithTwoCurrenciesGetsOneOneTimeVendor() {
        Decisions decisions = decide(parameters().exchangeRate("USD", "0.9"),
                balance("C001", "-50.00"), balance("C001", "-70.00").in("USD"), balance("C002", "-50.00"));

        assertThat(decisions.oneTimeVendors()).extracting(OneTimeVendor::account)
                .containsExactly("OTV-000001", "OTV-000002");
        assertThat(reimbursementOf(decisions, key("C001", "EUR")).vendorAccount()).isEqualTo("OTV-000001");
        assertThat(reimbursementOf(decisions, key("C001", "USD")).vendorAccount()).isEqualTo("OTV-000001");
        assertThat(reimbursementOf(decisions, key("C001", "USD")).oneTimeVendor()).isEqualTo(OneTimeVendorStatus.CREATED);
        assertThat(reimbursementOf(decisions, key("C002", "EUR")).vendorAccount()).isEqualTo("OTV-000002");
    }

    @Test
    void linkedCustomerIsReimbursedThroughItsOwnVendor() {
        Decisions decisions = decide(parameters(), RegisterState.NONE,
                Map.of(customer("C001"), link("C001", "V100")), Map.of(), balance("C001", "-50.00"));

        Reimbursement reimbursement = reimbursementOf(decisions, key("C001", "EUR"));
        assertThat(reimbursement.vendorAccount()).isEqualTo("V100");
        assertThat(reimbursement.oneTimeVendor()).isEqualTo(OneTimeVendorStatus.NO);
        assertThat(decisions.oneTimeVendors()).isEmpty();
    }

    @Test
    void oneTimeVendorOfAnEarlierRunIsReused() {
        FakeRegister register = new FakeRegister().oneTimeVendor(customer("C001"), "OTV-000042").nextOneTimeVendor(43);

        Decisions decisions = decide(parameters(), register, Map.of(), Map.of(),
                balance("C001", "-50.00"), balance("C002", "-50.00"));

        Reimbursement reused = reimbursementOf(decisions, key("C001", "EUR"));
        assertThat(reused.vendorAccount()).isEqualTo("OTV-000042");
        assertThat(reused.oneTimeVendor()).isEqualTo(OneTimeVendorStatus.REUSED);
        assertThat(decisions.oneTimeVendors()).extracting(OneTimeVendor::account).containsExactly("OTV-000043");
        assertThat(reimbursementOf(decisions, key("C002", "EUR")).vendorAccount()).isEqualTo("OTV-000043");
    }

    @Test
    void linkedVendorWinsOverAnEarlierOneTimeVendor() {
        Decisions decisions = decide(parameters(), new FakeRegister().oneTimeVendor(customer("C001"), "OTV-000042"),
                Map.of(customer("C001"), link("C001", "V100")), Map.of(), balance("C001", "-50.00"));

        assertThat(reimbursementOf(decisions, key("C001", "EUR")).vendorAccount()).isEqualTo("V100");
    }

    @Test
    void skippedCustomerGetsNoOneTimeVendor() {
        Decisions decisions = decide(parameters().minimum("10.00"), balance("C001", "-9.99"), balance("C002", "5.00"));

        assertThat(decisions.oneTimeVendors()).isEmpty();
    }

    @Test
    void invoiceNumbersNeverGrowPastSixDigits() {
        Parameters nearTheEnd = parameters().invoiceNumbers("RMB-", 999_999).build();

        assertThatThrownBy(() -> new ReimbursementRules(nearTheEnd, RegisterState.NONE).decide(
                List.of(balance("C001", "-50.00").build(), balance("C002", "-60.00").build()), Map.of(), Map.of()))
                .isInstanceOf(RunRefused.class)
                .hasMessageContaining("used up");
    }

    @Test
    void missingOneTimeVendorGroupRefusesTheRunWhenAOneTimeVendorIsNeeded() {
        Parameters noGroup = parameters().oneTimeVendorGroup("").build();

        assertThatThrownBy(() -> new ReimbursementRules(noGroup, RegisterState.NONE)
                .decide(List.of(balance("C001", "-50.00").build()), Map.of(), Map.of()))
                .isInstanceOf(RunRefused.class)
                .hasMessageContaining("OneTimeVendorGroup")
                .hasMessageContaining("C001");
    }

    @Test
    void missingOneTimeVendorGroupDoesNotMatterWhenEveryVendorIsKnown() {
        Parameters noGroup = parameters().oneTimeVendorGroup("").build();
        ReimbursementRules rules = new ReimbursementRules(noGroup,
                new FakeRegister().oneTimeVendor(customer("C002"), "OTV-000001"));
        List<CustomerBalance> balances = List.of(balance("C001", "-50.00").build(), balance("C002", "-50.00").build(),
                balance("C003", "-1.00").build());

        assertThatCode(() -> rules.decide(balances, Map.of(customer("C001"), link("C001", "V100")), Map.of()))
                .doesNotThrowAnyException();
        assertThat(rules.decide(balances, Map.of(customer("C001"), link("C001", "V100")), Map.of())
                .reimbursements()).hasSize(2);
    }

    // ---------------------------------------------------------------- numbering

    @Test
    void invoicesAreNumberedByLegalEntityCustomerCurrencyAndDimensionSet() {
        Parameters byCostCenter = parameters().byDimensions("CostCenter").exchangeRate("USD", "1")
                .invoiceNumbers("INV-", 41).build();
        List<CustomerBalance> balances = new ArrayList<>(List.of(
                balance("C002", "-50.00").dimensions("CC10").build(),
                balance("C001", "-50.00").in("USD").dimensions("CC10").build(),
                balance("C001", "-50.00").dimensions("CC20").build(),
                balance("C900", "-50.00").legalEntity("DEMF").dimensions("CC99").build(),
                balance("C001", "-50.00").dimensions("CC10").build()));

        Decisions decisions = new ReimbursementRules(byCostCenter, RegisterState.NONE).decide(balances, Map.of(), Map.of());

        assertThat(decisions.reimbursements())
                .extracting(r -> r.invoice() + " " + r.key().legalEntity() + "/" + r.key().customerAccount() + "/"
                        + r.key().currency() + "/" + r.key().dimensions())
                .containsExactly(
                        "INV-000041 DEMF/C900/EUR/[CC99]",
                        "INV-000042 USMF/C001/EUR/[CC10]",
                        "INV-000043 USMF/C001/EUR/[CC20]",
                        "INV-000044 USMF/C001/USD/[CC10]",
                        "INV-000045 USMF/C002/EUR/[CC10]");
    }

    @Test
    void invoiceNumberIsPrefixAndSixDigits() {
        assertThat(reimbursementOf(decide(parameters(), balance("C001", "-50.00")), key("C001", "EUR")).invoice())
                .isEqualTo("RMB-000001");
        assertThat(reimbursementOf(decide(parameters().invoiceNumbers("R", 123456), balance("C001", "-50.00")),
                key("C001", "EUR")).invoice()).isEqualTo("R123456");
    }

    @Test
    void skippedKeysTakeNoInvoiceNumber() {
        Decisions decisions = decide(parameters().minimum("10.00"),
                balance("C001", "-50.00"), balance("C002", "-1.00"), balance("C003", "20.00"),
                balance("C004", "-50.00"));

        assertThat(decisions.reimbursements()).extracting(Reimbursement::invoice)
                .containsExactly("RMB-000001", "RMB-000002");
        assertThat(reimbursementOf(decisions, key("C004", "EUR")).invoice()).isEqualTo("RMB-000002");
    }

    @Test
    void registerSequenceAboveTheParameterContinuesTheNumbers() {
        FakeRegister register = new FakeRegister().nextInvoice(500).nextOneTimeVendor(80);

        Decisions decisions = decide(parameters().invoiceNumbers("RMB-", 3).oneTimeVendorNumbers("OTV-", 2), register,
                Map.of(), Map.of(), balance("C001", "-50.00"));

        assertThat(reimbursementOf(decisions, key("C001", "EUR")).invoice()).isEqualTo("RMB-000500");
        assertThat(reimbursementOf(decisions, key("C001", "EUR")).vendorAccount()).isEqualTo("OTV-000080");
    }

    @Test
    void sameInputsInAnotherOrderGiveTheSameDecisions() {
        Parameters parameters = parameters().exchangeRate("USD", "0.9").build();
        List<CustomerBalance> balances = new ArrayList<>(List.of(
                balance("C003", "-50.00").build(), balance("C001", "-50.00").in("USD").build(),
                balance("C001", "-20.00").build(), balance("C002", "-5.00").build(),
                balance("C004", "12.00").build()));
        Map<CustomerRef, VendorLink> links = Map.of(customer("C003"), link("C003", "V3"));
        Map<CustomerRef, HeldBack> heldBack = new HashMap<>(Map.of(customer("C009"), new HeldBack(1, ""),
                customer("C008"), new HeldBack(3, "")));

        Decisions first = new ReimbursementRules(parameters, RegisterState.NONE).decide(balances, links, heldBack);
        Collections.reverse(balances);
        Decisions second = new ReimbursementRules(parameters, RegisterState.NONE).decide(balances, links, heldBack);

        assertThat(second).isEqualTo(first);
        assertThat(first.reimbursements()).hasSize(3);
    }

    @Test
    void skipsAreListedInKeyOrder() {
        Decisions decisions = decide(parameters(), balance("C003", "-1.00"), balance("C001", "-2.00"),
                balance("C002", "-3.00"));

        assertThat(decisions.listedSkips()).extracting(skip -> skip.key().customerAccount())
                .containsExactly("C001", "C002", "C003");
    }

    // ---------------------------------------------------------------- helpers

    private static Decisions decide(TestParameters parameters, TestBalances.Balance... balances) {
        return decide(parameters, RegisterState.NONE, Map.of(), Map.of(), balances);
    }

    private static Decisions decide(TestParameters parameters, RegisterState register,
                                    Map<CustomerRef, VendorLink> links, Map<CustomerRef, HeldBack> heldBack,
                                    TestBalances.Balance... balances) {
        List<CustomerBalance> built = new ArrayList<>();
        for (TestBalances.Balance balance : balances) {
            built.add(balance.build());
        }
        Decisions decisions = new ReimbursementRules(parameters.build(), register).decide(built, links, heldBack);
        // every key is decided once: reimbursed or counted under one skip reason
        long heldBackOnly = heldBack.keySet().stream()
                .filter(customer -> built.stream().noneMatch(b -> b.key().customer().equals(customer))).count();
        int counted = decisions.skipCounts().values().stream().mapToInt(Integer::intValue).sum();
        assertThat(decisions.reimbursements().size() + counted).as("keys decided")
                .isEqualTo(built.size() + heldBackOnly);
        return decisions;
    }

    /**
     * The key's skip reason. A key skipped for a counted reason is not kept one by one, so its
     * reason is known only when the test's keys were counted under a single reason.
     */
    private static SkipReason reasonFor(Decisions decisions, BalanceKey key) {
        assertThat(decisions.reimbursements()).as("reimbursements of %s", key).noneMatch(r -> r.key().equals(key));
        List<Skip> listed = decisions.listedSkips().stream().filter(skip -> skip.key().equals(key)).toList();
        if (!listed.isEmpty()) {
            assertThat(listed).as("skips of %s", key).hasSize(1);
            return listed.get(0).reason();
        }
        List<SkipReason> counted = decisions.skipCounts().entrySet().stream()
                .filter(entry -> !entry.getKey().listed() && entry.getValue() > 0).map(Map.Entry::getKey).toList();
        assertThat(counted).as("%s is neither reimbursed nor listed; the counted reasons", key).hasSize(1);
        return counted.get(0);
    }

    private static List<Skip> skipsOfCustomer(Decisions decisions, String account) {
        return decisions.listedSkips().stream().filter(skip -> skip.key().customerAccount().equals(account)).toList();
    }

    private static List<String> reimbursedCustomers(Decisions decisions) {
        return decisions.reimbursements().stream().map(r -> r.key().customerAccount()).toList();
    }
}
