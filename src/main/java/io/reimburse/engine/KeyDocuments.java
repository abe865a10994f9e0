package io.reimburse.engine;

import io.reimburse.model.Money;
import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;
import io.reimburse.model.SettledDocument;
import io.reimburse.model.SettledDocuments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * At transaction level, every row's document and amount, chained per key position, for the
 * reimbursement to list the documents it settles. Kept compactly: the characters of all documents
 * in one array (ISO-8859-1, a String only for a document outside it), the amounts in minor units
 * (a BigDecimal only when one does not fit), two ints per row. Five million transactions then cost
 * about 30 bytes each instead of a String and a BigDecimal per row.
 */
final class KeyDocuments {

    private byte[] characters = new byte[1 << 16];
    private int charactersUsed;
    private int[] ends = new int[1 << 10];
    private int[] next = new int[1 << 10];
    private long[] minorUnits = new long[1 << 10];
    private final Map<Integer, String> wide = new HashMap<>();
    private final Map<Integer, BigDecimal> exact = new HashMap<>();
    private int[] first = new int[1 << 10];
    private int[] last = new int[1 << 10];
    private int count;

    /** Adds the row's document to the key at {@code position}. */
    void add(int position, String document, BigDecimal amount, String currency) {
        if (count == ends.length) {
            int capacity = count * 2;
            ends = Arrays.copyOf(ends, capacity);
            next = Arrays.copyOf(next, capacity);
            minorUnits = Arrays.copyOf(minorUnits, capacity);
        }
        if (position >= first.length) {
            int capacity = Math.max(first.length * 2, position + 1);
            first = Arrays.copyOf(first, capacity);
            last = Arrays.copyOf(last, capacity);
        }
        int entry = count++;
        store(entry, document);
        try {
            minorUnits[entry] = amount.movePointRight(Money.minorDigits(currency)).longValueExact();
        } catch (ArithmeticException notWholeMinorUnitsOrTooLarge) {
            exact.put(entry, amount);
        }
        next[entry] = -1;
        // 0 means none: entries are kept as index + 1
        if (first[position] == 0) {
            first[position] = entry + 1;
        } else {
            next[last[position] - 1] = entry;
        }
        last[position] = entry + 1;
    }

    private void store(int entry, String document) {
        boolean latin = true;
        for (int i = 0; i < document.length() && latin; i++) {
            latin = document.charAt(i) <= 0xFF;
        }
        if (latin) {
            if (characters.length - charactersUsed < document.length()) {
                long needed = Math.max(characters.length * 2L, (long) charactersUsed + document.length());
                if (needed > Integer.MAX_VALUE - 8) {
                    throw new RunRefused(RunProblem.of("the balances' documents hold more than 2 billion "
                            + "characters: split the export"));
                }
                characters = Arrays.copyOf(characters, (int) needed);
            }
            for (int i = 0; i < document.length(); i++) {
                characters[charactersUsed++] = (byte) document.charAt(i);
            }
        } else {
            wide.put(entry, document);
        }
        ends[entry] = charactersUsed;
    }

    /** True when the key at {@code position} already has {@code document} for {@code amount}. */
    boolean has(int position, String document, BigDecimal amount, String currency) {
        if (position < 0 || position >= first.length || first[position] == 0) {
            return false;
        }
        int digits = Money.minorDigits(currency);
        for (int entry = first[position] - 1; entry >= 0; entry = next[entry]) {
            BigDecimal listed = exact.containsKey(entry) ? exact.get(entry) : BigDecimal.valueOf(minorUnits[entry], digits);
            if (listed.compareTo(amount) == 0 && document(entry).equals(document)) {
                return true;
            }
        }
        return false;
    }

    /** The documents of the key at {@code position}, made when listed. */
    SettledDocuments of(int position, String currency) {
        if (position >= first.length || first[position] == 0) {
            return SettledDocuments.NONE;
        }
        int head = first[position] - 1;
        return () -> {
            List<SettledDocument> documents = new ArrayList<>();
            int digits = Money.minorDigits(currency);
            for (int entry = head; entry >= 0; entry = next[entry]) {
                BigDecimal amount = exact.containsKey(entry) ? exact.get(entry)
                        : BigDecimal.valueOf(minorUnits[entry], digits);
                documents.add(new SettledDocument(document(entry), amount));
            }
            return documents;
        };
    }

    private String document(int entry) {
        String text = wide.get(entry);
        if (text != null) {
            return text;
        }
        int start = entry == 0 ? 0 : ends[entry - 1];
        return new String(characters, start, ends[entry] - start, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
