package io.reimburse.engine;

import io.reimburse.model.BalanceKey;
import io.reimburse.model.BankDetails;
import io.reimburse.model.CustomerBalance;
import io.reimburse.model.CustomerCurrency;
import io.reimburse.model.CustomerRef;
import io.reimburse.model.Decisions;
import io.reimburse.model.EarlierReimbursement;
import io.reimburse.model.HandedOver;
import io.reimburse.model.HeldBack;
import io.reimburse.model.InvoiceText;
import io.reimburse.model.Money;
import io.reimburse.model.NumberingParameters;
import io.reimburse.model.OneTimeVendor;
import io.reimburse.model.OneTimeVendorStatus;
import io.reimburse.model.Parameters;
import io.reimburse.model.PendingDeduction;
import io.reimburse.model.PostedMark;
import io.reimburse.model.PostingEvidence;
import io.reimburse.model.RegisterHistory;
import io.reimburse.model.Reimbursement;
import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;
import io.reimburse.model.Skip;
import io.reimburse.model.SkipReason;
import io.reimburse.model.VendorLink;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The decision rules of SPEC §4, applied to every key in invoice order; the first rule that
 * applies gives the skip reason. Rule 10 (PENDING_REIMBURSEMENT) follows the register's rule 9:
 * earlier reimbursements not yet posted by the ERP are subtracted from the credit
 * ({@link PendingCredits}). Pure: the same inputs and register give the same decisions.
 */
public final class ReimbursementRules {

    private final Parameters parameters;
    private final RegisterState register;
    private final Texts texts;

    public ReimbursementRules(Parameters parameters, RegisterState register) {
        this.parameters = parameters;
        this.register = register;
        this.texts = new Texts(parameters.language());
    }

    /** Decides every key, with no ERP export among the inputs. */
    public Decisions decide(List<CustomerBalance> balances, Map<CustomerRef, VendorLink> links,
                            Map<CustomerRef, HeldBack> heldBack) {
        return decide(balances, links, heldBack, PostingEvidence.NONE);
    }

    /**
     * Decides every key. Rules 1 to 8 need only the inputs; the credits that pass them are looked up
     * in the register at once (rules 9 and 10), then numbered.
     *
     * @param balances    one aggregated balance per key
     * @param links       the customers' own vendors
     * @param heldBack    customers with input errors: how many, and the name their rows gave
     * @param evidence    what the inputs show of the ERP's postings; its exported marks are those of
     *                    reimbursements the register holds as unposted, and are recorded with the run
     */
    public Decisions decide(List<CustomerBalance> balances, Map<CustomerRef, VendorLink> links,
                            Map<CustomerRef, HeldBack> heldBack, PostingEvidence evidence) {
        return decide(screen(balances, links, heldBack), links, evidence);
    }

    /**
     * Rules 1 to 8 applied to every key: the credits that pass them, in key order, and the other keys
     * counted (or listed as well), in the count and the list that the later rules go on filling.
     */
    public static final class Screened {
        /**
         * Handed to the decision once: it lets each credit go as its reimbursement is made (a third of a
         * million credits and their reimbursements at once were the peak of a bounded heap).
         */
        private final HandedOver<List<CustomerBalance>> candidates;
        private final Map<SkipReason, Integer> counts;
        private final List<Skip> listed;

        private Screened(List<CustomerBalance> candidates, Map<SkipReason, Integer> counts, List<Skip> listed) {
            this.candidates = new HandedOver<>(candidates, "these credits were decided already: screen the balances again");
            this.counts = counts;
            this.listed = listed;
        }

        /**
         * The bank details the candidates' rows give ({@link PaymentRules#bankDetails}): what the payments
         * need of the credits, asked before {@link #decide} lets them go.
         */
        public Map<BalanceKey, BankDetails> bankDetails() {
            return PaymentRules.bankDetails(candidates.peek());
        }
    }

