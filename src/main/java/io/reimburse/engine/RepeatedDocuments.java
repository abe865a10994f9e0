package io.reimburse.engine;

import io.reimburse.model.BalanceRow;

import java.math.BigDecimal;
import java.util.List;

/**
 * At transaction level, the rows seen so far, to find one listed twice: the same key (dimension values
 * included), document, invoice and amount. Kept as 64-bit fingerprints (FNV-1a) in an open-addressing
 * table at most three quarters full, about 11 bytes a row, with no object per row: a five-million-line
 * export must not keep its rows. A fingerprint seen before only says "maybe": {@link KeyDocuments}
 * then compares the document and the amount themselves, so different ones are never taken for a repeat.
 */
final class RepeatedDocuments {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private long[] table = new long[1 << 12];
    private int size;

    /** True when a row with the same fingerprint was seen before; otherwise the row is remembered. */
    boolean seenBefore(BalanceRow row) {
        long fingerprint = fingerprint(row);
        if (seen(fingerprint)) {
            return true;
        }
        if (++size * 4L > table.length * 3L) {
            grow();
        }
        put(fingerprint);
        return false;
    }

    private boolean seen(long fingerprint) {
        int mask = table.length - 1;
        for (int slot = slot(fingerprint, mask); table[slot] != 0; slot = (slot + 1) & mask) {
            if (table[slot] == fingerprint) {
                return true;
            }
        }
        return false;
    }

    private void put(long fingerprint) {
        int mask = table.length - 1;
        int slot = slot(fingerprint, mask);
        while (table[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        table[slot] = fingerprint;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        for (long fingerprint : old) {
            if (fingerprint != 0) {
                put(fingerprint);
            }
        }
    }

    private static int slot(long fingerprint, int mask) {
        return (int) (fingerprint ^ (fingerprint >>> 32)) & mask;
    }

    /** FNV-1a over the row's identity, each text ended by a character no text holds; never 0 (an empty slot). */
    private static long fingerprint(BalanceRow row) {
        long hash = OFFSET;
        hash = text(hash, row.key().legalEntity());
        hash = text(hash, row.key().customerAccount());
        hash = text(hash, row.key().currency());
        List<String> dimensions = row.key().dimensions();
        for (String dimension : dimensions) {
            hash = text(hash, dimension);
        }
        hash = text(hash, row.document());
        hash = text(hash, row.invoice());
        BigDecimal amount = row.amount().stripTrailingZeros();
        hash = text(hash, amount.unscaledValue().toString());
        hash = (hash ^ amount.scale()) * PRIME;
        return hash == 0 ? 1 : hash;
    }

    private static long text(long hash, String text) {
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * PRIME;
        }
        return (hash ^ 0xFFFF) * PRIME; // U+FFFF is no character: "ab"+"c" and "a"+"bc" differ
    }
}
