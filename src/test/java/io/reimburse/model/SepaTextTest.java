package io.reimburse.model;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Transliteration to the SEPA character set: rewrite, never drop. */
class SepaTextTest {

    private static final String SEPA = "[A-Za-z0-9/\\-?:().,'+ ]*";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Société Générale d'Équipement|Societe Generale d'Equipement",
            "Menuiserie Lefèvre & Fils|Menuiserie Lefevre + Fils",
            "Straße 5, Größe|Strasse 5, Grosse",
            "Æbeltoft Œuvres|AEbeltoft OEuvres",
            "Łódź Øresund Đakovo|Lodz Oresund Dakovo",
            "=Transports Rapides|Transports Rapides",
            "\"Le Coin\" du_Pain #3|'Le Coin' du Pain 3",
            "Tab\there  and\u00A0spaces|Tab here and spaces",
            "Müller-Lüdenscheidt (GmbH)|Muller-Ludenscheidt (GmbH)"})
    void latinTextLosesItsAccentsAndSymbols(String text, String expected) {
        assertThat(SepaText.latin(text, 70)).isEqualTo(expected);
    }

    /** Letters with one Latin counterpart in every romanization, so a person can check them. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ООО Ромашка|OOO Rom",
            "Αθήνα Εμπορική|Ath",
            "Москва Банк|Moskva Bank"})
    void cyrillicAndGreekBecomeTheirLatinLetters(String text, String start) {
        assertThat(SepaText.latin(text, 70)).startsWith(start).matches(SEPA);
    }

    /** Their syllables are romanized (the exact spelling is ICU's, not asserted): rewritten, never dropped. */
    @ParameterizedTest
    @ValueSource(strings = {"北京贸易有限公司", "東京トレーディング", "서울상사"})
    void chineseJapaneseAndKoreanAreWrittenInLatinLetters(String text) {
        assertThat(SepaText.latin(text, 70)).matches("[a-z][a-z ]*");
    }

    @Test
    void namesAreCutToTheLimitWithoutATrailingSpace() {
        String name = "Association des Commerçants et Artisans du Quartier de la Gare Saint-Lazare Paris";
        String latin = SepaText.latin(name, 70);

        assertThat(latin).hasSizeLessThanOrEqualTo(70).startsWith("Association des Commercants").doesNotEndWith(" ");
    }

    @Test
    void textWithoutLettersOrDigitsBecomesEmpty() {
        assertThat(SepaText.latin("🙂 ★ ☃", 70)).isEmpty();
        assertThat(SepaText.latin(null, 70)).isEmpty();
    }

    @Property(tries = 500)
    void anyTextIsWrittenInTheSepaCharacterSet(@ForAll String text) {
        assertThat(SepaText.latin(text, 70)).matches(SEPA).hasSizeLessThanOrEqualTo(70);
    }

    @Property(tries = 300)
    void letterAndDigitsAreNeverAllLost(@ForAll("lettersOfAnyScript") String text) {
        assertThat(SepaText.latin(text, 70)).isNotEmpty();
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> lettersOfAnyScript() {
        return net.jqwik.api.Arbitraries.strings().ofMinLength(1).ofMaxLength(20)
                .withCharRange('a', 'z').withCharRange('À', 'ž').withCharRange('Α', 'ω').withCharRange('А', 'я')
                .withCharRange('一', '龥');
    }

    @ParameterizedTest
    @ValueSource(strings = {"RMB-000001", "RMB-FR-000001", "INV/2026/000001", "A"})
    void invoiceNumbersInTheSepaSetAreIdentifiers(String id) {
        assertThat(SepaText.isIdentifier(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/RMB000001", "RMB//000001", "RMB_000001", "RMB#000001", "Réf000001",
            "A-PREFIX-LONGER-THAN-TWENTY-NINE-000001"})
    void otherTextsAreNotIdentifiers(String id) {
        assertThat(SepaText.isIdentifier(id)).isFalse();
    }
}