    /**
     * Rules 1 to 8. Only the candidates are kept: a caller that hands its balances over (not keeping
     * them) lets the keys that are only counted, most of a large export, go before the register is asked.
     */
    public Screened screen(List<CustomerBalance> balances, Map<CustomerRef, VendorLink> links,
                           Map<CustomerRef, HeldBack> heldBack) {
        Map<SkipReason, Integer> counts = new EnumMap<>(SkipReason.class);
        List<Skip> listed = new ArrayList<>();
        List<CustomerBalance> candidates = new ArrayList<>();
        for (CustomerBalance balance : balances) {
            Optional<Skip> skip = skipReason(balance, links, heldBack);
            if (skip.isEmpty()) {
                candidates.add(balance);
            } else {
                count(skip.get(), counts, listed);
            }
        }
        heldBackWithoutBalance(balances, heldBack).forEach(skip -> count(skip, counts, listed));
        // only what is listed or numbered is sorted: most keys of a large export are only counted
        candidates.sort(Comparator.comparing(CustomerBalance::key));
        return new Screened(candidates, counts, listed);
    }

    /**
     * Rules 9 and 10 for the screened candidates: looked up in the register at once, then numbered.
     *
     * @param evidence what the inputs show of the ERP's postings; its exported marks are those of
     *                 reimbursements the register holds as unposted, and are recorded with the run
     */
    public Decisions decide(Screened screened, Map<CustomerRef, VendorLink> links, PostingEvidence evidence) {
        List<CustomerBalance> candidates = screened.candidates.take();
        Map<SkipReason, Integer> counts = screened.counts;
        List<Skip> listed = screened.listed;
        RegisterHistory history = history(candidates);
        PendingCredits pending = new PendingCredits(candidates, history, evidence, parameters.balanceDate());
        List<Eligible> eligible = new ArrayList<>();
        for (CustomerBalance candidate : candidates) {
            Optional<Skip> skip = registerSkip(candidate, history, pending.takenFrom(candidate.key()), eligible);
            skip.ifPresent(s -> count(s, counts, listed));
        }
        candidates = null; // the credits that pass live on in `eligible` only, which number() empties as it goes
        listed.sort(Comparator.comparing(Skip::key));
        Map<String, PostedMark> marks = new java.util.TreeMap<>(evidence.exported());
        pending.recognized().forEach(mark -> marks.putIfAbsent(mark.invoice(), mark));
        return number(eligible, links, listed, counts, history, List.copyOf(marks.values()));
    }

    /** What the register knows of the candidates' customers, asked at once. */
    private RegisterHistory history(List<CustomerBalance> candidates) {
        Set<CustomerRef> customers = new LinkedHashSet<>();
        candidates.forEach(candidate -> customers.add(candidate.key().customer()));
        return customers.isEmpty() ? RegisterHistory.EMPTY : register.history(customers, parameters.balanceDate());
    }

    /** A credit that passed every rule, with the amount it is reimbursed for. */
    private record Eligible(CustomerBalance balance, BigDecimal amount, PendingDeduction deducted) {
    }

