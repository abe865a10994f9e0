package io.reimburse.engine;

import io.reimburse.model.Address;
import io.reimburse.model.BalanceKey;
import io.reimburse.model.BalanceRow;
import io.reimburse.model.Blocked;
import io.reimburse.model.CustomerBalance;
import io.reimburse.model.RowProblem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sums balance rows per key. At balance level a second row for the same customer, currency and
 * dimension set is a duplicate: ignored when identical, a row problem when it differs. At
 * transaction level rows are open transactions and a positive one is an open debit.
 */
public final class BalanceAggregator {

    private final boolean transactionLevel;
    private final boolean summarize;
    private final Map<BalanceKey, Accumulator> byKey = new HashMap<>();
    private final Map<BalanceKey, BalanceRow> byRowIdentity = new HashMap<>();
    /** Open debits count per customer and currency, across dimension sets (SPEC §3.2). */
    private final java.util.Set<BalanceKey> openDebits = new java.util.HashSet<>();
    private final List<RowProblem> problems = new ArrayList<>();
    private int identicalDuplicates;

    public BalanceAggregator(boolean transactionLevel, boolean summarize) {
        this.transactionLevel = transactionLevel;
        this.summarize = summarize;
    }

    public void add(BalanceRow row) {
        if (!transactionLevel) {
            BalanceRow earlier = byRowIdentity.putIfAbsent(row.key(), row);
            if (earlier != null) {
                if (sameContent(earlier, row)) {
                    identicalDuplicates++;
                } else {
                    problems.add(conflict(row, "Balance", row.amount().toPlainString(),
                            "conflicting duplicate: " + earlier.source() + " already gives a balance of "
                                    + earlier.amount().toPlainString() + " for this customer and currency"));
                }
                return;
            }
        }
        BalanceKey key = summarize ? new BalanceKey(row.key().legalEntity(), row.key().customerAccount(),
                row.key().currency(), List.of()) : row.key();
        byKey.computeIfAbsent(key, k -> new Accumulator(row)).add(row);
        if (transactionLevel && row.amount().signum() > 0) {
            openDebits.add(currencyKey(row.key()));
        }
    }

    private static BalanceKey currencyKey(BalanceKey key) {
        return new BalanceKey(key.legalEntity(), key.customerAccount(), key.currency(), List.of());
    }

    private static boolean sameContent(BalanceRow a, BalanceRow b) {
        return a.amount().compareTo(b.amount()) == 0 && a.blocked() == b.blocked()
                && Objects.equals(a.vendorAccount(), b.vendorAccount());
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

    public List<CustomerBalance> balances() {
        List<CustomerBalance> balances = new ArrayList<>(byKey.size());
        byKey.forEach((key, accumulator) -> balances.add(accumulator.toBalance(key)));
        return balances;
    }

    /** The running sum of one key and the customer details its rows carry. */
    private final class Accumulator {
        private final BalanceRow first;
        private BigDecimal sum = BigDecimal.ZERO;
        private int rows;
        private String name = "";
        private String group = "";
        private Blocked blocked;
        private String vendorAccount = "";
        private Address address = Address.NONE;
        private String iban = "";
        private String bic = "";

        Accumulator(BalanceRow first) {
            this.first = first;
            this.blocked = first.blocked();
        }

        void add(BalanceRow row) {
            sum = sum.add(row.amount());
            rows++;
            name = name.isEmpty() ? row.name() : name;
            group = group.isEmpty() ? row.customerGroup() : group;
            address = address.isEmpty() ? row.address() : address;
            iban = iban.isEmpty() ? row.iban() : iban;
            bic = bic.isEmpty() ? row.bic() : bic;
            if (row.blocked() != blocked) {
                problems.add(conflict(row, "Blocked", row.blocked().name(),
                        "conflicting blocked status: " + first.source() + " says " + blocked.name()));
            }
            if (!row.vendorAccount().isEmpty()) {
                if (vendorAccount.isEmpty()) {
                    vendorAccount = row.vendorAccount();
                } else if (!vendorAccount.equals(row.vendorAccount())) {
                    problems.add(conflict(row, "VendorAccount", row.vendorAccount(),
                            "conflicting vendor account: an earlier row gives " + vendorAccount));
                }
            }
        }

        CustomerBalance toBalance(BalanceKey key) {
            return new CustomerBalance(key, sum, name, group, blocked, vendorAccount, address, iban, bic,
                    openDebits.contains(currencyKey(key)), rows, first.source());
        }
    }
}
