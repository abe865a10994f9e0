package io.reimburse.engine;

import io.reimburse.model.Address;
import io.reimburse.model.BalanceKey;
import io.reimburse.model.Blocked;
import io.reimburse.model.CustomerBalance;
import io.reimburse.model.CustomerRef;
import io.reimburse.model.Decisions;
import io.reimburse.model.HeldBack;
import io.reimburse.model.OneTimeVendor;
import io.reimburse.model.OneTimeVendorStatus;
import io.reimburse.model.Parameters;
import io.reimburse.model.Reimbursement;
import io.reimburse.model.Skip;
import io.reimburse.model.SkipReason;
import io.reimburse.model.SourceRef;
import io.reimburse.model.VendorLink;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants of the decision (SPEC §4) over random customers, currencies (EUR, USD, JPY, KWD
 * with their own decimals), minimums, overrides, exchange rates, blocking, links, selections,
 * input errors and register states. The expected outcome of every key is worked out here
 * from the spec's words, without the engine's code.
 */
class ReimbursementProperties {

    private static final int TRIES = 1000;
    private static final List<String> CURRENCIES = List.of("EUR", "USD", "JPY", "KWD");
    private static final Map<String, Integer> DECIMALS = Map.of("EUR", 2, "USD", 2, "JPY", 0, "KWD", 3);
    private static final List<String> GROUPS = List.of("RETAIL", "WHOLESALE", "EXPORT", "");
    private static final Set<Blocked> CUSTOMER_BLOCKING = EnumSet.of(Blocked.ALL, Blocked.PAYMENT);
    private static final Set<Blocked> VENDOR_BLOCKING = EnumSet.of(Blocked.ALL, Blocked.PAYMENT, Blocked.INVOICE);
    private static final String INVOICE_PREFIX = "RMB-";
    private static final String VENDOR_PREFIX = "OTV-";

    // ---------------------------------------------------------------- properties

    @Property(tries = TRIES)
    void totalReimbursedPerCurrencyIsTheSumOfTheEligibleCredits(@ForAll("scenarios") Scenario scenario) {
        Decisions decisions = scenario.decide();

        Map<String, BigDecimal> expected = new TreeMap<>();
        for (KeyCase key : scenario.keys()) {
            if (scenario.expectedReason(key).isEmpty()) {
                expected.merge(key.currency(), key.amount().negate(), BigDecimal::add);
            }
        }
        Map<String, BigDecimal> actual = decisions.totalsByCurrency();
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((currency, total) -> assertThat(actual.get(currency)).as(currency).isEqualByComparingTo(total));
        Statistics.label("reimbursed keys").collect(bucket(decisions.reimbursements().size()));
    }

    @Property(tries = TRIES)
    void everyReimbursementReachesItsMinimum(@ForAll("scenarios") Scenario scenario) {
        for (Reimbursement reimbursement : scenario.decide().reimbursements()) {
            String currency = reimbursement.amount().currency();
            BigDecimal credit = reimbursement.amount().amount();
            Rule rule = scenario.settings().rules().get(currency);
            if (rule.minimum() != null) {
                assertThat(credit).as("%s against MinimumReimbursement.%s", reimbursement.key(), currency)
                        .isGreaterThanOrEqualTo(rule.minimum());
            } else if (currency.equals(scenario.settings().accountingCurrency())) {
                assertThat(credit).as("%s against MinimumReimbursement", reimbursement.key())
                        .isGreaterThanOrEqualTo(scenario.settings().minimum());
            } else {
                assertThat(rule.rate()).as("%s has a rate to compare with", reimbursement.key()).isNotNull();
                assertThat(credit.multiply(rule.rate())).as("%s converted at %s", reimbursement.key(), rule.rate())
                        .isGreaterThanOrEqualTo(scenario.settings().minimum());
            }
        }
    }

