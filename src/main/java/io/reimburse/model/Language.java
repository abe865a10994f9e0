package io.reimburse.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The language of the report labels and descriptions, and how it writes a date and an amount in a
 * sentence: {@code 2026-10-31} and {@code 1,250.00 EUR} in English, {@code 31/10/2026} and
 * {@code 1 250,00 EUR} in French (a narrow no-break space between thousands, as French typography
 * and Excel in French write them).
 */
public enum Language {
    EN(DateTimeFormatter.ISO_LOCAL_DATE, ',', '.'),
    FR(DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT), '\u202F', ',');

    private final DateTimeFormatter dates;
    private final char grouping;
    private final char decimal;

    Language(DateTimeFormatter dates, char grouping, char decimal) {
        this.dates = dates;
        this.grouping = grouping;
        this.decimal = decimal;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String date(LocalDate date) {
        return dates.format(date);
    }

    /** An amount with its currency's decimals (or more, when it has more) and code: {@code 1 250,00 EUR}. */
    public String amount(BigDecimal amount, String currency) {
        return number(amount.setScale(Math.max(Money.minorDigits(currency), amount.scale()))) + " " + currency;
    }

    /** A number with exactly its own decimals, grouped by thousands: {@code 0,333333}, {@code 49,995}. */
    public String number(BigDecimal value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(grouping);
        symbols.setDecimalSeparator(decimal);
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMinimumFractionDigits(Math.max(0, value.scale()));
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        format.setRoundingMode(RoundingMode.UNNECESSARY); // shown as it is, never rounded here
        return format.format(value);
    }
}
