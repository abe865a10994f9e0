package io.reimburse.engine;

import io.reimburse.model.Address;
import io.reimburse.model.BalanceKey;
import io.reimburse.model.BankDetails;
import io.reimburse.model.Blocked;
import io.reimburse.model.CustomerBalance;
import io.reimburse.model.Money;
import io.reimburse.model.Party;
import io.reimburse.model.SettledDocuments;
import io.reimburse.model.SourceRef;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What is known of each balance key, by the key's position ({@link KeyPositions}), in arrays: the
 * sum in the currency's minor units, the details of its first row, how many rows it has. A
 * {@link CustomerBalance} is made only when asked. One object per key instead of half a dozen:
 * a million keys then fit in a small heap and cost the collector little.
 * The sum is exact: an amount that is not a whole number of minor units, or a sum beyond a long,
 * is kept as a BigDecimal for that key.
 */
final class KeyBalances {

    private static final Blocked[] BLOCKED = Blocked.values();

    private final List<SourceRef> tables = new ArrayList<>();
    private int capacity = 1 << 10;
    private long[] minorUnits = new long[capacity];
    private BigDecimal[] exact = new BigDecimal[capacity];
    /** The customers' names, as bytes ({@link KeyTexts}). */
    private final KeyTexts names = new KeyTexts();
    private String[] groups = new String[capacity];
    private byte[] blocked = new byte[capacity];
    private String[] vendors = new String[capacity];
    private Address[] addresses = new Address[capacity];
    /** Null for an organization: most customers, and no object per key. */
    private Party[] parties = new Party[capacity];
    /** The IBAN and BIC of the key's first row that gives an IBAN; null when none does. */
    private BankDetails[] bankDetails = new BankDetails[capacity];
    private int[] rowCounts = new int[capacity];
    private long[] firstRows = new long[capacity];
    private byte[] firstTables = new byte[capacity];

    /** Starts the key at {@code position} (the next one) with its first row. */
    void start(int position, BalanceKey key, BigDecimal amount, SourceRef source, String name, String group,
               Blocked status, String vendor, Address address, Party party, BankDetails bank) {
        if (position == capacity) {
            grow();
        }
        exact[position] = null;
        minorUnits[position] = 0;
        add(position, key, amount);
        names.set(position, name);
        groups[position] = group;
        blocked[position] = (byte) status.ordinal();
        vendors[position] = vendor;
        addresses[position] = address;
        parties[position] = party == Party.ORGANIZATION ? null : party;
        bankDetails[position] = bank.hasIban() ? bank : null;
        rowCounts[position] = 1;
        firstRows[position] = source.row();
        firstTables[position] = table(source);
    }

    /** Adds an amount to the key's sum. */
    void add(int position, BalanceKey key, BigDecimal amount) {
        int digits = Money.minorDigits(key.currency());
        if (exact[position] == null) {
            try {
                minorUnits[position] = Math.addExact(minorUnits[position], amount.movePointRight(digits).longValueExact());
                return;
            } catch (ArithmeticException notWholeMinorUnitsOrTooLarge) {
                exact[position] = BigDecimal.valueOf(minorUnits[position], digits);
            }
        }
        exact[position] = exact[position].add(amount);
    }

    /** The later rows' details fill what the first rows left empty. */
    void addDetails(int position, String name, String group, String vendor, Address address, Party party,
                    BankDetails bank) {
        if (names.isEmpty(position) && !name.isEmpty()) {
            names.set(position, name);
        }
        groups[position] = firstNonEmpty(groups[position], group);
        vendors[position] = firstNonEmpty(vendors[position], vendor);
        if (addresses[position].isEmpty()) {
            addresses[position] = address;
        }
        if (parties[position] == null && party != Party.ORGANIZATION) {
            parties[position] = party;
        }
        if (bankDetails[position] == null && bank.hasIban()) {
            bankDetails[position] = bank; // IBAN and BIC from one row: never mixed
        }
        rowCounts[position]++;
    }

    BigDecimal balance(int position, BalanceKey key) {
        return exact[position] != null ? exact[position] : BigDecimal.valueOf(minorUnits[position],
                Money.minorDigits(key.currency()));
    }

    int signum(int position) {
        return exact[position] != null ? exact[position].signum() : Long.signum(minorUnits[position]);
    }

    Blocked blocked(int position) {
        return BLOCKED[blocked[position]];
    }

    String vendor(int position) {
        return vendors[position];
    }

    int rowCount(int position) {
        return rowCounts[position];
    }

    SourceRef firstRow(int position) {
        SourceRef table = tables.get(firstTables[position]);
        return new SourceRef(table.file(), table.sheet(), firstRows[position]);
    }

    CustomerBalance balanceOf(int position, BalanceKey key, boolean openDebit, SettledDocuments documents) {
        return new CustomerBalance(key, balance(position, key), names.get(position), groups[position], blocked(position),
                vendors[position], addresses[position],
                parties[position] == null ? Party.ORGANIZATION : parties[position],
                bankDetails[position] == null ? BankDetails.NONE : bankDetails[position],
                openDebit,
                rowCounts[position], tables.get(firstTables[position]), firstRows[position], documents);
    }

    /** The file and sheet of a row, by index: one balances table in practice, at most a few. */
    private byte table(SourceRef source) {
        for (int i = tables.size() - 1; i >= 0; i--) {
            SourceRef table = tables.get(i);
            if (table.file().equals(source.file()) && java.util.Objects.equals(table.sheet(), source.sheet())) {
                return (byte) i;
            }
        }
        if (tables.size() == Byte.MAX_VALUE) {
            throw new IllegalStateException("balances from more than " + Byte.MAX_VALUE + " tables");
        }
        tables.add(new SourceRef(source.file(), source.sheet(), 0));
        return (byte) (tables.size() - 1);
    }

    private static String firstNonEmpty(String earlier, String later) {
        return earlier.isEmpty() ? later : earlier;
    }

    private void grow() {
        capacity *= 2;
        minorUnits = Arrays.copyOf(minorUnits, capacity);
        exact = Arrays.copyOf(exact, capacity);
        groups = Arrays.copyOf(groups, capacity);
        blocked = Arrays.copyOf(blocked, capacity);
        vendors = Arrays.copyOf(vendors, capacity);
        addresses = Arrays.copyOf(addresses, capacity);
        parties = Arrays.copyOf(parties, capacity);
        bankDetails = Arrays.copyOf(bankDetails, capacity);
        rowCounts = Arrays.copyOf(rowCounts, capacity);
        firstRows = Arrays.copyOf(firstRows, capacity);
        firstTables = Arrays.copyOf(firstTables, capacity);
    }
}
