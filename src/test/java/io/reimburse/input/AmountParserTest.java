package io.reimburse.input;

import io.reimburse.model.DecimalSeparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class AmountParserTest {

    private static BigDecimal parsed(String text, DecimalSeparator setting) {
        AmountParser.Result result = AmountParser.parse(text, setting);
        assertThat(result).as(text).isInstanceOf(AmountParser.Parsed.class);
        return ((AmountParser.Parsed) result).value();
    }

    @ParameterizedTest(name = "''{0}'' reads as {1}")
    @CsvSource(delimiter = '|', value = {
            "1234.56|1234.56",
            "1,234.56|1234.56",
            "1 234,56|1234.56",
            "1\u00A0234,56|1234.56",
            "1\u202F234,56|1234.56",
            "1.234,56|1234.56",
            "1'234.56|1234.56",
            "12 345 678,90|12345678.90",
            "-1234.56|-1234.56",
            "+1234.56|1234.56",
            "(1 234,56)|-1234.56",
            "1234.56-|-1234.56",
            "150.00 CR|-150.00",
            "150,00CR|-150.00",
            "150.00 DR|150.00",
            "EUR 1 234,56|1234.56",
            "1 234,56 €|1234.56",
            "€1,234.56|1234.56",
            "-€12.50|-12.50",
            "$-12.50|-12.50",
            "1234.56 EUR|1234.56",
            "\u221212,50|-12.50",
            "12,5|12.5",
            "0,123|0.123",
            "1,234,567|1234567",
            "1.234.567|1234567",
            "1234|1234",
            "0|0",
            "  -87,40  |-87.40",
            "'1 234,56\u00A0€'|1234.56",  // Excel fr-FR currency format: a no-break space before the symbol
            "'12,50\u00A0'|12.50",
            "'\u202F-12,50'|-12.50",
            "1\u2007234,56|1234.56",
            "1234.567|1234.567",          // four digits before the separator: it cannot group thousands
            "1234,567|1234.567",
            "$ (1,234.56)|-1234.56",      // Excel's accounting format
            "150.00 CR EUR|-150.00",
            "12 € -|-12",
    })
    void readsEveryFormOfTextAmount(String text, String expected) {
        assertThat(parsed(text, DecimalSeparator.AUTO)).isEqualByComparingTo(expected);
    }

    @Test
    void keepsTheScaleAsWrittenSoDecimalsCanBeChecked() {
        assertThat(parsed("10.0051", DecimalSeparator.AUTO).scale()).isEqualTo(4);
        assertThat(parsed("1 250,00", DecimalSeparator.AUTO)).isEqualTo(new BigDecimal("1250.00"));
    }

    @Test
    void saysWhatTheValueTellsAboutTheColumnsDecimalSeparator() {
        assertThat(AmountParser.parse("1 234,56", DecimalSeparator.AUTO))
                .extracting(r -> ((AmountParser.Parsed) r).evidence()).isEqualTo(AmountParser.Evidence.COMMA_DECIMAL);
        assertThat(AmountParser.parse("1,234,567", DecimalSeparator.AUTO))
                .extracting(r -> ((AmountParser.Parsed) r).evidence()).isEqualTo(AmountParser.Evidence.POINT_DECIMAL);
        assertThat(AmountParser.parse("1234", DecimalSeparator.AUTO))
                .extracting(r -> ((AmountParser.Parsed) r).evidence()).isEqualTo(AmountParser.Evidence.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,234", "1.234", "-1,234", "(12.345)"})
    void aSeparatorFollowedByThreeDigitsAloneIsAmbiguousNeverGuessed(String text) {
        assertThat(AmountParser.parse(text, DecimalSeparator.AUTO)).isInstanceOf(AmountParser.Ambiguous.class);
    }

    @Test
    void anAmbiguousValueIsResolvedByTheColumnsEvidence() {
        AmountParser.Ambiguous ambiguous = (AmountParser.Ambiguous) AmountParser.parse("-1,234", DecimalSeparator.AUTO);
        assertThat(ambiguous.resolve(AmountParser.Evidence.COMMA_DECIMAL)).isEqualByComparingTo("-1.234");
        assertThat(ambiguous.resolve(AmountParser.Evidence.POINT_DECIMAL)).isEqualByComparingTo("-1234");
    }

    @Test
    void aStatedDecimalSeparatorDecides() {
        assertThat(parsed("1,234", DecimalSeparator.POINT)).isEqualByComparingTo("1234");
        assertThat(parsed("1,234", DecimalSeparator.COMMA)).isEqualByComparingTo("1.234");
        assertThat(parsed("1.234", DecimalSeparator.COMMA)).isEqualByComparingTo("1234");
        assertThat(AmountParser.parse("1,234.56", DecimalSeparator.COMMA)).isInstanceOf(AmountParser.Invalid.class);
        assertThat(AmountParser.parse("1.234,56", DecimalSeparator.POINT)).isInstanceOf(AmountParser.Invalid.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "abc", "12a", "1,2,3", "1.234.56", "1 23,45", "12.", "--12", "(12)-",
            "1.2.3,4", "12,34,56.7", "EUR", "12 CR-", "1e5", "0x10", "IDR 1O0"})
    void somethingThatIsNotAnAmountIsAnError(String text) {
        assertThat(AmountParser.parse(text, DecimalSeparator.AUTO)).isInstanceOf(AmountParser.Invalid.class);
    }

    @Test
    void aCurrencyEndingInDrIsNotADebitMark() {
        AmountParser.Parsed parsed = (AmountParser.Parsed) AmountParser.parse("150 IDR", DecimalSeparator.AUTO);
        assertThat(parsed.value()).isEqualByComparingTo("150");
        assertThat(parsed.currencyMark()).isEqualTo("IDR");
    }

    @ParameterizedTest(name = "''{0}'' with DecimalSeparator {1} is refused, never read as a number")
    @CsvSource(delimiter = '|', value = {
            "1 234.567|COMMA",       // was 1234567: a space and a point grouping one number
            "1 234.567,89|AUTO",     // was 1234567.89
            "1.234 567,89|AUTO",
            "1'234 567|AUTO",
            "0,123|POINT",           // was 123: no grouped number starts with 0
            "00,123|POINT",
            "1.234.567,8|POINT",
            "1,234.5,6|AUTO",
            "12,3456|POINT",
            "\u0661\u0662\u0663|AUTO",  // Arabic-Indic digits: Character.isDigit says yes
            "\uFF11\uFF12\uFF13|AUTO",
            "12abc34|AUTO",
            "((12))|AUTO",
    })
    void mixedOrImpossibleGroupingIsAnErrorNotASilentMisreading(String text, DecimalSeparator setting) {
        assertThat(AmountParser.parse(text, setting)).as(text).isInstanceOf(AmountParser.Invalid.class);
    }

    @Test
    void fourDigitsBeforeTheSeparatorAreEvidenceOfTheDecimalOne() {
        assertThat(AmountParser.parse("1234.567", DecimalSeparator.AUTO))
                .extracting(r -> ((AmountParser.Parsed) r).evidence()).isEqualTo(AmountParser.Evidence.POINT_DECIMAL);
        assertThat(AmountParser.parse("1234,567", DecimalSeparator.AUTO))
                .extracting(r -> ((AmountParser.Parsed) r).evidence()).isEqualTo(AmountParser.Evidence.COMMA_DECIMAL);
    }

    @Test
    void aCurrencySymbolMustFitTheCurrency() {
        assertThat(AmountParser.markMatches("€", "EUR")).isTrue();
        assertThat(AmountParser.markMatches("€", "USD")).isFalse();
        assertThat(AmountParser.markMatches("$", "CAD")).isTrue();
        assertThat(AmountParser.markMatches("$", "EUR")).isFalse();
        assertThat(AmountParser.markMatches("eur", "EUR")).isTrue();
        assertThat(AmountParser.markMatches("", "JPY")).isTrue();
    }
}
