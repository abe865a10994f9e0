package io.reimburse.engine;

import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;

/** Invoice and one-time vendor numbers: prefix + 6-digit zero-padded number ("RMB-000001"). */
public final class Numbering {

    private Numbering() {
    }

    /** The largest number six digits hold. */
    public static final long LAST = 999_999;

    /** Whether {@code text} is a number of this scheme: the prefix and six digits. */
    public static boolean isNumber(String prefix, String text) {
        if (text.length() != prefix.length() + 6 || !text.startsWith(prefix)) {
            return false;
        }
        for (int i = prefix.length(); i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    public static String format(String prefix, long number) {
        if (number > LAST) {
            throw new RunRefused(RunProblem.of("the numbers with prefix '" + prefix + "' are used up (" + LAST
                    + " reached): choose a new prefix"));
        }
        String digits = Long.toString(number);
        return prefix + "000000".substring(digits.length()) + digits;
    }
}
