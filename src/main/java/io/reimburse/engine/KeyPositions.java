package io.reimburse.engine;

import io.reimburse.model.BalanceKey;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The balance keys met so far, each with its position in the order it was first met, found by
 * open addressing in one int array. A {@link java.util.HashMap} would add an entry object and a
 * boxed position per key: with a million customers in a bounded heap, every object per key counts
 * (the collector marks and copies each one). The keys themselves are kept as their parts, not as
 * objects: the customer account as bytes ({@link KeyTexts}), the legal entity, currency and
 * dimension set as references to the values the reader shares; a key is made again when asked.
 */
final class KeyPositions {

    private static final int FIRST_CAPACITY = 1 << 10;

    private final KeyTexts accounts = new KeyTexts();
    private String[] legalEntities = new String[FIRST_CAPACITY];
    private String[] currencies = new String[FIRST_CAPACITY];
    private List<?>[] dimensions = new List<?>[FIRST_CAPACITY];
    /** The hash of each key, by position (rehashing needs it without making the key). */
    private int[] hashes = new int[FIRST_CAPACITY];
    /** Position + 1 of the key hashed there; 0 is an empty slot. Kept at most half full. */
    private int[] slots = new int[2 * FIRST_CAPACITY];
    /** The hash of the key in each slot: a probe compares it before reaching for the key itself. */
    private int[] slotHashes = new int[2 * FIRST_CAPACITY];
    private int size;

    /**
     * Every key is in: the lookup table (a third of these arrays) is dropped, and {@link #find} and
     * {@link #add} may not be called any more.
     */
    void allAdded() {
        hashes = null;
        slots = null;
        slotHashes = null;
    }

    /** The key's position, or -1 when it was never added. */
    int find(BalanceKey key) {
        int hash = spread(key.hashCode());
        int mask = slots.length - 1;
        for (int slot = hash & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            if (slotHashes[slot] == hash && isAt(slots[slot] - 1, key)) {
                return slots[slot] - 1;
            }
        }
        return -1;
    }

    /** Adds a key that {@link #find} did not find; returns its position (the number of keys before it). */
    int add(BalanceKey key) {
        if (size == legalEntities.length) {
            int capacity = size * 2;
            legalEntities = Arrays.copyOf(legalEntities, capacity);
            currencies = Arrays.copyOf(currencies, capacity);
            dimensions = Arrays.copyOf(dimensions, capacity);
            hashes = Arrays.copyOf(hashes, capacity);
            rehash(slots.length * 2);
        }
        legalEntities[size] = key.legalEntity();
        accounts.set(size, key.customerAccount());
        currencies[size] = key.currency();
        dimensions[size] = key.dimensions();
        hashes[size] = spread(key.hashCode());
        place(size);
        return size++;
    }

    /** The key at this position, made again (equal to the one added, not the same object). */
    @SuppressWarnings("unchecked")
    BalanceKey key(int position) {
        return new BalanceKey(legalEntities[position], accounts.get(position), currencies[position],
                (List<String>) dimensions[position]);
    }

    int size() {
        return size;
    }

    /**
     * The customers (legal entity and account) of the keys at the positions {@code which} keeps, asked
     * without a set of customer objects: a table of positions, kept at most half full, compared with the
     * keys' own parts. Keys added later are not in it.
     */
    Customers customers(IntPredicate which) {
        int count = 0;
        for (int position = 0; position < size; position++) {
            if (which.test(position)) {
                count++;
            }
        }
        int[] table = new int[Integer.highestOneBit(Math.max(1, count) * 2) * 2];
        int mask = table.length - 1;
        for (int position = 0; position < size; position++) {
            if (which.test(position)) {
                int slot = customerHash(legalEntities[position], accounts.hashAt(position)) & mask;
                while (table[slot] != 0 && !sameCustomer(table[slot] - 1, position)) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = position + 1; // a customer's later key (another currency) takes its first key's slot
            }
        }
        return new Customers(table);
    }

    /** Customers as {@link #customers} finds them. */
    final class Customers {
        private final int[] table;

        private Customers(int[] table) {
            this.table = table;
        }

        boolean contains(String legalEntity, String account) {
            int mask = table.length - 1;
            for (int slot = customerHash(legalEntity, account.hashCode()) & mask; table[slot] != 0;
                    slot = (slot + 1) & mask) {
                int position = table[slot] - 1;
                if (legalEntities[position].equals(legalEntity) && accounts.equalsAt(position, account)) {
                    return true;
                }
            }
            return false;
        }
    }

    private boolean sameCustomer(int position, int other) {
        return legalEntities[position].equals(legalEntities[other]) && accounts.equalsAt(position, accounts.get(other));
    }

    private static int customerHash(String legalEntity, int accountHash) {
        return spread(31 * legalEntity.hashCode() + accountHash);
    }

    private boolean isAt(int position, BalanceKey key) {
        return legalEntities[position].equals(key.legalEntity()) && currencies[position].equals(key.currency())
                && accounts.equalsAt(position, key.customerAccount()) && dimensions[position].equals(key.dimensions());
    }

    private void place(int position) {
        int hash = hashes[position];
        int mask = slots.length - 1;
        int slot = hash & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = position + 1;
        slotHashes[slot] = hash;
    }

    private void rehash(int capacity) {
        slots = new int[capacity];
        slotHashes = new int[capacity];
        for (int position = 0; position < size; position++) {
            place(position);
        }
    }

    /** Mixes the high bits in: the table is indexed by the low bits of the hash. */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
