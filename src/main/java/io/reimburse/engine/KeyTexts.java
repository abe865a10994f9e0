package io.reimburse.engine;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One text per balance key (the customer's account, its name), by the key's position, kept as bytes in one
 * growing array instead of a String per key. Written here rather than taken from a library (none
 * keeps strings this way): a million names as Strings were 56 MB of a bounded heap, a String and
 * its byte array each, which the collector copies while the balances are read; as bytes they are
 * about 20 MB and no object. A text of Latin-1 characters (French names, accents included) is kept
 * one byte per character, exactly; any other text is kept as its String, so that nothing is ever
 * re-encoded lossily. Each text is made again when a balance is made.
 */
final class KeyTexts {

    private static final int OTHER = -1;

    private byte[] bytes = new byte[1 << 14];
    private int used;
    private int[] starts = new int[1 << 10];
    /** The length in bytes; {@link #OTHER} for a text kept as a String in {@link #others}. */
    private int[] lengths = new int[1 << 10];
    private final Map<Integer, String> others = new HashMap<>();

    /** Sets the text of the key at {@code position} (a later set replaces it; its old bytes stay unused). */
    void set(int position, String text) {
        if (position >= starts.length) {
            int capacity = Math.max(starts.length * 2, position + 1);
            starts = Arrays.copyOf(starts, capacity);
            lengths = Arrays.copyOf(lengths, capacity);
        }
        others.remove(position);
        int length = text.length();
        if (length > bytes.length - used) {
            long needed = (long) used + length;
            if (needed > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("the balance keys' texts exceed 2 GB");
            }
            bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, 2L * bytes.length)));
        }
        // copied and checked in one pass, without a byte array per text: one byte per Latin-1 character
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                others.put(position, text); // the bytes copied so far are overwritten by the next text
                lengths[position] = OTHER;
                return;
            }
            bytes[used + i] = (byte) c;
        }
        starts[position] = used;
        lengths[position] = length;
        used += length;
    }

    String get(int position) {
        int length = lengths[position];
        if (length == OTHER) {
            return others.get(position);
        }
        return length == 0 ? "" : new String(bytes, starts[position], length, StandardCharsets.ISO_8859_1);
    }

    /** Whether the text at this position is {@code text}, compared without making a String. */
    boolean equalsAt(int position, String text) {
        int length = lengths[position];
        if (length == OTHER) {
            return others.get(position).equals(text);
        }
        if (length != text.length()) {
            return false;
        }
        int start = starts[position];
        for (int i = 0; i < length; i++) {
            if ((char) (bytes[start + i] & 0xFF) != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The text's {@link String#hashCode}, computed without making the String. */
    int hashAt(int position) {
        int length = lengths[position];
        if (length == OTHER) {
            return others.get(position).hashCode();
        }
        int hash = 0;
        for (int i = starts[position], end = i + length; i < end; i++) {
            hash = 31 * hash + (bytes[i] & 0xFF); // a Latin-1 String hashes its characters, which these bytes are
        }
        return hash;
    }

    boolean isEmpty(int position) {
        return lengths[position] == 0;
    }
}
