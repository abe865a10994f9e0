package io.reimburse.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * ISO 13616 International Bank Account Numbers: the length of the country's IBAN from the SWIFT
 * IBAN registry and the ISO 7064 MOD 97-10 check digits. The national check digits inside the
 * BBAN are not checked: every country has its own rule, and the two IBAN check digits already
 * catch any single mistyped character.
 */
public final class Iban {

    /** Why a text is not an IBAN. */
    public enum Problem {
        NOT_AN_IBAN, UNKNOWN_COUNTRY, WRONG_LENGTH, WRONG_CHECK_DIGITS;

        /** A sentence (without final period) saying what is wrong with {@code iban}. */
        public String explain(String iban, Language language) {
            boolean fr = language == Language.FR;
            String country = iban.length() >= 2 ? iban.substring(0, 2) : iban;
            return switch (this) {
                case NOT_AN_IBAN -> fr
                        ? "'" + iban + "' n'est pas un IBAN : deux lettres (pays), deux chiffres de contrôle, puis "
                                + "des lettres et des chiffres"
                        : "'" + iban + "' is not an IBAN: two letters (country), two check digits, then letters "
                                + "and digits";
                case UNKNOWN_COUNTRY -> fr
                        ? "l'IBAN '" + iban + "' commence par '" + country + "', qui n'est pas un pays du registre IBAN"
                        : "IBAN '" + iban + "' starts with '" + country + "', not a country of the IBAN registry";
                case WRONG_LENGTH -> fr
                        ? "l'IBAN '" + iban + "' compte " + iban.length() + " caractères ; un IBAN " + country
                                + " en compte " + expectedLength(country).orElseThrow()
                        : "IBAN '" + iban + "' has " + iban.length() + " characters; one of " + country + " has "
                                + expectedLength(country).orElseThrow();
                case WRONG_CHECK_DIGITS -> fr
                        ? "les chiffres de contrôle de l'IBAN '" + iban + "' sont faux (ISO 13616 modulo 97) : un "
                                + "caractère est mal saisi"
                        : "the check digits of IBAN '" + iban + "' are wrong (ISO 13616 mod 97): a character is "
                                + "mistyped";
            };
        }
    }

    /**
     * IBAN lengths of the SWIFT IBAN registry as of 2025 (89 countries). Territories that
     * use another country's IBAN (French overseas departments FR, Åland FI, Jersey GB...) have no
     * code of their own here, as in the registry.
     */
    private static final String REGISTRY = """
            AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18
            DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 HU28 IE22 IL23
            IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27
            MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19
            SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30
            """;

    private static final Map<String, Integer> LENGTHS = new HashMap<>();

    static {
        for (String entry : REGISTRY.strip().split("\\s+")) {
            LENGTHS.put(entry.substring(0, 2), Integer.parseInt(entry.substring(2)));
        }
    }

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private Iban() {
    }

    /** The electronic form: "fr76 3000 6000 ..." becomes "FR763000600...". */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return ""; // most payees of a large export give none: no regular expression for them
        }
        return SPACES.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** Empty when {@code iban} (electronic form) is valid, else why it is not. */
    public static Optional<Problem> check(String iban) {
        if (!SHAPE.matcher(iban).matches()) {
            return Optional.of(Problem.NOT_AN_IBAN);
        }
        OptionalInt length = expectedLength(iban.substring(0, 2));
        if (length.isEmpty()) {
            return Optional.of(Problem.UNKNOWN_COUNTRY);
        }
        if (iban.length() != length.getAsInt()) {
            return Optional.of(Problem.WRONG_LENGTH);
        }
        // 00, 01 and 99 are never computed check digits; 99 would pass mod 97 wherever 02 does
        int checkDigits = Integer.parseInt(iban.substring(2, 4));
        if (checkDigits < 2 || checkDigits > 98 || mod97(iban) != 1) {
            return Optional.of(Problem.WRONG_CHECK_DIGITS);
        }
        return Optional.empty();
    }

    /** The length of the IBANs of a registry country. */
    public static OptionalInt expectedLength(String country) {
        Integer length = LENGTHS.get(country);
        return length == null ? OptionalInt.empty() : OptionalInt.of(length);
    }

    /** ISO 7064 MOD 97-10 of the IBAN moved to BBAN + country + check digits, letters as 10..35. */
    static int mod97(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            int value = Character.digit(rearranged.charAt(i), 36);
            remainder = (remainder * (value < 10 ? 10 : 100) + value) % 97;
        }
        return remainder;
    }
}
