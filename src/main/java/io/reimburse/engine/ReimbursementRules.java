package io.reimburse.engine;

import io.reimburse.model.BalanceKey;
import io.reimburse.model.CustomerBalance;
import io.reimburse.model.CustomerRef;
import io.reimburse.model.Decisions;
import io.reimburse.model.InvoiceText;
import io.reimburse.model.Money;
import io.reimburse.model.OneTimeVendor;
import io.reimburse.model.OneTimeVendorStatus;
import io.reimburse.model.Parameters;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The decision rules of SPEC §4, applied to every key in invoice order; the first rule that
 * applies gives the skip reason. Pure: the same inputs give the same decisions.
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

    /**
     * Decides every key.
     *
     * @param balances    one aggregated balance per key
     * @param links       the customers' own vendors
     * @param heldBack    customers with input errors, and how many
     */
    public Decisions decide(List<CustomerBalance> balances, Map<CustomerRef, VendorLink> links,
                            Map<CustomerRef, Integer> heldBack) {
        Map<SkipReason, Integer> counts = new EnumMap<>(SkipReason.class);
        List<Skip> listed = new ArrayList<>();
        List<CustomerBalance> eligible = new ArrayList<>();
        for (CustomerBalance balance : balances) {
            Optional<Skip> skip = skipReason(balance, links, heldBack);
            if (skip.isEmpty()) {
                eligible.add(balance);
            } else {
                count(skip.get(), counts, listed);
            }
        }
        heldBackWithoutBalance(balances, heldBack).forEach(skip -> count(skip, counts, listed));
        // only what is listed or numbered is sorted: most keys of a large export are only counted
        eligible.sort(Comparator.comparing(CustomerBalance::key));
        listed.sort(Comparator.comparing(Skip::key));
        return number(eligible, links, listed, counts);
    }

    private static void count(Skip skip, Map<SkipReason, Integer> counts, List<Skip> listed) {
        counts.merge(skip.reason(), 1, Integer::sum);
        if (skip.reason().listed()) {
            listed.add(skip);
        }
    }

    /** A customer whose every row failed has no balance, but must still be listed as held back. */
    private List<Skip> heldBackWithoutBalance(List<CustomerBalance> balances, Map<CustomerRef, Integer> heldBack) {
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
                            ? new Skip(key, "", "", null, SkipReason.INPUT_ERROR, texts.inputError(entry.getValue()))
                            : new Skip(key, "", "", null, SkipReason.NOT_SELECTED, texts.notSelected());
                })
                .toList();
    }

    private Optional<Skip> skipReason(CustomerBalance balance, Map<CustomerRef, VendorLink> links,
                                      Map<CustomerRef, Integer> heldBack) {
        if (!isSelected(balance)) {
            return skip(balance, SkipReason.NOT_SELECTED, texts.notSelected());
        }
        Integer problems = heldBack.get(balance.key().customer());
        if (problems != null) {
            return skip(balance, SkipReason.INPUT_ERROR, texts.inputError(problems));
        }
        int sign = balance.balance().signum();
        if (sign > 0) {
            return skip(balance, SkipReason.DEBIT_BALANCE, texts.debitBalance());
        }
        if (sign == 0) {
            return skip(balance, SkipReason.ZERO_BALANCE, texts.zeroBalance());
        }
        if (balance.blocked().blocksCustomerReimbursement()) {
            return skip(balance, SkipReason.CUSTOMER_BLOCKED, texts.customerBlocked(balance.blocked().name()));
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
                    texts.vendorBlocked(link.vendorAccount(), link.vendorBlocked().name()));
        }
        return register.earlierReimbursement(balance.key().customer(), balance.key().currency(),
                        parameters.balanceDate())
                .flatMap(earlier -> skip(balance, SkipReason.ALREADY_REIMBURSED, texts.alreadyReimbursed(earlier)));
    }

    /** Rules 6 and 7: the credit, in its currency or converted, must reach the minimum (equal counts). */
    private Optional<Skip> checkMinimum(CustomerBalance balance) {
        String currency = balance.key().currency();
        String accounting = parameters.accountingCurrency();
        BigDecimal credit = balance.creditAmount();
        Optional<BigDecimal> override = parameters.minimumFor(currency);
        if (override.isPresent()) {
            return credit.compareTo(override.get()) < 0
                    ? skip(balance, SkipReason.BELOW_MINIMUM, texts.belowMinimum(credit, currency, override.get(), currency))
                    : Optional.empty();
        }
        BigDecimal minimum = parameters.minimumReimbursement();
        if (currency.equals(accounting)) {
            return credit.compareTo(minimum) < 0
                    ? skip(balance, SkipReason.BELOW_MINIMUM, texts.belowMinimum(credit, currency, minimum, accounting))
                    : Optional.empty();
        }
        Optional<BigDecimal> rate = parameters.exchangeRateFor(currency);
        if (rate.isEmpty()) {
            return skip(balance, SkipReason.NO_EXCHANGE_RATE, texts.noExchangeRate(currency, accounting));
        }
        // exact product, no rounding: the comparison must not depend on a rounding rule
        return credit.multiply(rate.get()).compareTo(minimum) < 0
                ? skip(balance, SkipReason.BELOW_MINIMUM, texts.belowMinimum(credit, currency, minimum, accounting))
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
    private Decisions number(List<CustomerBalance> eligible, Map<CustomerRef, VendorLink> links, List<Skip> listed,
                             Map<SkipReason, Integer> counts) {
        long nextInvoice = register.nextInvoiceNumber(parameters.invoiceNextNumber());
        long nextVendor = register.nextOneTimeVendorNumber(parameters.oneTimeVendorNextNumber());
        Map<CustomerRef, OneTimeVendor> created = new HashMap<>();
        List<OneTimeVendor> createdInOrder = new ArrayList<>();
        List<Reimbursement> reimbursements = new ArrayList<>();
        InvoiceText text = new InvoiceText(parameters.language(), parameters.balanceDate());
        for (CustomerBalance balance : eligible) {
            CustomerRef customer = balance.key().customer();
            VendorLink link = links.get(customer);
            Optional<String> earlierVendor = link == null ? register.oneTimeVendorOf(customer) : Optional.empty();
            String vendorAccount;
            OneTimeVendorStatus status;
            if (link != null) {
                vendorAccount = link.vendorAccount();
                status = OneTimeVendorStatus.NO;
            } else if (earlierVendor.isPresent()) {
                vendorAccount = earlierVendor.get();
                status = OneTimeVendorStatus.REUSED;
            } else {
                OneTimeVendor vendor = created.get(customer);
                if (vendor == null) {
                    vendor = new OneTimeVendor(Numbering.format(parameters.oneTimeVendorPrefix(), nextVendor++),
                            customer, balance.name(), balance.address(), parameters.oneTimeVendorGroup(),
                            parameters.accountingCurrency());
                    created.put(customer, vendor);
                    createdInOrder.add(vendor);
                }
                vendorAccount = vendor.account();
                status = OneTimeVendorStatus.CREATED;
            }
            String invoice = Numbering.format(parameters.invoicePrefix(), nextInvoice++);
            reimbursements.add(new Reimbursement(balance.key(), balance.name(), balance.customerGroup(),
                    balance.balance(), new Money(balance.creditAmount(), balance.key().currency()), vendorAccount,
                    status, invoice, parameters.transactionDate(), parameters.dueDate(), text));
        }
        if (!createdInOrder.isEmpty() && parameters.oneTimeVendorGroup().isEmpty()) {
            throw new RunRefused(RunProblem.of("Parameter OneTimeVendorGroup is required: " + createdInOrder.size()
                    + " customer(s) without a vendor account (first: " + createdInOrder.get(0).customer().customerAccount()
                    + ") need a one-time vendor, and Dynamics 365 needs its vendor group."));
        }
        return new Decisions(reimbursements, listed, counts, createdInOrder);
    }
}
