package io.reimburse.engine;

import io.reimburse.model.BalanceKey;
import io.reimburse.model.BalanceRow;
import io.reimburse.model.CustomerBalance;
import io.reimburse.model.CustomerRef;
import io.reimburse.model.ListViews;
import io.reimburse.model.RowProblem;
import io.reimburse.model.SettledDocuments;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Sums balance rows per key. At balance level a second row for the same customer, currency and
 * dimension set is a duplicate: ignored when identical, a row problem when it differs. At
 * transaction level rows are open transactions and a positive one is an open debit of the
 * customer in that currency (across dimension sets); a transaction listed twice (the same document,
 * invoice, dimension values and amount) is a row problem, never summed.
 * Memory: no row is kept, and each key's sum and details live in {@link KeyBalances}' arrays
 * by the key's position, in the order keys were first met (exports usually list customers in
 * order, so sorting them later is quick).
 */
public final class BalanceAggregator {

    private final boolean transactionLevel;
    private final boolean summarize;
    private final KeyPositions positions = new KeyPositions();
    private final KeyBalances balances = new KeyBalances();
    /** At transaction level, each key's documents. */
    private final KeyDocuments documents = new KeyDocuments();
    private RepeatedDocuments seen = new RepeatedDocuments();
    /** Every row is in ({@link #allRead}): what only adding rows needs is gone. */
    private boolean allRead;
    /** Row identities (key with dimension values) when they differ from the keys: Summarize with dimensions. */
    private Set<BalanceKey> rowIdentities = new HashSet<>();
    /** Open debits of keys that are their own currency key (no dimension set), by position. */
    private final BitSet openDebitPositions = new BitSet();
    /** Open debits seen on rows with a dimension set, by currency key (Summarize No with dimensions). */
    private final Set<BalanceKey> openDebitCurrencies = new HashSet<>();
    private final List<RowProblem> problems = new ArrayList<>();
    private int identicalDuplicates;

    public BalanceAggregator(boolean transactionLevel, boolean summarize) {
        this.transactionLevel = transactionLevel;
        this.summarize = summarize;
    }

    /**
     * Every row is in: what only finding keys and duplicates needs (the keys' lookup table, 20 MB for a
     * million keys) goes before the balances are screened, when the heap is fullest; no row may be added.
     */
    public void allRead() {
        allRead = true;
        positions.allAdded();
        rowIdentities = null;
        seen = null;
    }

    public void add(BalanceRow row) {
        if (allRead) {
            throw new IllegalStateException("a row added after all rows were read");
        }
        BalanceKey key = summarize && !row.key().dimensions().isEmpty()
                ? currencyKey(row.key()) : row.key();
        int position = positions.find(key);
        if (!transactionLevel && position >= 0 && isDuplicate(row, key)) {
            duplicate(row, position);
            return;
        }
        if (transactionLevel && seen.seenBefore(row) && documents.has(position, row.document(), row.amount(),
                key.currency())) {
            problems.add(conflict(row, "Document", row.document(), "duplicate document: an earlier row gives "
                    + "document " + row.document() + " for " + row.amount().toPlainString() + " to this customer; "
                    + "a transaction listed twice would be reimbursed twice"));
            return;
        }
        if (position < 0) {
            position = positions.add(key);
            first(position, key, row);
        } else {
            added(position, key, row);
        }
        if (transactionLevel) {
            documents.add(position, row.document(), row.amount(), key.currency());
        }
        if (transactionLevel && row.amount().signum() > 0) {
            if (key.dimensions().isEmpty()) {
                openDebitPositions.set(position);
            } else {
                openDebitCurrencies.add(currencyKey(row.key()));
            }
        }
    }

    /** At balance level, a row whose identity (with its dimension values) was seen before. */
    private boolean isDuplicate(BalanceRow row, BalanceKey key) {
        if (key.equals(row.key())) {
            return true;
        }
        return !rowIdentities.add(row.key());
    }

    private void duplicate(BalanceRow row, int position) {
        if (balances.rowCount(position) == 1
                && balances.balance(position, positions.key(position)).compareTo(row.amount()) == 0
                && balances.blocked(position) == row.blocked() && balances.vendor(position).equals(row.vendorAccount())) {
            identicalDuplicates++;
        } else {
            problems.add(conflict(row, "Balance", row.amount().toPlainString(),
                    "conflicting duplicate: " + balances.firstRow(position) + " already gives a balance of "
                            + balances.balance(position, positions.key(position)).toPlainString()
                            + " for this customer and currency"));
        }
    }

    private void first(int position, BalanceKey key, BalanceRow row) {
        if (!key.equals(row.key())) {
            rowIdentities.add(row.key());
        }
        balances.start(position, key, row.amount(), row.source(), row.name(), row.customerGroup(), row.blocked(),
                row.vendorAccount(), row.address(), row.party(), row.bankDetails());
    }

    /** The key's balance with one more row: summed; details from the first row that has them. */
    private void added(int position, BalanceKey key, BalanceRow row) {
        if (row.blocked() != balances.blocked(position)) {
            problems.add(conflict(row, "Blocked", row.blocked().name(), "conflicting blocked status: "
                    + balances.firstRow(position) + " says " + balances.blocked(position).name()));
        }
        String vendor = balances.vendor(position);
        if (!row.vendorAccount().isEmpty() && !vendor.isEmpty() && !vendor.equals(row.vendorAccount())) {
            problems.add(conflict(row, "VendorAccount", row.vendorAccount(),
                    "conflicting vendor account: an earlier row gives " + vendor));
        }
        balances.add(position, key, row.amount());
        balances.addDetails(position, row.name(), row.customerGroup(), row.vendorAccount(), row.address(),
                row.party(), row.bankDetails());
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

    /**
     * One balance per key, in the order keys were first met, with its open-debit flag. Each
     * element is made when it is read, so the list holds no object per key of its own.
     */
    public List<CustomerBalance> balances() {
        return ListViews.madeWhenRead(positions.size(), this::balanceAt);
    }

    /**
     * Whether the company owes a customer money in any of its keys (a credit), asked of the keys
     * themselves: a set of a million customer objects built to ask it took a sixth of a bounded heap.
     */
    public Predicate<CustomerRef> owedCustomers() {
        KeyPositions.Customers owed = positions.customers(position -> balances.signum(position) < 0);
        return customer -> owed.contains(customer.legalEntity(), customer.customerAccount());
    }

    /** The balances whose rows name a vendor account, made when read as {@link #balances()}. */
    public List<CustomerBalance> withVendorAccount() {
        return where(position -> !balances.vendor(position).isEmpty());
    }

    private List<CustomerBalance> where(IntPredicate test) {
        int[] kept = IntStream.range(0, positions.size()).filter(test).toArray();
        return ListViews.madeWhenRead(kept.length, index -> balanceAt(kept[index]));
    }

    /** The balance of the key at this position, made now: no list of balances holds an object per key. */
    private CustomerBalance balanceAt(int position) {
        BalanceKey key = positions.key(position);
        boolean openDebit = openDebitPositions.get(position)
                || (!openDebitCurrencies.isEmpty() && openDebitCurrencies.contains(currencyKey(key)));
        return balances.balanceOf(position, key, openDebit,
                transactionLevel ? documents.of(position, key.currency()) : SettledDocuments.NONE);
    }
}