    @Property(tries = TRIES)
    void noKeyIsReimbursedTwice(@ForAll("scenarios") Scenario scenario) {
        List<BalanceKey> keys = scenario.decide().reimbursements().stream().map(Reimbursement::key).toList();

        assertThat(keys).doesNotHaveDuplicates();
    }

    @Property(tries = TRIES)
    void everyReimbursementIsExactlyTheCreditOfItsBalance(@ForAll("scenarios") Scenario scenario) {
        Map<BalanceKey, BigDecimal> balances = new HashMap<>();
        scenario.keys().forEach(key -> balances.put(key.balanceKey(), key.amount()));

        for (Reimbursement reimbursement : scenario.decide().reimbursements()) {
            BigDecimal balance = balances.get(reimbursement.key());
            assertThat(reimbursement.balance()).isEqualTo(balance);
            assertThat(reimbursement.amount().amount()).isEqualTo(balance.negate());
            assertThat(reimbursement.amount().amount().signum()).isPositive();
            assertThat(reimbursement.amount().currency()).isEqualTo(reimbursement.key().currency());
        }
    }

    @Property(tries = TRIES)
    void invoiceNumbersAreUniqueAndConsecutiveInKeyOrder(@ForAll("scenarios") Scenario scenario) {
        List<Reimbursement> reimbursements = scenario.decide().reimbursements();

        List<BalanceKey> expectedOrder = scenario.keys().stream()
                .filter(key -> scenario.expectedReason(key).isEmpty())
                .sorted(KeyCase.INVOICE_ORDER).map(KeyCase::balanceKey).toList();
        assertThat(reimbursements).extracting(Reimbursement::key).containsExactlyElementsOf(expectedOrder);
        long first = scenario.settings().numbering().firstInvoice();
        for (int i = 0; i < reimbursements.size(); i++) {
            assertThat(reimbursements.get(i).invoice()).isEqualTo(INVOICE_PREFIX + String.format("%06d", first + i));
        }
        assertThat(reimbursements).extracting(Reimbursement::invoice).doesNotHaveDuplicates();
    }

    @Property(tries = TRIES)
    void reimbursementsAndSkipsAccountForEveryKeyExactlyOnce(@ForAll("scenarios") Scenario scenario) {
        Decisions decisions = scenario.decide();

        // reimbursed and listed keys one by one, counted keys by reason
        Map<BalanceKey, String> outcomes = new HashMap<>();
        List<BalanceKey> seen = new ArrayList<>();
        decisions.reimbursements().forEach(r -> {
            seen.add(r.key());
            outcomes.put(r.key(), "REIMBURSED");
        });
        List<Skip> heldBackOnly = new ArrayList<>();
        for (Skip skip : decisions.listedSkips()) {
            if (scenario.heldBackOnly().contains(skip.key().customer())) {
                heldBackOnly.add(skip);
                continue;
            }
            seen.add(skip.key());
            outcomes.put(skip.key(), skip.reason().name());
        }
        assertThat(seen).doesNotHaveDuplicates();
        Map<BalanceKey, String> expected = new HashMap<>();
        Map<SkipReason, Integer> expectedCounts = new EnumMap<>(SkipReason.class);
        for (SkipReason reason : SkipReason.values()) {
            expectedCounts.put(reason, 0);
        }
        scenario.keys().forEach(key -> {
            Optional<SkipReason> reason = scenario.expectedReason(key);
            reason.ifPresent(r -> expectedCounts.merge(r, 1, Integer::sum));
            if (reason.isEmpty() || reason.get().listed()) {
                expected.put(key.balanceKey(), reason.map(SkipReason::name).orElse("REIMBURSED"));
            }
        });
        assertThat(outcomes).isEqualTo(expected);

        // customers whose every row failed are still counted, once, and listed when selected
        long selectedHeldBackOnly = scenario.heldBackOnly().stream()
                .filter(customer -> scenario.settings().accounts().selects(customer.customerAccount())).count();
        expectedCounts.merge(SkipReason.INPUT_ERROR, (int) selectedHeldBackOnly, Integer::sum);
        expectedCounts.merge(SkipReason.NOT_SELECTED, scenario.heldBackOnly().size() - (int) selectedHeldBackOnly,
                Integer::sum);
        assertThat(decisions.skipCounts()).isEqualTo(expectedCounts);
        assertThat(heldBackOnly).hasSize((int) selectedHeldBackOnly).allSatisfy(skip -> {
            assertThat(skip.reason()).isEqualTo(SkipReason.INPUT_ERROR);
            assertThat(scenario.heldBackOnly()).contains(skip.key().customer());
        });
        decisions.skipCounts().forEach((reason, count) -> Statistics.label("skip reasons").collect(reason, count > 0));
    }

