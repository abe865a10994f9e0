package io.reimburse.model;

import net.jqwik.api.Assume;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** ISO 13616: the registry's lengths and the MOD 97-10 check digits, on published IBANs and corruptions. */
class IbanTest {

    /** Example IBANs published by the SWIFT IBAN registry and the banks of each country. */
    static final List<String> PUBLISHED = List.of(
            "DE89370400440532013000", "GB82WEST12345698765432", "FR1420041010050500013M02606", "NL91ABNA0417164300",
            "BE68539007547034", "CH9300762011623852957", "IT60X0542811101000000123456", "ES9121000418450200051332",
            "AT611904300234573201", "NO9386011117947", "MT84MALT011000012345MTLCAST001S",
            "PL61109010140000071219812874", "SE4550000000058398257466", "LC55HEMM000100010012001200023015",
            "BR1800360305000010009795493C1", "SC18SSCB11010000000000001497USD", "KW81CBKU0000000000001234560101",
            "IE29AIBK93115212345678", "PT50000201231234567890154", "SA0380000000608010167519",
            "RU0304452522540817810538091310419");

    @Test
    void everyPublishedExampleIsValid() {
        for (String iban : PUBLISHED) {
            assertThat(Iban.check(iban)).as(iban).isEmpty();
        }
    }

    @Test
    void everySingleDigitChangeOfAPublishedExampleFails() {
        for (String iban : PUBLISHED) {
            for (String corrupted : singleDigitChanges(iban)) {
                assertThat(Iban.check(corrupted)).as(corrupted).contains(Iban.Problem.WRONG_CHECK_DIGITS);
            }
        }
    }

    @Property(tries = 2000)
    void everySingleDigitChangeOfAValidIbanFails(@ForAll("validIbans") String iban,
                                                 @ForAll @IntRange(min = 0, max = 40) int position,
                                                 @ForAll @IntRange(min = 1, max = 9) int shift) {
        assertThat(Iban.check(iban)).as(iban).isEmpty();
        List<Integer> digits = digitPositions(iban);
        int at = digits.get(position % digits.size());
        char changed = (char) ('0' + (iban.charAt(at) - '0' + shift) % 10);
        String corrupted = iban.substring(0, at) + changed + iban.substring(at + 1);

        assertThat(Iban.check(corrupted)).as(corrupted).contains(Iban.Problem.WRONG_CHECK_DIGITS);
    }

    /** (10a + b) - (10b + a) = 9(a - b) is never a multiple of 97; a letter next to a digit has no such rule. */
    @Property(tries = 500)
    void twoNeighbouringDigitsSwappedFail(@ForAll("validIbans") String iban, @ForAll @IntRange(min = 4, max = 40) int at) {
        int i = 4 + at % (iban.length() - 5);
        char a = iban.charAt(i);
        char b = iban.charAt(i + 1);
        Assume.that(a != b && Character.isDigit(a) && Character.isDigit(b)); // counted by jqwik, not passed
        String swapped = iban.substring(0, i) + b + a + iban.substring(i + 2);
        assertThat(Iban.check(swapped)).as(swapped).isPresent();
    }

    @Test
    void spacesAndLowerCaseAreTheSameIban() {
        String printed = "de89 3704\u00A00044 0532 0130 00";
        assertThat(Iban.normalize(printed)).isEqualTo("DE89370400440532013000");
        assertThat(Iban.check(Iban.normalize(printed))).isEmpty();
    }

    @Test
    void aLengthOtherThanTheCountrysFails() {
        assertThat(Iban.check("DE8937040044053201300")).contains(Iban.Problem.WRONG_LENGTH);
        assertThat(Iban.check("FR14200410100505000013M02606")).contains(Iban.Problem.WRONG_LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"US64SVBKUS6S3300958879", "ZZ1234567890"})
    void aCountryOutsideTheRegistryFails(String iban) {
        assertThat(Iban.check(iban)).contains(Iban.Problem.UNKNOWN_COUNTRY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "DE", "DE89", "89DE370400440532013000", "DE8937040044053201300-", "DEXX370400440532013000"})
    void textThatIsNoIbanFails(String text) {
        assertThat(Iban.check(text)).contains(Iban.Problem.NOT_AN_IBAN);
    }

