package io.reimburse.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A selection of accounts or groups: a comma list whose items are exact values, ranges
 * {@code C001..C099} (inclusive, compared as text like the ERP's query ranges) or wildcards
 * {@code C1*} / {@code C?01}. Case is ignored. An empty selection selects everything.
 */
public record Selection(String text, List<Item> items) {

    public static final Selection ALL = new Selection("", List.of());

    /** One item of the list. */
    public sealed interface Item permits Exact, Range, Wildcard {
        boolean matches(String value);
    }

    record Exact(String value) implements Item {
        public boolean matches(String candidate) {
            return candidate.equalsIgnoreCase(value);
        }
    }

    record Range(String from, String to) implements Item {
        public boolean matches(String candidate) {
            String c = candidate.toUpperCase(Locale.ROOT);
            return c.compareTo(from.toUpperCase(Locale.ROOT)) >= 0 && c.compareTo(to.toUpperCase(Locale.ROOT)) <= 0;
        }
    }

    record Wildcard(Pattern pattern) implements Item {
        public boolean matches(String candidate) {
            return pattern.matcher(candidate).matches();
        }
    }

    /** Parses "C001..C099, C1*, C200"; throws IllegalArgumentException with a sentence on a bad item. */
    public static Selection parse(String text) {
        if (text == null || text.isBlank()) {
            return ALL;
        }
        List<Item> items = new ArrayList<>();
        for (String raw : text.split(",")) {
            String item = raw.strip();
            if (item.isEmpty()) {
                continue;
            }
            int dots = item.indexOf("..");
            if (dots >= 0) {
                String from = item.substring(0, dots).strip();
                String to = item.substring(dots + 2).strip();
                if (from.isEmpty() || to.isEmpty() || to.contains("..")) {
                    throw new IllegalArgumentException("'" + item + "' is not a range like C001..C099");
                }
                if (from.compareToIgnoreCase(to) > 0) {
                    throw new IllegalArgumentException("range '" + item + "' is empty: its start is after its end");
                }
                items.add(new Range(from, to));
            } else if (item.contains("*") || item.contains("?")) {
                items.add(new Wildcard(wildcard(item)));
            } else {
                items.add(new Exact(item));
            }
        }
        return items.isEmpty() ? ALL : new Selection(text.strip(), List.copyOf(items));
    }

    private static Pattern wildcard(String item) {
        StringBuilder regex = new StringBuilder();
        for (char c : item.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public boolean selectsAll() {
        return items.isEmpty();
    }

    public boolean matches(String value) {
        if (items.isEmpty()) {
            return true;
        }
        String candidate = value == null ? "" : value;
        return items.stream().anyMatch(item -> item.matches(candidate));
    }
}
