package io.reimburse.input;

import io.reimburse.model.DecimalSeparator;

import java.math.BigDecimal;
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

    private static final String GROUP_SPACES = " \u00A0\u202F\u2009'\u2019";
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("^([A-Za-z]{3}|[€$£¥])\\s*");
    private static final Pattern CURRENCY_AFTER = Pattern.compile("\\s*([A-Za-z]{3}|[€$£¥])$");
    /** "150.00 CR", "150CR": a suffix right after a digit or after a space (so "IDR" is not one). */
    private static final Pattern CREDIT_DEBIT_SUFFIX = Pattern.compile("(?i)(?:(?<=\\d)|\\s+)(CR|DR)$");

    private AmountParser() {
    }

    public static Result parse(String raw, DecimalSeparator setting) {
        String text = raw == null ? "" : raw.strip().replace('\u2212', '-');
        if (text.isEmpty()) {
            return new Invalid("the amount is empty");
        }
        Parsed plain = plainDecimal(text, setting);
        if (plain != null) {
            return plain;
        }
        boolean negative = false;
        int signs = 0;
        if (text.startsWith("(") && text.endsWith(")")) {
            negative = true;
            signs++;
            text = text.substring(1, text.length() - 1).strip();
        }
        Matcher crdr = CREDIT_DEBIT_SUFFIX.matcher(text);
        if (crdr.find() && crdr.start() > 0) {
            if (crdr.group(1).equalsIgnoreCase("CR")) {
                negative = !negative;
            }
            signs++;
            text = text.substring(0, crdr.start()).strip();
        }
        String mark = "";
        if (text.startsWith("-") || text.startsWith("+")) {
            negative ^= text.startsWith("-");
            signs++;
            text = text.substring(1).strip();
        }
        Matcher before = CURRENCY_BEFORE.matcher(text);
        if (before.find()) {
            mark = before.group(1);
            text = text.substring(before.end());
        } else {
            Matcher after = CURRENCY_AFTER.matcher(text);
            if (after.find()) {
                mark = after.group(1);
                text = text.substring(0, after.start());
            }
        }
        text = text.strip();
        if (text.startsWith("-") || text.startsWith("+")) {
            negative ^= text.startsWith("-");
            signs++;
            text = text.substring(1).strip();
        }
        if (text.endsWith("-")) {
            negative = !negative;
            signs++;
            text = text.substring(0, text.length() - 1).strip();
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

    private static Result parseUnsigned(String text, DecimalSeparator setting) {
        if (text.isEmpty() || text.chars().noneMatch(Character::isDigit)) {
            return new Invalid("not an amount");
        }
        boolean spaced = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (GROUP_SPACES.indexOf(c) >= 0) {
                spaced = true;
            } else if (!(c >= '0' && c <= '9') && c != '.' && c != ',') {
                return new Invalid("not an amount: unexpected character '" + c + "'");
            }
        }
        int points = count(text, '.');
        int commas = count(text, ',');
        if (setting != DecimalSeparator.AUTO) {
            char decimal = setting.character();
            char group = decimal == '.' ? ',' : '.';
            if (count(text, decimal) > 1) {
                return new Invalid("more than one decimal separator '" + decimal + "' (DecimalSeparator is "
                        + setting.code() + ")");
            }
            return compose(text, decimal, group, Evidence.NONE);
        }
        if (points > 0 && commas > 0) {
            char decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
            char group = decimal == '.' ? ',' : '.';
            return compose(text, decimal, group, evidenceOf(decimal));
        }
        if (points + commas == 0) {
            return compose(text, '.', ',', Evidence.NONE);
        }
        char separator = points > 0 ? '.' : ',';
        char other = separator == '.' ? ',' : '.';
        if (points + commas > 1) {
            // repeated: it can only group thousands, so the other character is the decimal one
            return compose(text, other, separator, evidenceOf(other));
        }
        String before = text.substring(0, text.indexOf(separator));
        int digitsAfter = text.length() - text.indexOf(separator) - 1;
        boolean integerIsZero = before.chars().filter(Character::isDigit).allMatch(c -> c == '0');
        if (spaced || digitsAfter != 3 || integerIsZero) {
            return compose(text, separator, other, evidenceOf(separator));
        }
        Result asPoint = compose(text, '.', ',', Evidence.NONE);
        Result asComma = compose(text, ',', '.', Evidence.NONE);
        if (asPoint instanceof Parsed p && asComma instanceof Parsed c) {
            return new Ambiguous(p.value(), c.value(), "");
        }
        return asPoint instanceof Invalid ? asPoint : asComma;
    }

    private static Evidence evidenceOf(char decimal) {
        return decimal == '.' ? Evidence.POINT_DECIMAL : Evidence.COMMA_DECIMAL;
    }

    /** Splits at the decimal character and checks that grouping separators make groups of three. */
    private static Result compose(String text, char decimal, char group, Evidence evidence) {
        int at = text.indexOf(decimal);
        String integerPart = at < 0 ? text : text.substring(0, at);
        String fraction = at < 0 ? "" : text.substring(at + 1);
        if (at >= 0 && fraction.isEmpty()) {
            return new Invalid("no digit after the decimal separator");
        }
        if (!fraction.chars().allMatch(Character::isDigit)) {
            return new Invalid("unexpected character after the decimal separator");
        }
        String[] groups = integerPart.split("[" + Pattern.quote(String.valueOf(group)) + GROUP_SPACES + "]", -1);
        if (groups.length > 1) {
            for (int i = 0; i < groups.length; i++) {
                String g = groups[i];
                boolean ok = i == 0 ? g.length() >= 1 && g.length() <= 3 : g.length() == 3;
                if (!ok || !g.chars().allMatch(Character::isDigit)) {
                    return new Invalid("thousands separators do not make groups of three digits");
                }
            }
        }
        String digits = String.join("", groups);
        if (!digits.chars().allMatch(Character::isDigit)) {
            return new Invalid("not an amount");
        }
        BigDecimal value = new BigDecimal((digits.isEmpty() ? "0" : digits) + (fraction.isEmpty() ? "" : "." + fraction));
        return new Parsed(value, evidence, "");
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
