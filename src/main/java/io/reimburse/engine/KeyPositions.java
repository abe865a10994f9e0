package io.reimburse.engine;

import io.reimburse.model.BalanceKey;

import java.util.Arrays;

/**
 * The balance keys met so far, each with its position in the order it was first met, found by
 * open addressing in one int array. A {@link java.util.HashMap} would add an entry object and a
 * boxed position per key: with a million customers in a 512 MB heap, every object per key counts
 * (the collector marks and copies each one).
 */
final class KeyPositions {

    private static final int FIRST_CAPACITY = 1 << 10;

    private BalanceKey[] keys = new BalanceKey[FIRST_CAPACITY];
    /** Position + 1 of the key hashed there; 0 is an empty slot. Kept at most half full. */
    private int[] slots = new int[2 * FIRST_CAPACITY];
    /** The hash of the key in each slot: a probe compares it before reaching for the key itself. */
    private int[] slotHashes = new int[2 * FIRST_CAPACITY];
    private int size;

    /** The key's position, or -1 when it was never added. */
    int find(BalanceKey key) {
        int hash = spread(key.hashCode());
        int mask = slots.length - 1;
        for (int slot = hash & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            if (slotHashes[slot] == hash && keys[slots[slot] - 1].equals(key)) {
                return slots[slot] - 1;
            }
        }
        return -1;
    }

    /** Adds a key that {@link #find} did not find; returns its position (the number of keys before it). */
    int add(BalanceKey key) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            rehash(slots.length * 2);
        }
        keys[size] = key;
        place(size);
        return size++;
    }

    BalanceKey key(int position) {
        return keys[position];
    }

    int size() {
        return size;
    }

    private void place(int position) {
        int hash = spread(keys[position].hashCode());
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
