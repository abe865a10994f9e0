package io.reimburse.input;

import org.apache.poi.ss.usermodel.DateUtil;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The patterns text dates are commonly written in, four-digit years only: day first (as Europe
     * writes), month first (as the United States does), year first.
     */
    private static final List<String> COMMON_PATTERNS = List.of("dd/MM/yyyy", "dd.MM.yyyy", "dd-MM-yyyy",
            "d/M/yyyy", "d.M.yyyy", "MM/dd/yyyy", "M/d/yyyy", "yyyy/MM/dd", "yyyy.MM.dd");

    /** A date a text may mean, and the pattern it is written in. */
    public record Reading(LocalDate date, String pattern) {
    }

    /**
     * The dates a text that is no ISO date may mean, read with the common patterns: one (31/10/2026),
     * several when the day and the month could be either (03/04/2026), none for a text no pattern reads.
     * For a message, never for reading: a date is read only as ISO or in the DateFormat given.
     */
    public static List<Reading> readings(String text) {
        Map<LocalDate, String> dates = new LinkedHashMap<>();
        for (String pattern : COMMON_PATTERNS) {
            try {
                dates.putIfAbsent(LocalDate.parse(text.strip(), formatter(pattern)), pattern);
            } catch (DateTimeParseException notThisPattern) {
                // the next one
            }
        }
        return dates.entrySet().stream().map(entry -> new Reading(entry.getKey(), entry.getValue())).toList();
    }

    /** A strict formatter: 31/02 is refused, not moved to March. */
    public static DateTimeFormatter formatter(String pattern) {
        return DateTimeFormatter.ofPattern(pattern.replace('y', 'u')).withResolverStyle(ResolverStyle.STRICT);
    }

}
