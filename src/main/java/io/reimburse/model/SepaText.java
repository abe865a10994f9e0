package io.reimburse.model;

import com.ibm.icu.text.Transliterator;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The SEPA character set of the EPC implementation guidelines ({@code a-z A-Z 0-9 / - ? : ( ) . , ' +}
 * and space), which banks accept in every payment file, and the transliteration of any text to
 * it: accents stripped, ß as ss, Æ as AE, Œ as OE, & as +, other scripts (Cyrillic, Greek, CJK...)
 * written in Latin letters by ICU's Any-Latin. A name is never dropped, only rewritten.
 */
public final class SepaText {

    private static final String ALLOWED_PUNCTUATION = "/-?:().,'+ ";

    /** Identifiers (message, batch, end-to-end): 1 to 35 characters, not starting with / nor holding //. */
    private static final Pattern IDENTIFIER = Pattern.compile("(?!/)(?!.*//)[A-Za-z0-9/\\-?:().,'+ ]{1,35}");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    // ICU does not promise that one transliterator may serve several threads at once
    private static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    private SepaText() {
    }

    public static boolean isIdentifier(String text) {
        return IDENTIFIER.matcher(text).matches();
    }

    /** {@code text} in the SEPA character set, spaces collapsed, cut to {@code maxLength}; "" only for no letters or digits. */
    public static String latin(String text, int maxLength) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String latin;
        synchronized (TO_LATIN) {
            latin = TO_LATIN.transliterate(text.replace("&", "+"));
        }
        // what Latin-ASCII leaves decomposed (a letter and its combining accent) loses the accent
        latin = COMBINING_MARKS.matcher(Normalizer.normalize(latin, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder out = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            out.append(sepaCharacter(latin.charAt(i)));
        }
        String collapsed = SPACES.matcher(out).replaceAll(" ").strip();
        return collapsed.length() <= maxLength ? collapsed : collapsed.substring(0, maxLength).strip();
    }

    private static char sepaCharacter(char c) {
        if (c < 128 && (Character.isLetterOrDigit(c) || ALLOWED_PUNCTUATION.indexOf(c) >= 0)) {
            return c;
        }
        return c == '"' ? '\'' : ' ';
    }
}
