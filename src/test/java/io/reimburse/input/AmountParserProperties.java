package io.reimburse.input;

import io.reimburse.model.DecimalSeparator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any amount written in any of the accepted styles reads back as exactly that amount: as a sure
 * value, or as an ambiguous one that the style's own decimal separator resolves. Never another
 * number, never refused.
 */
class AmountParserProperties {

    enum Sign { MINUS, TRAILING_MINUS, PARENTHESES, CR, UNICODE_MINUS, NONE }

    enum Currency { NONE, CODE_BEFORE, CODE_AFTER, SYMBOL_BEFORE, SYMBOL_AFTER }

    /** A way of writing amounts, as one export writes a whole column. */
    record Style(char decimal, String grouping, Sign sign, Currency currency) {

        AmountParser.Evidence evidence() {
            return decimal == '.' ? AmountParser.Evidence.POINT_DECIMAL : AmountParser.Evidence.COMMA_DECIMAL;
        }

        String write(BigDecimal amount) {
            String plain = amount.abs().toPlainString();
            int dot = plain.indexOf('.');
            String integer = dot < 0 ? plain : plain.substring(0, dot);
            StringBuilder grouped = new StringBuilder();
            for (int i = 0; i < integer.length(); i++) {
                if (i > 0 && (integer.length() - i) % 3 == 0) {
                    grouped.append(grouping);
                }
                grouped.append(integer.charAt(i));
            }
            String number = grouped + (dot < 0 ? "" : decimal + plain.substring(dot + 1));
            boolean negative = amount.signum() < 0;
            String signed = !negative ? number : switch (sign) {
                case MINUS, NONE -> "-" + number;
                case TRAILING_MINUS -> number + "-";
                case PARENTHESES -> "(" + number + ")";
                case CR -> number + " CR";
                case UNICODE_MINUS -> "\u2212" + number;
            };
            return switch (currency) {
                case NONE -> signed;
                case CODE_BEFORE -> "EUR " + signed;
                case CODE_AFTER -> signed + " EUR";
                case SYMBOL_BEFORE -> "€" + signed;
                case SYMBOL_AFTER -> signed + "\u00A0€";
            };
        }
    }

    @Property(tries = 3000)
    void everyAcceptedStyleReadsBackExactly(@ForAll("amounts") BigDecimal amount, @ForAll("styles") Style style) {
        String written = style.write(amount);

        AmountParser.Result auto = AmountParser.parse(written, DecimalSeparator.AUTO);
        BigDecimal read;
        if (auto instanceof AmountParser.Parsed parsed) {
            assertThat(parsed.evidence()).as(written).isIn(AmountParser.Evidence.NONE, style.evidence());
            read = parsed.value();
        } else if (auto instanceof AmountParser.Ambiguous ambiguous) {
            read = ambiguous.resolve(style.evidence());
        } else {
            throw new AssertionError("'" + written + "' refused: " + ((AmountParser.Invalid) auto).reason());
        }
        assertThat(read).as(written).isEqualTo(amount);

        DecimalSeparator stated = style.decimal() == '.' ? DecimalSeparator.POINT : DecimalSeparator.COMMA;
        assertThat(AmountParser.parse(written, stated)).as(written + " with DecimalSeparator " + stated.code())
                .isInstanceOfSatisfying(AmountParser.Parsed.class, p -> assertThat(p.value()).isEqualTo(amount));
    }

    /**
     * Whatever the text, a sure reading agrees with the convention it claims as evidence, and a
     * reading that claims none is the same under both conventions: no value is read one way in
     * auto and another once the separator is stated.
     */
    @Property(tries = 5000)
    void aSureReadingNeverDependsOnTheUnstatedConvention(@ForAll("amountLikeText") String text) {
        AmountParser.Result auto = AmountParser.parse(text, DecimalSeparator.AUTO);
        AmountParser.Result point = AmountParser.parse(text, DecimalSeparator.POINT);
        AmountParser.Result comma = AmountParser.parse(text, DecimalSeparator.COMMA);
        if (auto instanceof AmountParser.Parsed parsed) {
            if (parsed.evidence() != AmountParser.Evidence.COMMA_DECIMAL) {
                assertThat(point).as(text).isInstanceOfSatisfying(AmountParser.Parsed.class,
                        p -> assertThat(p.value()).isEqualTo(parsed.value()));
            }
            if (parsed.evidence() != AmountParser.Evidence.POINT_DECIMAL) {
                assertThat(comma).as(text).isInstanceOfSatisfying(AmountParser.Parsed.class,
                        c -> assertThat(c.value()).isEqualTo(parsed.value()));
            }
        } else if (auto instanceof AmountParser.Ambiguous ambiguous) {
            assertThat(point).as(text).isInstanceOfSatisfying(AmountParser.Parsed.class,
                    p -> assertThat(p.value()).isEqualTo(ambiguous.ifPointDecimal()));
            assertThat(comma).as(text).isInstanceOfSatisfying(AmountParser.Parsed.class,
                    c -> assertThat(c.value()).isEqualTo(ambiguous.ifCommaDecimal()));
        }
    }

    @Provide
    Arbitrary<String> amountLikeText() {
        return Arbitraries.strings().withChars("0123456789.,' -()€$\u00A0CREU").ofMinLength(1).ofMaxLength(14);
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Combinators.combine(Arbitraries.longs().between(-999_999_999_999L, 999_999_999_999L),
                Arbitraries.integers().between(0, 3)).as((units, scale) -> BigDecimal.valueOf(units, scale));
    }

    @Provide
    Arbitrary<Style> styles() {
        return Combinators.combine(Arbitraries.of('.', ','), Arbitraries.of("", " ", "\u00A0", "\u202F", "'", "OTHER"),
                Arbitraries.of(Sign.class), Arbitraries.of(Currency.class)).as((decimal, grouping, sign, currency) ->
                new Style(decimal, grouping.equals("OTHER") ? (decimal == '.' ? "," : ".") : grouping, sign, currency));
    }
}
