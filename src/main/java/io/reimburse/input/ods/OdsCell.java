package io.reimburse.input.ods;

import io.reimburse.input.CellValue;
import io.reimburse.input.workbook.WorkbookCells;

import java.util.regex.Pattern;

/**
 * The cell being read ({@code <table:table-cell office:value-type="..." office:value="...">}) and
 * its value by the rules every workbook reader follows ({@link WorkbookCells}): a number is the
 * exact decimal a spreadsheet shows (a percentage is its fraction, a currency amount its number), a
 * date is a date, a formula gives its cached result (none is a formula without a saved result), text
 * is its paragraphs joined by line breaks.
 */
final class OdsCell {

    /** What LibreOffice shows for an error result: Excel's codes, or its own {@code Err:502}. */
    private static final Pattern ERROR_SHOWN = Pattern.compile("#(NULL!|DIV/0!|VALUE!|REF!|NAME\\?|NUM!|N/A)|Err:\\d{3}");

    String valueType;
    String calcextType;
    String value;
    String dateValue;
    String booleanValue;
    String stringValue;
    String formula;
    final StringBuilder text = new StringBuilder();

    void clear() {
        valueType = null;
        calcextType = null;
        value = null;
        dateValue = null;
        booleanValue = null;
        stringValue = null;
        formula = null;
        text.setLength(0);
    }

    CellValue value(boolean date1904) {
        String shown = text.toString();
        // LibreOffice writes an error result as the number 0 with the error shown (calcext marks it since 4.x)
        if ("error".equals(calcextType) || formula != null && ERROR_SHOWN.matcher(shown).matches()) {
            return WorkbookCells.error(shown.isEmpty() ? "#ERROR" : shown);
        }
        if (valueType == null || valueType.equals("void")) {
            return formula != null ? WorkbookCells.formulaWithoutResult(formulaText()) : CellValue.ofText(shown);
        }
        return switch (valueType) {
            case "float", "percentage", "currency" -> number(shown, date1904);
            case "date" -> dateValue == null ? new CellValue.Unavailable("a date cell without a date", shown)
                    : WorkbookCells.isoDate(dateValue.strip());
            case "time" -> new CellValue.Unavailable("a time of day, not a date", shown);
            case "boolean" -> booleanValue == null ? new CellValue.Unavailable("a yes/no cell without a value", shown)
                    : WorkbookCells.bool(booleanValue.strip().equalsIgnoreCase("true"));
            case "string" -> CellValue.ofText(stringValue != null ? stringValue : shown);
            default -> new CellValue.Unavailable("a cell of unknown type office:value-type=\"" + shorten(valueType)
                    + "\"", shown);
        };
    }

    private CellValue number(String shown, boolean date1904) {
        if (value == null) {
            return new CellValue.Unavailable("a number cell that holds no number", shown);
        }
        try {
            return WorkbookCells.number(Double.parseDouble(value.strip()), false, date1904);
        } catch (NumberFormatException noNumber) {
            return new CellValue.Unavailable("a number cell that holds no number", value);
        }
    }

    /** The formula as a person writes it: {@code of:=SUM([.D3:.D9])} is {@code SUM([.D3:.D9])}. */
    private String formulaText() {
        int equals = formula.indexOf('=');
        return equals < 0 ? formula : formula.substring(equals + 1);
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