    /**
     * Rules 9 and 10: a customer and currency reimbursed for the same or a later balance date is
     * skipped; earlier reimbursements not yet in these balances are subtracted, and what remains is
     * reimbursed if it still reaches the minimum.
     */
    private Optional<Skip> registerSkip(CustomerBalance balance, RegisterHistory history,
                                        List<PendingCredits.Taken> taken, List<Eligible> eligible) {
        EarlierReimbursement already = history.alreadyReimbursed().get(CustomerCurrency.of(balance.key()));
        if (already != null) {
            return skip(balance, SkipReason.ALREADY_REIMBURSED, texts.alreadyReimbursed(already));
        }
        if (taken.isEmpty()) {
            eligible.add(new Eligible(balance, balance.creditAmount(), PendingDeduction.NONE));
            return Optional.empty();
        }
        BigDecimal deducted = taken.stream().map(PendingCredits.Taken::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal remaining = balance.creditAmount().subtract(deducted);
        String currency = balance.key().currency();
        List<String> pendingTexts = taken.stream().map(t -> texts.pendingInvoice(t.earlier(), t.amount())).toList();
        if (remaining.signum() <= 0) {
            return skip(balance, SkipReason.PENDING_REIMBURSEMENT,
                    texts.pendingCoversCredit(balance.creditAmount(), currency, pendingTexts));
        }
        Optional<String> below = belowMinimum(remaining, currency);
        if (below.isPresent()) {
            return skip(balance, SkipReason.PENDING_REIMBURSEMENT,
                    texts.pendingLeavesBelowMinimum(balance.creditAmount(), currency, pendingTexts, below.get()));
        }
        eligible.add(new Eligible(balance, remaining, new PendingDeduction(deducted,
                taken.stream().map(t -> t.earlier().invoice()).toList())));
        return Optional.empty();
    }

    private static void count(Skip skip, Map<SkipReason, Integer> counts, List<Skip> listed) {
        counts.merge(skip.reason(), 1, Integer::sum);
        if (skip.reason().listed()) {
            listed.add(skip);
        }
    }

    /** A customer whose every row failed has no balance, but must still be listed as held back. */
    private List<Skip> heldBackWithoutBalance(List<CustomerBalance> balances, Map<CustomerRef, HeldBack> heldBack) {
        if (heldBack.isEmpty()) {
            return List.of();
        }
        java.util.Set<CustomerRef> withBalance = new java.util.HashSet<>();
        balances.forEach(balance -> withBalance.add(balance.key().customer()));
        return heldBack.entrySet().stream()
                .filter(entry -> !withBalance.contains(entry.getKey()))
                .map(entry -> {
                    BalanceKey key = new BalanceKey(entry.getKey().legalEntity(), entry.getKey().customerAccount(),
                            "", List.of());
                    boolean selected = parameters.customerAccounts().matches(key.customerAccount());
                    return selected
                            ? new Skip(key, entry.getValue().customerName(), "", null, SkipReason.INPUT_ERROR,
                                    texts.inputError(entry.getValue().problems()))
                            : new Skip(key, "", "", null, SkipReason.NOT_SELECTED, texts.notSelected());
                })
                .toList();
    }

    private Optional<Skip> skipReason(CustomerBalance balance, Map<CustomerRef, VendorLink> links,
                                      Map<CustomerRef, HeldBack> heldBack) {
        if (!isSelected(balance)) {
            return skip(balance, SkipReason.NOT_SELECTED, texts.notSelected());
        }
        HeldBack problems = heldBack.isEmpty() ? null : heldBack.get(balance.key().customer());
        if (problems != null) {
            return skip(balance, SkipReason.INPUT_ERROR, texts.inputError(problems.problems()));
        }
        int sign = balance.balance().signum();
        if (sign > 0) {
            return skip(balance, SkipReason.DEBIT_BALANCE, texts.debitBalance());
        }
        if (sign == 0) {
            return skip(balance, SkipReason.ZERO_BALANCE, texts.zeroBalance());
        }
        if (balance.blocked().blocksCustomerReimbursement()) {
            return skip(balance, SkipReason.CUSTOMER_BLOCKED, texts.customerBlocked(balance.blocked()));
        }
        if (balance.hasOpenDebitTransaction() && !parameters.includeCustomersWithDebitTransactions()) {
            return skip(balance, SkipReason.OPEN_DEBIT_TRANSACTIONS, texts.openDebitTransactions());
        }
        Optional<Skip> belowMinimum = checkMinimum(balance);
        if (belowMinimum.isPresent()) {
            return belowMinimum;
        }
        VendorLink link = links.get(balance.key().customer()); // looked up only for the credits that get this far
        if (link != null && link.vendorBlocked().blocksVendor()) {
            return skip(balance, SkipReason.VENDOR_BLOCKED,
                    texts.vendorBlocked(link.vendorAccount(), link.vendorBlocked()));
        }
        return Optional.empty();
    }

    /** Rules 6 and 7: the credit, in its currency or converted, must reach the minimum (equal counts). */
    private Optional<Skip> checkMinimum(CustomerBalance balance) {
        String currency = balance.key().currency();
        if (parameters.minimums().minimumFor(currency).isEmpty() && !currency.equals(parameters.accountingCurrency())
                && parameters.minimums().exchangeRateFor(currency).isEmpty()) {
            return skip(balance, SkipReason.NO_EXCHANGE_RATE,
                    texts.noExchangeRate(currency, parameters.accountingCurrency()));
        }
        return belowMinimum(balance.creditAmount(), currency)
                .flatMap(detail -> skip(balance, SkipReason.BELOW_MINIMUM, detail));
    }

    /**
     * The sentence saying that {@code credit} is below the minimum (in its currency with an override,
     * else converted into the accounting currency), or empty when it reaches it. The currency has a
     * minimum or a rate (rule 6 came first).
     */
    private Optional<String> belowMinimum(BigDecimal credit, String currency) {
        String accounting = parameters.accountingCurrency();
        Optional<BigDecimal> override = parameters.minimums().minimumFor(currency);
        if (override.isPresent()) {
            return credit.compareTo(override.get()) < 0
                    ? Optional.of(texts.belowMinimum(credit, currency, override.get())) : Optional.empty();
        }
        BigDecimal minimum = parameters.minimums().minimumReimbursement();
        if (currency.equals(accounting)) {
            return credit.compareTo(minimum) < 0
                    ? Optional.of(texts.belowMinimum(credit, currency, minimum)) : Optional.empty();
        }
        // exact product, no rounding: the comparison must not depend on a rounding rule
        BigDecimal rate = parameters.minimums().exchangeRateFor(currency).orElseThrow();
        return credit.multiply(rate).compareTo(minimum) < 0
                ? Optional.of(texts.belowMinimumConverted(credit, currency, rate, minimum, accounting))
                : Optional.empty();
    }

    private boolean isSelected(CustomerBalance balance) {
        return parameters.customerAccounts().matches(balance.key().customerAccount())
                && parameters.customerGroups().matches(balance.customerGroup());
    }

    private Optional<Skip> skip(CustomerBalance balance, SkipReason reason, String detail) {
        return Optional.of(new Skip(balance.key(), balance.name(), balance.customerGroup(), balance.balance(),
                reason, detail));
    }

    /** Gives invoice numbers, then one-time vendor numbers, in key order. */
    private Decisions number(List<Eligible> eligible, Map<CustomerRef, VendorLink> links, List<Skip> listed,
                             Map<SkipReason, Integer> counts, RegisterHistory history, List<PostedMark> recognized) {
        NumberingParameters numbering = parameters.numbering();
        long nextInvoice = register.nextInvoiceNumber(numbering.invoicePrefix(), numbering.invoiceNextNumber());
        long nextVendor = register.nextOneTimeVendorNumber(numbering.oneTimeVendorPrefix(),
                numbering.oneTimeVendorNextNumber());
        Map<CustomerRef, OneTimeVendor> created = new HashMap<>();
        List<OneTimeVendor> createdInOrder = new ArrayList<>();
        List<Reimbursement> reimbursements = new ArrayList<>();
        InvoiceText text = new InvoiceText(parameters.language(), parameters.balanceDate());
        for (int i = 0; i < eligible.size(); i++) {
            Eligible candidate = eligible.set(i, null); // let go once its reimbursement is made: see Screened
            CustomerBalance balance = candidate.balance();
            CustomerRef customer = balance.key().customer();
            VendorLink link = links.get(customer);
            String earlierVendor = link == null ? history.oneTimeVendors().get(customer) : null;
            String vendorAccount;
            OneTimeVendorStatus status;
            if (link != null) {
                vendorAccount = link.vendorAccount();
                status = OneTimeVendorStatus.NO;
            } else if (earlierVendor != null) {
                vendorAccount = earlierVendor;
                status = OneTimeVendorStatus.REUSED;
            } else {
                OneTimeVendor vendor = created.get(customer);
                if (vendor == null) {
                    vendor = new OneTimeVendor(Numbering.format(parameters.numbering().oneTimeVendorPrefix(), nextVendor++),
                            customer, balance.name(), balance.address(), balance.party(),
                            parameters.erp().oneTimeVendorGroup(),
                            parameters.accountingCurrency());
                    created.put(customer, vendor);
                    createdInOrder.add(vendor);
                }
                vendorAccount = vendor.account();
                status = OneTimeVendorStatus.CREATED;
            }
            String invoice = Numbering.format(parameters.numbering().invoicePrefix(), nextInvoice++);
            reimbursements.add(new Reimbursement(balance.key(), balance.name(), balance.customerGroup(),
                    balance.balance(), new Money(candidate.amount(), balance.key().currency()), candidate.deducted(),
                    vendorAccount, status, invoice, parameters.transactionDate(), parameters.dueDate(), text,
                    balance.documents()));
        }
        if (!createdInOrder.isEmpty() && parameters.erp().oneTimeVendorGroup().isEmpty()) {
            throw new RunRefused(RunProblem.of("Parameter OneTimeVendorGroup is required: " + createdInOrder.size()
                    + " customer(s) without a vendor account (first: " + createdInOrder.get(0).customer().customerAccount()
                    + ") need a one-time vendor, and Dynamics 365 needs its vendor group."));
        }
        return new Decisions(reimbursements, listed, counts, createdInOrder, history, recognized);
    }
}
