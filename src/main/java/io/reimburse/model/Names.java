package io.reimburse.model;

import java.text.Normalizer;
import java.util.Locale;

/** Matching of column and parameter names: case, accents, spaces and punctuation are ignored. */
public final class Names {

    private Names() {
    }

    /** "N° de pièce" -> "ndepiece"; "Customer_Account" -> "customeraccount". */
    public static String normalize(String text) {
        String plain = plain(text);
        StringBuilder out = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Without accents, lower case, spaces and punctuation kept: "Sous-Total Général" -> "sous-total general". */
    public static String plain(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        if (isAscii(stripped)) {
            return stripped.toLowerCase(Locale.ROOT); // ASCII has no accents: most rows' values stop here
        }
        String decomposed = Normalizer.normalize(stripped, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** A loop, not a stream: every balance row's blocking status comes through here. */
    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
