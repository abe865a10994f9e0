package io.reimburse.input;

import java.util.HashMap;
import java.util.Map;

/**
 * One String object per distinct short value of a table (currency, legal entity, group,
 * city...): a million rows repeating "EUR" then hold one "EUR", not a million. Bounded, so a
 * column of unique values costs nothing more than without it.
 */
final class RepeatedText {

    private static final int MAX_LENGTH = 24;
    private static final int MAX_VALUES = 100_000;

    private final Map<String, String> values = new HashMap<>();

    String of(String value) {
        if (value.isEmpty()) {
            return "";
        }
        if (value.length() > MAX_LENGTH) {
            return value;
        }
        String shared = values.get(value);
        if (shared != null) {
            return shared;
        }
        if (values.size() < MAX_VALUES) {
            values.put(value, value);
        }
        return value;
    }
}
