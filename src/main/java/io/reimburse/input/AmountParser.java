package io.reimburse.input;

import io.reimburse.model.DecimalSeparator;
import io.reimburse.model.Money;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads text amounts the way accountants' exports write them: {@code 1234.56}, {@code 1,234.56},
 * {@code 1 234,56} (space, no-break or narrow no-break space), {@code 1.234,56}, {@code 1'234.56},
 * {@code -1234.56}, {@code (1 234,56)}, {@code 1234.56-}, {@code 150.00 CR}, with a currency code
 * or symbol before or after. A value whose decimal separator cannot be known ({@code 1,234}) is
 * reported as ambiguous, never guessed. Hand-written because no library refuses to guess:
 * {@code java.text.NumberFormat} silently stops at the first unexpected character.
 */
public final class AmountParser {

    /** What a value says about the column's decimal separator. */
    public enum Evidence { NONE, POINT_DECIMAL, COMMA_DECIMAL }

    /** The outcome of reading one value. */
    public sealed interface Result permits Parsed, Ambiguous, Invalid {
    }

    /** A value read for sure; {@code currencyMark} is the code or symbol written with it, or "". */
    public record Parsed(BigDecimal value, Evidence evidence, String currencyMark) implements Result {
    }

    /** A value such as "1,234" whose reading depends on the column's decimal separator. */
    public record Ambiguous(BigDecimal ifPointDecimal, BigDecimal ifCommaDecimal, String currencyMark)
            implements Result {
        public BigDecimal resolve(Evidence evidence) {
            return evidence == Evidence.COMMA_DECIMAL ? ifCommaDecimal : ifPointDecimal;
        }
    }

    /** Not an amount; {@code reason} is a sentence for the user. */
    public record Invalid(String reason) implements Result {
    }

    /** Spaces that group thousands: space, no-break, narrow no-break, thin and figure space. */
    private static final String SPACES = " \u00A0\u202F\u2009\u2007";
    /** Apostrophes that group thousands (Swiss): straight and typographic. */
    private static final String APOSTROPHES = "'\u2019";
    private static final String GAP = "[\\s" + SPACES + "]*";
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("^([A-Za-z]{3}|[€$£¥])" + GAP);
    private static final Pattern CURRENCY_AFTER = Pattern.compile(GAP + "([A-Za-z]{3}|[€$£¥])$");
    /** "150.00 CR", "150CR": a suffix right after a digit or after a space (so "IDR" is not one). */
    private static final Pattern CREDIT_DEBIT_SUFFIX = Pattern.compile("(?i)(?:(?<=\\d)|[\\s" + SPACES + "]+)(CR|DR)$");
    /** The currencies each symbol may stand for; "$" is shared by the dollars and pesos. */
    private static final Map<String, Set<String>> SYMBOL_CURRENCIES = Map.of(
            "€", Set.of("EUR"),
            "£", Set.of("GBP", "GIP", "FKP", "SHP"),
            "¥", Set.of("JPY", "CNY"),
            "$", Set.of("USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD", "MXN", "ARS", "CLP", "COP", "UYU", "BSD",
                    "BBD", "BZD", "BMD", "BND", "KYD", "XCD", "FJD", "GYD", "JMD", "LRD", "NAD", "SBD", "SRD", "TTD"));

    private AmountParser() {
    }

    /** True when the code or symbol written with an amount can stand for {@code currency} (or none was written). */
    public static boolean markMatches(String mark, String currency) {
        if (mark.isEmpty()) {
            return true;
        }
        if (mark.length() == 3) {
            return mark.equalsIgnoreCase(currency);
        }
        return SYMBOL_CURRENCIES.getOrDefault(mark, Set.of()).contains(currency.toUpperCase(Locale.ROOT));
    }

    public static Result parse(String raw, DecimalSeparator setting) {
        String text = strip(raw == null ? "" : raw.replace('\u2212', '-'));
        if (text.isEmpty()) {
            return new Invalid("the amount is empty");
        }
        Parsed plain = plainDecimal(text, setting);
        if (plain != null) {
            return plain;
        }
        boolean negative = false;
        int signs = 0;
        boolean parentheses = false;
        boolean creditDebit = false;
        String mark = "";
        // peels the marks around the number in whatever order the export wrote them:
        // "$ (1,234.56)", "(€1,234.56)", "150.00 CR EUR", "EUR 150.00 CR", "1.234,56- EUR"...
        for (boolean peeled = true; peeled && !text.isEmpty(); ) {
            peeled = false;
            if (!parentheses && text.startsWith("(") && text.endsWith(")")) {
                parentheses = peeled = true;
                negative = !negative;
                signs++;
                text = strip(text.substring(1, text.length() - 1));
            }
            Matcher suffix = CREDIT_DEBIT_SUFFIX.matcher(text);
            if (!creditDebit && suffix.find() && suffix.start() > 0) {
                creditDebit = peeled = true;
                negative ^= suffix.group(1).equalsIgnoreCase("CR");
                signs++;
                text = strip(text.substring(0, suffix.start()));
            }
            if (mark.isEmpty()) {
                Matcher before = CURRENCY_BEFORE.matcher(text);
                Matcher after = CURRENCY_AFTER.matcher(text);
                if (before.find() && isCurrencyMark(before.group(1))) {
                    mark = before.group(1);
                    text = strip(text.substring(before.end()));
                    peeled = true;
                } else if (after.find() && isCurrencyMark(after.group(1))) {
                    mark = after.group(1);
                    text = strip(text.substring(0, after.start()));
                    peeled = true;
                }
            }
            if (text.startsWith("-") || text.startsWith("+")) {
                negative ^= text.startsWith("-");
                signs++;
                text = strip(text.substring(1));
                peeled = true;
            } else if (text.endsWith("-")) {
                negative = !negative;
                signs++;
                text = strip(text.substring(0, text.length() - 1));
                peeled = true;
            }
        }
        if (signs > 1) {
            return new Invalid("the amount has more than one sign");
        }
        Result result = parseUnsigned(text, setting);
        if (result instanceof Parsed parsed) {
            return new Parsed(negative ? parsed.value().negate() : parsed.value(), parsed.evidence(), mark);
        }
        if (result instanceof Ambiguous ambiguous) {
            return negative
                    ? new Ambiguous(ambiguous.ifPointDecimal().negate(), ambiguous.ifCommaDecimal().negate(), mark)
                    : new Ambiguous(ambiguous.ifPointDecimal(), ambiguous.ifCommaDecimal(), mark);
        }
        return result;
    }

    /**
     * The common case read without regular expressions (a million rows must read in a second):
     * an optional minus, ASCII digits and at most one '.' or ','. Anything else — and a separator
     * followed by exactly three digits, which needs the column's evidence — goes the full way.
     */
    private static Parsed plainDecimal(String text, DecimalSeparator setting) {
        int start = text.charAt(0) == '-' ? 1 : 0;
        int separatorAt = -1;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == ',') {
                if (separatorAt >= 0) {
                    return null;
                }
                separatorAt = i;
            } else if (c < '0' || c > '9') {
                return null;
            }
        }
        int digitsAfter = separatorAt < 0 ? 0 : text.length() - separatorAt - 1;
        if (text.length() == start || separatorAt == start || digitsAfter == 0 || digitsAfter == 3) {
            return null;
        }
        if (separatorAt < 0) {
            return new Parsed(new BigDecimal(text), Evidence.NONE, "");
        }
        char separator = text.charAt(separatorAt);
        if (setting != DecimalSeparator.AUTO && separator != setting.character()) {
            return null;
        }
        String digits = separator == '.' ? text : text.replace(',', '.');
        return new Parsed(new BigDecimal(digits), evidenceOf(separator), "");
    }

    /** A symbol, or three letters that are an ISO 4217 code ("12abc" is not an amount in ABC). */
    private static boolean isCurrencyMark(String mark) {
        return mark.length() == 1 || Money.isKnownCurrency(mark.toUpperCase(Locale.ROOT));
    }

    /** Strips white space and the spaces Excel writes around amounts (no-break ones included). */
    private static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || SPACES.indexOf(c) >= 0;
    }

    private static Result parseUnsigned(String text, DecimalSeparator setting) {
        if (text.isEmpty()) {
            return new Invalid("not an amount");
        }
        boolean digit = false;
        boolean grouped = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // ASCII digits only: Character.isDigit also takes Arabic-Indic, full-width... digits
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (SPACES.indexOf(c) >= 0 || APOSTROPHES.indexOf(c) >= 0) {
                grouped = true;
            } else if (c != '.' && c != ',') {
                return new Invalid("not an amount: unexpected character '" + c + "'");
            }
        }
        if (!digit) {
            return new Invalid("not an amount");
        }
        int points = count(text, '.');
        int commas = count(text, ',');
        if (setting != DecimalSeparator.AUTO) {
            char decimal = setting.character();
            if (count(text, decimal) > 1) {
                return new Invalid("more than one decimal separator '" + decimal + "' (DecimalSeparator is "
                        + setting.code() + ")");
            }
            return compose(text, decimal, Evidence.NONE);
        }
        if (points > 0 && commas > 0) {
            char decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
            return compose(text, decimal, evidenceOf(decimal));
        }
        if (points + commas == 0) {
            return compose(text, '.', Evidence.NONE);
        }
        char separator = points > 0 ? '.' : ',';
        char other = separator == '.' ? ',' : '.';
        if (points + commas > 1) {
            // repeated: it can only group thousands, so the other character is the decimal one
            return compose(text, other, evidenceOf(other));
        }
        int digitsAfter = text.length() - text.indexOf(separator) - 1;
        if (grouped || digitsAfter != 3) {
            // with spaces or apostrophes grouping, or not three digits after, it can only be the decimal one
            return compose(text, separator, evidenceOf(separator));
        }
        Result asPoint = compose(text, '.', Evidence.POINT_DECIMAL);
        Result asComma = compose(text, ',', Evidence.COMMA_DECIMAL);
        if (asPoint instanceof Parsed p && asComma instanceof Parsed c) {
            return new Ambiguous(p.value(), c.value(), "");
        }
        // one reading only: "1234,567" and "0,123" cannot be grouped thousands
        return asPoint instanceof Parsed ? asPoint : asComma;
    }

    private static Evidence evidenceOf(char decimal) {
        return decimal == '.' ? Evidence.POINT_DECIMAL : Evidence.COMMA_DECIMAL;
    }

    /**
     * Splits at the decimal character and checks the integer part's grouping: one kind of
     * separator only ("1 234.567,89" mixes two and is refused rather than read as 1234567.89),
     * groups of three after a first group of one to three digits that does not start with 0.
     */
    private static Result compose(String text, char decimal, Evidence evidence) {
        int at = text.indexOf(decimal);
        String integerPart = at < 0 ? text : text.substring(0, at);
        String fraction = at < 0 ? "" : text.substring(at + 1);
        if (at >= 0 && fraction.isEmpty()) {
            return new Invalid("no digit after the decimal separator");
        }
        if (!fraction.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return new Invalid("unexpected character after the decimal separator");
        }
        String kinds = integerPart.chars().filter(c -> c < '0' || c > '9').map(AmountParser::separatorKind)
                .distinct().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        if (kinds.length() > 1) {
            return new Invalid("the amount mixes thousands separators");
        }
        if (!kinds.isEmpty()) {
            String[] groups = integerPart.split("[^0-9]", -1);
            for (int i = 0; i < groups.length; i++) {
                String g = groups[i];
                boolean ok = i == 0 ? !g.isEmpty() && g.length() <= 3 && g.charAt(0) != '0' : g.length() == 3;
                if (!ok) {
                    return new Invalid("thousands separators do not make groups of three digits");
                }
            }
        }
        String digits = integerPart.replaceAll("[^0-9]", "");
        BigDecimal value = new BigDecimal((digits.isEmpty() ? "0" : digits) + (fraction.isEmpty() ? "" : "." + fraction));
        return new Parsed(value, evidence, "");
    }

    /** Spaces count as one kind, apostrophes as another; '.' and ',' are their own. */
    private static int separatorKind(int c) {
        if (SPACES.indexOf(c) >= 0) {
            return ' ';
        }
        return APOSTROPHES.indexOf(c) >= 0 ? '\'' : c;
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
