package io.reimburse.input;

import org.apache.poi.ss.usermodel.DateUtil;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Reads dates and booleans from cells: ISO dates always, a stated pattern otherwise, Excel dates and serials. */
public final class ValueParser {

    private ValueParser() {
    }

    /** A date from a date cell, an Excel serial number, ISO text, or text in {@code pattern} (may be null). */
    public static Optional<LocalDate> date(CellValue cell, String pattern) {
        if (cell instanceof CellValue.Date date) {
            return Optional.of(date.value());
        }
        if (cell instanceof CellValue.Number number) {
            BigDecimal serial = number.value();
            if (serial.signum() > 0 && serial.compareTo(BigDecimal.valueOf(2_958_465)) <= 0) {
                return Optional.of(DateUtil.getLocalDateTime(serial.doubleValue(), number.date1904()).toLocalDate());
            }
            return Optional.empty();
        }
        String text = cell.display().strip();
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException notIso) {
            if (pattern == null || pattern.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.parse(text, formatter(pattern)));
            } catch (DateTimeParseException notPattern) {
                return Optional.empty();
            }
        }
    }

    /** A strict formatter: 31/02 is refused, not moved to March. */
    public static DateTimeFormatter formatter(String pattern) {
        return DateTimeFormatter.ofPattern(pattern.replace('y', 'u')).withResolverStyle(ResolverStyle.STRICT);
    }

}