    @Test
    void checkDigits99AreRefusedThoughTheyPassMod97Like02() {
        String with02 = ibanWithCheckDigits("DE", 2);
        String with99 = with02.substring(0, 2) + "99" + with02.substring(4);

        assertThat(Iban.check(with02)).isEmpty();
        assertThat(Iban.mod97(with99)).isEqualTo(1);
        assertThat(Iban.check(with99)).contains(Iban.Problem.WRONG_CHECK_DIGITS);
    }

    @Test
    void theRegistryHas89CountriesWithTheirLengths() {
        long countries = java.util.Arrays.stream(Locale.getISOCountries()).filter(c -> Iban.expectedLength(c).isPresent())
                .count() + (Iban.expectedLength("XK").isPresent() ? 1 : 0);
        assertThat(countries).isEqualTo(89);
        assertThat(Iban.expectedLength("NO")).hasValue(15);
        assertThat(Iban.expectedLength("RU")).hasValue(33);
        assertThat(Iban.expectedLength("FR")).hasValue(27);
        assertThat(Iban.expectedLength("GF")).isEmpty(); // French Guiana uses FR IBANs
    }

    @Test
    void problemsAreExplainedInTheRunsLanguage() {
        assertThat(Iban.Problem.WRONG_LENGTH.explain("FR7630006", Language.EN))
                .isEqualTo("IBAN 'FR7630006' has 9 characters; one of FR has 27");
        assertThat(Iban.Problem.WRONG_LENGTH.explain("FR7630006", Language.FR))
                .isEqualTo("l'IBAN 'FR7630006' compte 9 caractères ; un IBAN FR en compte 27");
        assertThat(Iban.Problem.WRONG_CHECK_DIGITS.explain("FR76", Language.FR)).contains("modulo 97");
    }

    // ---------------------------------------------------------------- helpers, independent of Iban

    @Provide
    Arbitrary<String> validIbans() {
        Arbitrary<String> countries = Arbitraries.of(PUBLISHED.stream().map(i -> i.substring(0, 2)).distinct().toList());
        return countries.flatMap(country -> {
            int bbanLength = Iban.expectedLength(country).orElseThrow() - 4;
            Arbitrary<String> bban = Combinators.combine(
                    Arbitraries.strings().withChars("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ").ofLength(bbanLength),
                    Arbitraries.strings().numeric().ofLength(bbanLength))
                    .as((mixed, digits) -> digits.substring(0, bbanLength / 2) + mixed.substring(bbanLength / 2));
            return bban.map(b -> withCheckDigits(country, b));
        });
    }

    private static String withCheckDigits(String country, String bban) {
        int check = 98 - numeric(bban + country + "00").mod(BigInteger.valueOf(97)).intValue();
        return country + String.format("%02d", check) + bban;
    }

    private static BigInteger numeric(String text) {
        StringBuilder digits = new StringBuilder();
        text.chars().forEach(c -> digits.append(Character.digit(c, 36)));
        return new BigInteger(digits.toString());
    }

    private static String ibanWithCheckDigits(String country, int wanted) {
        for (long account = 0; ; account++) {
            String iban = withCheckDigits(country, String.format("%018d", account));
            if (Integer.parseInt(iban.substring(2, 4)) == wanted) {
                return iban;
            }
        }
    }

    private static List<Integer> digitPositions(String iban) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 2; i < iban.length(); i++) {
            if (Character.isDigit(iban.charAt(i))) {
                positions.add(i);
            }
        }
        return positions;
    }

    private static List<String> singleDigitChanges(String iban) {
        List<String> changes = new ArrayList<>();
        for (int at : digitPositions(iban)) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit != iban.charAt(at)) {
                    changes.add(iban.substring(0, at) + digit + iban.substring(at + 1));
                }
            }
        }
        return changes;
    }
}
