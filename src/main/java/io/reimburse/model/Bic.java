package io.reimburse.model;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * ISO 9362 Business Identifier Codes, checked for their shape: 4 letters (bank), 2 letters (an
 * ISO 3166 country), 2 letters or digits (location), optionally 3 letters or digits (branch).
 * Whether the bank exists only the SWIFT directory knows.
 */
public final class Bic {

    /** Why a text is not a BIC. */
    public enum Problem {
        WRONG_SHAPE, UNKNOWN_COUNTRY;

        /** A sentence (without final period) saying what is wrong with {@code bic}. */
        public String explain(String bic, Language language) {
            boolean fr = language == Language.FR;
            return switch (this) {
                case WRONG_SHAPE -> fr
                        ? "'" + bic + "' n'est pas un BIC : 8 ou 11 caractères, 4 lettres (banque), 2 lettres (pays), "
                                + "2 lettres ou chiffres (lieu), puis éventuellement 3 lettres ou chiffres (agence)"
                        : "'" + bic + "' is not a BIC: 8 or 11 characters, 4 letters (bank), 2 letters (country), "
                                + "2 letters or digits (location), then optionally 3 letters or digits (branch)";
                case UNKNOWN_COUNTRY -> fr
                        ? "le BIC '" + bic + "' nomme un pays inconnu, '" + bic.substring(4, 6) + "'"
                        : "BIC '" + bic + "' names an unknown country, '" + bic.substring(4, 6) + "'";
            };
        }
    }

    /*
     * The pattern of the ISO 20022 schemas (BICIdentifier): a location starting with 0 or 1 (test
     * and passive codes) or ending with O is not a BIC a payment may name.
     */
    private static final Pattern SHAPE = Pattern.compile("[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?");

    /** ISO 3166 codes, and Kosovo's XK, which SWIFT uses though ISO has not assigned it. */
    private static final Set<String> COUNTRIES = new HashSet<>(List.of(Locale.getISOCountries()));

    static {
        COUNTRIES.add("XK");
    }

    private Bic() {
    }

    /** Spaces removed, upper case: "bnpa fr pp xxx" becomes "BNPAFRPPXXX". */
    public static String normalize(String text) {
        return Iban.normalize(text);
    }

    /** Empty when {@code bic} (normalized) is valid, else why it is not. */
    public static Optional<Problem> check(String bic) {
        if (!SHAPE.matcher(bic).matches()) {
            return Optional.of(Problem.WRONG_SHAPE);
        }
        if (!COUNTRIES.contains(bic.substring(4, 6))) {
            return Optional.of(Problem.UNKNOWN_COUNTRY);
        }
        return Optional.empty();
    }
}
