package io.reimburse.input;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

/** One cell as the file holds it: text, a number cell, a date cell, blank, or a value that cannot be had. */
public sealed interface CellValue {

    /** The value as a person would read it, for error messages. */
    String display();

    default boolean isBlank() {
        return this instanceof Blank || (this instanceof Text text && text.value().isBlank());
    }

    /** Text as written (CSV fields, text cells). */
    record Text(String value) implements CellValue {
        public String display() {
            return value;
        }
    }

    /**
     * A numeric cell: exact decimal of what the spreadsheet shows. {@code date1904} tells how the
     * workbook counts date serials (old Mac workbooks count from 1904), should the number be a date.
     */
    record Number(BigDecimal value, boolean date1904) implements CellValue {
        public Number(BigDecimal value) {
            this(value, false);
        }

        public String display() {
            return value.toPlainString();
        }
    }

    /** A cell formatted as a date. */
    record Date(LocalDate value) implements CellValue {
        public String display() {
            return value.toString();
        }
    }

    /** An empty cell. */
    record Blank() implements CellValue {
        public String display() {
            return "";
        }
    }

    /**
     * An error cell, a formula whose result was never computed and saved, or a cell whose content is
     * no value of its type (a date cell holding a time of day): what it was meant to hold cannot be had.
     */
    record Unavailable(String reason, String shown) implements CellValue {
        public String display() {
            return shown;
        }
    }

    CellValue BLANK = new Blank();

    /** Excel keeps 15 significant digits; beyond is binary noise (0.1 + 0.2 = 0.30000000000000004). */
    MathContext EXCEL_PRECISION = new MathContext(15);

    /** The exact decimal a spreadsheet shows for a double, without binary-floating-point noise. */
    static Number ofSpreadsheetDouble(double value, boolean date1904) {
        BigDecimal exact = new BigDecimal(Double.toString(value)).round(EXCEL_PRECISION).stripTrailingZeros();
        return new Number(exact.scale() < 0 ? exact.setScale(0) : exact, date1904);
    }

    static CellValue ofText(String value) {
        return value == null || value.isEmpty() ? BLANK : new Text(value);
    }
}