    @Property(tries = TRIES)
    void oneTimeVendorsAreCreatedOncePerCustomerInKeyOrder(@ForAll("scenarios") Scenario scenario) {
        Decisions decisions = scenario.decide();

        List<CustomerRef> needing = new ArrayList<>();
        for (Reimbursement reimbursement : decisions.reimbursements()) {
            CustomerSpec customer = scenario.customerOf(reimbursement.key().customer());
            if (customer.vendorLink() != null) {
                assertThat(reimbursement.vendorAccount()).isEqualTo(customer.linkedVendor());
                assertThat(reimbursement.oneTimeVendor()).isEqualTo(OneTimeVendorStatus.NO);
            } else if (customer.registerOneTimeVendor()) {
                assertThat(reimbursement.vendorAccount()).isEqualTo(customer.earlierOneTimeVendor());
                assertThat(reimbursement.oneTimeVendor()).isEqualTo(OneTimeVendorStatus.REUSED);
            } else {
                assertThat(reimbursement.oneTimeVendor()).isEqualTo(OneTimeVendorStatus.CREATED);
                if (!needing.contains(customer.ref())) {
                    needing.add(customer.ref());
                }
            }
        }
        needing.sort(Comparator.comparing(CustomerRef::legalEntity).thenComparing(CustomerRef::customerAccount));
        long first = scenario.settings().numbering().firstVendor();
        Map<CustomerRef, String> expectedAccounts = new LinkedHashMap<>();
        for (int i = 0; i < needing.size(); i++) {
            expectedAccounts.put(needing.get(i), VENDOR_PREFIX + String.format("%06d", first + i));
        }
        assertThat(decisions.oneTimeVendors()).extracting(OneTimeVendor::customer)
                .containsExactlyElementsOf(expectedAccounts.keySet());
        assertThat(decisions.oneTimeVendors()).extracting(OneTimeVendor::account)
                .containsExactlyElementsOf(expectedAccounts.values());
        decisions.reimbursements().stream()
                .filter(r -> r.oneTimeVendor() == OneTimeVendorStatus.CREATED)
                .forEach(r -> assertThat(r.vendorAccount()).isEqualTo(expectedAccounts.get(r.key().customer())));
    }

    @Property(tries = TRIES)
    void shuffledInputGivesTheSameDecisions(@ForAll("scenarios") Scenario scenario, @ForAll long seed) {
        List<CustomerBalance> shuffled = new ArrayList<>(scenario.balances());
        Collections.shuffle(shuffled, new Random(seed));
        Map<CustomerRef, HeldBack> heldBack = new LinkedHashMap<>();
        List<Map.Entry<CustomerRef, HeldBack>> entries = new ArrayList<>(scenario.heldBack().entrySet());
        Collections.shuffle(entries, new Random(seed + 1));
        entries.forEach(entry -> heldBack.put(entry.getKey(), entry.getValue()));

        Decisions original = scenario.decide();
        Decisions again = new ReimbursementRules(scenario.parameters(), scenario.register())
                .decide(shuffled, scenario.links(), heldBack);

        assertThat(again).isEqualTo(original);
    }

