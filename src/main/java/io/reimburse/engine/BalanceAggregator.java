package io.reimburse.engine;

import io.reimburse.model.Address;
import io.reimburse.model.BalanceKey;
import io.reimburse.model.BalanceRow;
import io.reimburse.model.CustomerBalance;
import io.reimburse.model.RowProblem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sums balance rows per key. At balance level a second row for the same customer, currency and
 * dimension set is a duplicate: ignored when identical, a row problem when it differs. At
 * transaction level rows are open transactions and a positive one is an open debit of the
 * customer in that currency (across dimension sets).
 * Memory: one {@link CustomerBalance} per key, replaced when a row adds to it — a million
 * customers must fit in a small heap, so no row is kept.
 */
public final class BalanceAggregator {

    private final boolean transactionLevel;
    private final boolean summarize;
    /** In the order keys first appear: exports usually list customers in order, so sorting them later is quick. */
    private final Map<BalanceKey, CustomerBalance> byKey = new LinkedHashMap<>();
    /** Row identities (key with dimension values) when they differ from the keys: Summarize with dimensions. */
    private final Set<BalanceKey> rowIdentities = new HashSet<>();
    private final Set<BalanceKey> openDebits = new HashSet<>();
    private final List<RowProblem> problems = new ArrayList<>();
    private int identicalDuplicates;

    public BalanceAggregator(boolean transactionLevel, boolean summarize) {
        this.transactionLevel = transactionLevel;
        this.summarize = summarize;
    }

    public void add(BalanceRow row) {
        BalanceKey key = summarize && !row.key().dimensions().isEmpty()
                ? currencyKey(row.key()) : row.key();
        CustomerBalance earlier = byKey.get(key);
        if (!transactionLevel && earlier != null && isDuplicate(row, key)) {
            if (earlier.rowCount() == 1 && earlier.balance().compareTo(row.amount()) == 0
                    && earlier.blocked() == row.blocked() && earlier.vendorAccount().equals(row.vendorAccount())) {
                identicalDuplicates++;
            } else {
                problems.add(conflict(row, "Balance", row.amount().toPlainString(),
                        "conflicting duplicate: " + earlier.firstRow() + " already gives a balance of "
                                + earlier.balance().toPlainString() + " for this customer and currency"));
            }
            return;
        }
        if (transactionLevel && row.amount().signum() > 0) {
            openDebits.add(currencyKey(row.key()));
        }
        byKey.put(key, earlier == null ? first(key, row) : added(earlier, row));
    }

    /** At balance level, a row whose identity (with its dimension values) was seen before. */
    private boolean isDuplicate(BalanceRow row, BalanceKey key) {
        if (key.equals(row.key())) {
            return true;
        }
        return !rowIdentities.add(row.key());
    }

    private CustomerBalance first(BalanceKey key, BalanceRow row) {
        if (!key.equals(row.key())) {
            rowIdentities.add(row.key());
        } else if (!transactionLevel && row.amount().signum() >= 0) {
            // At balance level a key's balance is its row's (a second row is a duplicate, never added):
            // a debit or zero balance is only counted, so its name and address need not be kept.
            return new CustomerBalance(key, row.amount(), "", row.customerGroup(), row.blocked(),
                    row.vendorAccount(), Address.NONE, "", "", false, 1, row.source());
        }
        return new CustomerBalance(key, row.amount(), row.name(), row.customerGroup(), row.blocked(),
                row.vendorAccount(), row.address(), row.iban(), row.bic(), false, 1, row.source());
    }

    /** The key's balance with one more row: summed; details from the first row that has them. */
    private CustomerBalance added(CustomerBalance earlier, BalanceRow row) {
        if (row.blocked() != earlier.blocked()) {
            problems.add(conflict(row, "Blocked", row.blocked().name(),
                    "conflicting blocked status: " + earlier.firstRow() + " says " + earlier.blocked().name()));
        }
        String vendor = earlier.vendorAccount();
        if (!row.vendorAccount().isEmpty()) {
            if (vendor.isEmpty()) {
                vendor = row.vendorAccount();
            } else if (!vendor.equals(row.vendorAccount())) {
                problems.add(conflict(row, "VendorAccount", row.vendorAccount(),
                        "conflicting vendor account: an earlier row gives " + vendor));
            }
        }
        Address address = earlier.address().isEmpty() ? row.address() : earlier.address();
        return new CustomerBalance(earlier.key(), earlier.balance().add(row.amount()),
                firstNonEmpty(earlier.name(), row.name()), firstNonEmpty(earlier.customerGroup(), row.customerGroup()),
                earlier.blocked(), vendor, address, firstNonEmpty(earlier.iban(), row.iban()),
                firstNonEmpty(earlier.bic(), row.bic()), false, earlier.rowCount() + 1, earlier.firstRow());
    }

    private static String firstNonEmpty(String earlier, String later) {
        return earlier.isEmpty() ? later : earlier;
    }

    private static BalanceKey currencyKey(BalanceKey key) {
        return key.dimensions().isEmpty() ? key
                : new BalanceKey(key.legalEntity(), key.customerAccount(), key.currency(), List.of());
    }

    private RowProblem conflict(BalanceRow row, String column, String value, String message) {
        return RowProblem.at(row.source(), column, value, message, row.key().legalEntity(), row.key().customerAccount());
    }

    /** Problems found while summing (conflicting duplicates or customer details). */
    public List<RowProblem> problems() {
        return problems;
    }

    public int identicalDuplicates() {
        return identicalDuplicates;
    }

    /** One balance per key, with its open-debit flag. */
    public List<CustomerBalance> balances() {
        List<CustomerBalance> balances = new ArrayList<>(byKey.size());
        for (CustomerBalance balance : byKey.values()) {
            boolean openDebit = openDebits.contains(currencyKey(balance.key()));
            balances.add(openDebit ? withOpenDebit(balance) : balance);
        }
        return balances;
    }

    private static CustomerBalance withOpenDebit(CustomerBalance b) {
        return new CustomerBalance(b.key(), b.balance(), b.name(), b.customerGroup(), b.blocked(), b.vendorAccount(),
                b.address(), b.iban(), b.bic(), true, b.rowCount(), b.firstRow());
    }
}
