package io.reimburse.input;

import java.util.Map;

/**
 * What a parameter takes and what it is when the table leaves it out: its kind, its default as it
 * would be written ({@code null}: none, or worked out from other parameters), for a whole number
 * its bounds, for a choice the words it accepts (normalized like names) and the code each means,
 * and whether it also (or only) takes a ".XXX" currency suffix.
 */
record ParameterSpec(Kind kind, String defaultValue, long min, long max, Map<String, String> choices,
                     boolean withCurrency, boolean currencyOnly) {

    /** {@code IDENTIFIER}: a text the ERP files carry as it is (a legal entity, a prefix, an account). */
    enum Kind { TEXT, IDENTIFIER, CURRENCY, AMOUNT, DATE, WHOLE, YES_NO, CHOICE, SELECTION, LIST }

    static ParameterSpec text(String defaultValue) {
        return new ParameterSpec(Kind.TEXT, defaultValue, 0, 0, Map.of(), false, false);
    }

    static ParameterSpec identifier(String defaultValue) {
        return new ParameterSpec(Kind.IDENTIFIER, defaultValue, 0, 0, Map.of(), false, false);
    }

    static ParameterSpec currency() {
        return new ParameterSpec(Kind.CURRENCY, null, 0, 0, Map.of(), false, false);
    }

    static ParameterSpec amount() {
        return new ParameterSpec(Kind.AMOUNT, null, 0, 0, Map.of(), false, false);
    }

    static ParameterSpec date() {
        return new ParameterSpec(Kind.DATE, null, 0, 0, Map.of(), false, false);
    }

    static ParameterSpec whole(long defaultValue, long min, long max) {
        return new ParameterSpec(Kind.WHOLE, Long.toString(defaultValue), min, max, Map.of(), false, false);
    }

    static ParameterSpec yesNo(boolean defaultValue) {
        return new ParameterSpec(Kind.YES_NO, defaultValue ? "Yes" : "No", 0, 0, Map.of(), false, false);
    }

    /** A choice among codes; {@code words} maps each accepted word (normalized, or one character) to its code. */
    static ParameterSpec choice(String defaultCode, Map<String, String> words) {
        return new ParameterSpec(Kind.CHOICE, defaultCode, 0, 0, words, false, false);
    }

    static ParameterSpec selection() {
        return new ParameterSpec(Kind.SELECTION, "", 0, 0, Map.of(), false, false);
    }

    static ParameterSpec list() {
        return new ParameterSpec(Kind.LIST, "", 0, 0, Map.of(), false, false);
    }

    /** The same, also taking a ".XXX" suffix for a value per currency. */
    ParameterSpec alsoPerCurrency() {
        return new ParameterSpec(kind, defaultValue, min, max, choices, true, false);
    }

    /** The same, given per currency only ("ExchangeRate.USD"): written without a currency it means nothing. */
    ParameterSpec onlyPerCurrency() {
        return new ParameterSpec(kind, defaultValue, min, max, choices, true, true);
    }
}