    // ---------------------------------------------------------------- generators

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Settings> settings = Combinators.combine(
                Arbitraries.of(CURRENCIES), minimums(), currencyRules(), accountSelections(), groupSelections(),
                Arbitraries.of(true, false), Arbitraries.of(true, false), numberings()).as(Settings::new);
        Arbitrary<List<CustomerSpec>> customers = customers().list().ofMinSize(1).ofMaxSize(25)
                .withSizeDistribution(RandomDistribution.uniform()).uniqueElements(CustomerSpec::ref);
        Arbitrary<Set<Integer>> heldBackOnly = Arbitraries.integers().between(61, 70).set().ofMaxSize(3);
        return Combinators.combine(settings, customers, heldBackOnly).as(Scenario::new);
    }

    private static Arbitrary<BigDecimal> minimums() {
        return Arbitraries.oneOf(
                Arbitraries.of(0, 5, 10, 25, 50).map(major -> BigDecimal.valueOf(major).setScale(2)),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(2));
    }

    private static Arbitrary<Map<String, Rule>> currencyRules() {
        return Combinators.combine(rule("EUR"), rule("USD"), rule("JPY"), rule("KWD"))
                .as((eur, usd, jpy, kwd) -> Map.of("EUR", eur, "USD", usd, "JPY", jpy, "KWD", kwd));
    }

    /** MinimumReimbursement.XXX (in XXX's decimals) and ExchangeRate.XXX, each present or not. */
    private static Arbitrary<Rule> rule(String currency) {
        int decimals = DECIMALS.get(currency);
        Arbitrary<BigDecimal> minimum = Arbitraries.oneOf(
                Arbitraries.of(5, 10, 25, 50, 100).map(major -> BigDecimal.valueOf(major).setScale(decimals)),
                Arbitraries.longs().between(0, 10_000).map(units -> BigDecimal.valueOf(units, decimals)));
        Arbitrary<BigDecimal> rate = Arbitraries.oneOf(
                Arbitraries.of("0.5", "1", "2", "0.25", "0.006", "3.05").map(BigDecimal::new),
                Arbitraries.bigDecimals().between(new BigDecimal("0.0001"), new BigDecimal("200")).ofScale(6));
        return Combinators.combine(minimum.injectNull(0.6), rate.injectNull(0.3)).as(Rule::new);
    }

    private static Arbitrary<AccountSelection> accountSelections() {
        Arbitrary<AccountSelection> all = Arbitraries.just(new AccountSelection(AccountSelection.Form.ALL, Set.of(), 0, 0));
        Arbitrary<AccountSelection> list = Arbitraries.integers().between(1, 70).set().ofMinSize(1).ofMaxSize(20)
                .map(indexes -> new AccountSelection(AccountSelection.Form.LIST, indexes, 0, 0));
        Arbitrary<AccountSelection> range = Combinators.combine(Arbitraries.integers().between(1, 70),
                        Arbitraries.integers().between(0, 40))
                .as((from, width) -> new AccountSelection(AccountSelection.Form.RANGE, Set.of(), from, from + width));
        Arbitrary<AccountSelection> wildcard = Arbitraries.integers().between(0, 7)
                .map(tens -> new AccountSelection(AccountSelection.Form.WILDCARD, Set.of(), tens, tens));
        return Arbitraries.frequencyOf(Tuple.of(6, all), Tuple.of(1, list), Tuple.of(1, range), Tuple.of(1, wildcard));
    }

    /** Null: every group; else the groups listed. */
    private static Arbitrary<Set<String>> groupSelections() {
        Arbitrary<Set<String>> some = Arbitraries.of("RETAIL", "WHOLESALE", "EXPORT").set().ofMinSize(1);
        return some.injectNull(0.75);
    }

    private static Arbitrary<Numbering> numberings() {
        Arbitrary<Long> number = Arbitraries.longs().between(1, 5000);
        return Combinators.combine(number, number, number, number).as(Numbering::new);
    }

    private static Arbitrary<CustomerSpec> customers() {
        Arbitrary<Blocked> blocked = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.just(Blocked.NO)), Tuple.of(2, Arbitraries.of(Blocked.class)));
        Arbitrary<Blocked> vendorLink = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(Blocked.NO)), Tuple.of(2, Arbitraries.of(Blocked.class)))
                .injectNull(0.6);
        Arbitrary<List<CurrencySpec>> currencies = currencySpecs().list().ofMinSize(1).ofMaxSize(4)
                .uniqueElements(CurrencySpec::currency);
        return Combinators.combine(Arbitraries.integers().between(1, 60), Arbitraries.of("DEMF", "USMF"),
                Arbitraries.of(GROUPS), blocked, vendorLink, oneIn(10), oneIn(4), currencies).as(CustomerSpec::new);
    }

    private static Arbitrary<CurrencySpec> currencySpecs() {
        return Combinators.combine(Arbitraries.of(CURRENCIES), oneIn(4), oneIn(6), amounts(), amounts(),
                Arbitraries.of(true, false)).as(CurrencySpec::new);
    }

    /** Balances, sometimes round (so that they meet round minimums exactly), usually any number of minor units. */
    private static Arbitrary<Amount> amounts() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(-100L, -50L, -25L, -10L, -5L, 0L, 10L).map(major -> new Amount(true, major))),
                Tuple.of(3, Arbitraries.longs().between(-50_000, 20_000).map(units -> new Amount(false, units))));
    }

    private static Arbitrary<Boolean> oneIn(int n) {
        return Arbitraries.integers().between(1, n).map(i -> i == 1);
    }

    private static String bucket(int count) {
        return count == 0 ? "0" : count < 5 ? "1-4" : count < 20 ? "5-19" : "20+";
    }

    private static String account(int index) {
        return String.format("C%03d", index);
    }

    // ---------------------------------------------------------------- the model of a scenario

    record Rule(BigDecimal minimum, BigDecimal rate) {
    }

    record Amount(boolean round, long value) {
        BigDecimal in(String currency) {
            int decimals = DECIMALS.get(currency);
            return round ? BigDecimal.valueOf(value).setScale(decimals) : BigDecimal.valueOf(value, decimals);
        }
    }

    /** Where numbers start: parameters and register; the higher wins. */
    record Numbering(long invoiceParameter, long invoiceRegister, long vendorParameter, long vendorRegister) {
        long firstInvoice() {
            return Math.max(invoiceParameter, invoiceRegister);
        }

        long firstVendor() {
            return Math.max(vendorParameter, vendorRegister);
        }
    }

    /** CustomerAccounts in one of its forms, and which account numbers it selects. */
    record AccountSelection(Form form, Set<Integer> listed, int from, int to) {
        enum Form { ALL, LIST, RANGE, WILDCARD }

        String text() {
            return switch (form) {
                case ALL -> "";
                case LIST -> listed.stream().sorted().map(ReimbursementProperties::account)
                        .collect(Collectors.joining(", "));
                case RANGE -> account(from) + ".." + account(to);
                case WILDCARD -> "C0" + from + "*";
            };
        }

        boolean selects(String account) {
            int index = Integer.parseInt(account.substring(1));
            return switch (form) {
                case ALL -> true;
                case LIST -> listed.contains(index);
                case RANGE -> index >= from && index <= to;
                case WILDCARD -> index / 10 == from;
            };
        }
    }

    record Settings(String accountingCurrency, BigDecimal minimum, Map<String, Rule> rules, AccountSelection accounts,
                    Set<String> groups, boolean includeDebit, boolean byDimensions, Numbering numbering) {
    }

    /** One currency of a customer: open debit and register state are the customer's in that currency. */
    record CurrencySpec(String currency, boolean openDebit, boolean alreadyReimbursed, Amount first, Amount second,
                        boolean twoDimensionSets) {
    }

    record CustomerSpec(int index, String legalEntity, String group, Blocked blocked, Blocked vendorLink,
                        boolean heldBack, boolean registerOneTimeVendor, List<CurrencySpec> currencies) {
        CustomerRef ref() {
            return new CustomerRef(legalEntity, account(index));
        }

        String linkedVendor() {
            return "V" + legalEntity + index;
        }

        String earlierOneTimeVendor() {
            return "OLD-" + legalEntity + "-" + index;
        }
    }

    /** One key of the balances: customer, currency, dimension set and its amount. */
    record KeyCase(CustomerSpec customer, CurrencySpec currencySpec, List<String> dimensions, BigDecimal amount) {
        static final Comparator<KeyCase> INVOICE_ORDER = Comparator
                .comparing((KeyCase key) -> key.customer().legalEntity())
                .thenComparing(key -> account(key.customer().index()))
                .thenComparing(KeyCase::currency)
                .thenComparing(key -> String.join("|", key.dimensions()));

        String currency() {
            return currencySpec.currency();
        }

        BalanceKey balanceKey() {
            return new BalanceKey(customer.legalEntity(), account(customer.index()), currency(), dimensions);
        }
    }

    record Scenario(Settings settings, List<CustomerSpec> customers, Set<Integer> heldBackIndexes) {

        List<KeyCase> keys() {
            List<KeyCase> keys = new ArrayList<>();
            for (CustomerSpec customer : customers) {
                for (CurrencySpec currency : customer.currencies()) {
                    if (!settings.byDimensions()) {
                        keys.add(new KeyCase(customer, currency, List.of(), currency.first().in(currency.currency())));
                        continue;
                    }
                    keys.add(new KeyCase(customer, currency, List.of("CC10"), currency.first().in(currency.currency())));
                    if (currency.twoDimensionSets()) {
                        keys.add(new KeyCase(customer, currency, List.of("CC20"),
                                currency.second().in(currency.currency())));
                    }
                }
            }
            return keys;
        }

        /** The first rule of SPEC §4 that applies to the key, or empty when it is reimbursed. */
        Optional<SkipReason> expectedReason(KeyCase key) {
            CustomerSpec customer = key.customer();
            boolean groupSelected = settings.groups() == null || settings.groups().contains(customer.group());
            if (!settings.accounts().selects(account(customer.index())) || !groupSelected) {
                return Optional.of(SkipReason.NOT_SELECTED);
            }
            if (customer.heldBack()) {
                return Optional.of(SkipReason.INPUT_ERROR);
            }
            if (key.amount().signum() > 0) {
                return Optional.of(SkipReason.DEBIT_BALANCE);
            }
            if (key.amount().signum() == 0) {
                return Optional.of(SkipReason.ZERO_BALANCE);
            }
            if (CUSTOMER_BLOCKING.contains(customer.blocked())) {
                return Optional.of(SkipReason.CUSTOMER_BLOCKED);
            }
            if (key.currencySpec().openDebit() && !settings.includeDebit()) {
                return Optional.of(SkipReason.OPEN_DEBIT_TRANSACTIONS);
            }
            BigDecimal credit = key.amount().negate();
            Rule rule = settings.rules().get(key.currency());
            BigDecimal compared;
            BigDecimal minimum;
            if (rule.minimum() != null) {
                compared = credit;
                minimum = rule.minimum();
            } else if (key.currency().equals(settings.accountingCurrency())) {
                compared = credit;
                minimum = settings.minimum();
            } else if (rule.rate() == null) {
                return Optional.of(SkipReason.NO_EXCHANGE_RATE);
            } else {
                compared = credit.multiply(rule.rate());
                minimum = settings.minimum();
            }
            if (compared.compareTo(minimum) < 0) {
                return Optional.of(SkipReason.BELOW_MINIMUM);
            }
            if (customer.vendorLink() != null && VENDOR_BLOCKING.contains(customer.vendorLink())) {
                return Optional.of(SkipReason.VENDOR_BLOCKED);
            }
            if (key.currencySpec().alreadyReimbursed()) {
                return Optional.of(SkipReason.ALREADY_REIMBURSED);
            }
            return Optional.empty();
        }

        Parameters parameters() {
            TestParameters parameters = TestParameters.parameters()
                    .accountingCurrency(settings.accountingCurrency())
                    .minimum(settings.minimum().toPlainString())
                    .customerAccounts(settings.accounts().text())
                    .customerGroups(settings.groups() == null ? ""
                            : settings.groups().stream().sorted().collect(Collectors.joining(", ")))
                    .includeCustomersWithDebitTransactions(settings.includeDebit())
                    .invoiceNumbers(INVOICE_PREFIX, settings.numbering().invoiceParameter())
                    .oneTimeVendorNumbers(VENDOR_PREFIX, settings.numbering().vendorParameter());
            settings.rules().forEach((currency, rule) -> {
                if (rule.minimum() != null) {
                    parameters.minimum(currency, rule.minimum().toPlainString());
                }
                if (rule.rate() != null) {
                    parameters.exchangeRate(currency, rule.rate().toPlainString());
                }
            });
            if (settings.byDimensions()) {
                parameters.byDimensions("CostCenter");
            }
            return parameters.build();
        }

        List<CustomerBalance> balances() {
            List<CustomerBalance> balances = new ArrayList<>();
            long row = 2;
            for (KeyCase key : keys()) {
                CustomerSpec customer = key.customer();
                balances.add(new CustomerBalance(key.balanceKey(), key.amount(), "Customer " + customer.index(),
                        customer.group(), customer.blocked(), "", Address.NONE, io.reimburse.model.BankDetails.NONE,
                        key.currencySpec().openDebit(), 1, new SourceRef("balances.csv", null, row++)));
            }
            return balances;
        }

        Map<CustomerRef, VendorLink> links() {
            Map<CustomerRef, VendorLink> links = new HashMap<>();
            for (CustomerSpec customer : customers) {
                if (customer.vendorLink() != null) {
                    links.put(customer.ref(), new VendorLink(customer.ref(), customer.linkedVendor(), "", io.reimburse.model.BankDetails.NONE,
                            customer.vendorLink(), new SourceRef("vendor-links.csv", null, customer.index())));
                }
            }
            return links;
        }

        /** Customers whose every row failed: held back, but without any balance. */
        Set<CustomerRef> heldBackOnly() {
            Set<CustomerRef> refs = new HashSet<>();
            heldBackIndexes.forEach(index -> refs.add(new CustomerRef("USMF", account(index))));
            return refs;
        }

        Map<CustomerRef, HeldBack> heldBack() {
            Map<CustomerRef, HeldBack> heldBack = new HashMap<>();
            customers.stream().filter(CustomerSpec::heldBack)
                    .forEach(customer -> heldBack.put(customer.ref(), new HeldBack(1, "")));
            heldBackOnly().forEach(ref -> heldBack.put(ref, new HeldBack(2, "")));
            return heldBack;
        }

        FakeRegister register() {
            FakeRegister register = new FakeRegister()
                    .nextInvoice(settings.numbering().invoiceRegister())
                    .nextOneTimeVendor(settings.numbering().vendorRegister());
            for (CustomerSpec customer : customers) {
                if (customer.registerOneTimeVendor()) {
                    register.oneTimeVendor(customer.ref(), customer.earlierOneTimeVendor());
                }
                customer.currencies().stream().filter(CurrencySpec::alreadyReimbursed)
                        .forEach(currency -> register.reimbursed(customer.ref(), currency.currency()));
            }
            return register;
        }

        CustomerSpec customerOf(CustomerRef ref) {
            return customers.stream().filter(customer -> customer.ref().equals(ref)).findFirst().orElseThrow();
        }

        Decisions decide() {
            return new ReimbursementRules(parameters(), register()).decide(balances(), links(), heldBack());
        }
    }
}
