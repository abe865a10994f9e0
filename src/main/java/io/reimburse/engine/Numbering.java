package io.reimburse.engine;

/** Invoice and one-time vendor numbers: prefix + 6-digit zero-padded number ("RMB-000001"). */
public final class Numbering {

    private Numbering() {
    }

    public static String format(String prefix, long number) {
        return prefix + String.format("%06d", number);
    }
}
