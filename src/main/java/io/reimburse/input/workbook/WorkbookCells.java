package io.reimburse.input.workbook;

import io.reimburse.input.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

/**
 * What a workbook cell holds, as a value: the one conversion every workbook reader uses (.xls
 * through {@link PoiCells}, .xlsx and .ods from their XML), so that the same cell saved in
 * another format is read the same. A formula gives its saved result, and none saved is
 * unavailable (not zero, as POI's cell model would answer); a number formatted as a date is a
 * date; error cells and numbers that are not finite are unavailable.
 */
public final class WorkbookCells {

    private WorkbookCells() {
    }

    /**
     * A number cell: a date when its cell is formatted as one and it is within Excel's dates (a
     * crafted serial is not), else the exact decimal the spreadsheet shows.
     */
    public static CellValue number(double value, boolean dateFormatted, boolean date1904) {
        if (!Double.isFinite(value)) {
            return new CellValue.Unavailable("not a finite number", Double.toString(value));
        }
        if (dateFormatted && DateUtil.isValidExcelDate(value)) {
            LocalDateTime date = DateUtil.getLocalDateTime(value, date1904);
            if (date != null) {
                return new CellValue.Date(date.toLocalDate());
            }
        }
        return CellValue.ofSpreadsheetDouble(value, date1904);
    }

    /** A formula whose result was never computed and saved. */
    public static CellValue formulaWithoutResult(String formula) {
        return new CellValue.Unavailable("formula without a saved result", "=" + (formula == null ? "" : formula));
    }

    /** An error cell as the spreadsheet shows it ({@code #N/A}, {@code #DIV/0!}). */
    public static CellValue error(String shown) {
        return new CellValue.Unavailable("error cell", shown);
    }

    /** An error cell by the code its format writes ({@code #N/A} in .xlsx); an unknown code is #ERROR. */
    public static CellValue errorCode(String code) {
        return error(() -> FormulaError.forString(code));
    }

    /** An error cell by the code its format writes (a byte in .xls); an unknown code is #ERROR. */
    public static CellValue errorCode(int code) {
        return error(() -> FormulaError.forInt(code));
    }

    private static CellValue error(Supplier<FormulaError> lookup) {
        try {
            return error(lookup.get().getString());
        } catch (RuntimeException unknown) { // POI's lookup throws for a code it does not know
            return error("#ERROR");
        }
    }

    public static CellValue bool(boolean value) {
        return new CellValue.Text(value ? "TRUE" : "FALSE");
    }

    /**
     * A date written as ISO 8601 text, a date or a date and time. A time of day alone (openpyxl
     * writes a {@code datetime.time} so) and text that is no date are unavailable: no date can be had.
     */
    public static CellValue isoDate(String written) {
        try {
            return new CellValue.Date(LocalDateTime.parse(written).toLocalDate());
        } catch (DateTimeParseException e) {
            try {
                return new CellValue.Date(LocalDate.parse(written));
            } catch (DateTimeParseException notADate) {
                return new CellValue.Unavailable(isTime(written) ? "a time of day, not a date" : "not an ISO 8601 date",
                        written);
            }
        }
    }

    private static boolean isTime(String written) {
        try {
            LocalTime.parse(written);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
