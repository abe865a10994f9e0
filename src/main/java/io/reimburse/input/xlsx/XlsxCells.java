package io.reimburse.input.xlsx;

import io.reimburse.input.CellValue;
import io.reimburse.input.workbook.WorkbookCells;
import io.reimburse.model.RunRefused;

/**
 * An .xlsx cell's value from what its XML holds ({@code <c t="..." s="..."><f/><v/></c>}), by the
 * rules of {@link WorkbookCells} that the .xls reader applies to POI's cells: a formula's saved
 * result (none saved is unavailable, not zero), text from the shared strings or inline, a number
 * (a date when its style's format is a date format), TRUE/FALSE, an error.
 */
final class XlsxCells {

    /** The cell being read, as its XML wrote it, and where it is for a message when it is damaged. */
    interface Cell {
        /** Its type ({@code t}); null when it has none. */
        String type();

        int styleIndex();

        /** False for a style written with spaces around it: no style, as POI took it. */
        boolean styled();

        boolean hasFormula();

        String formula();

        /** Its {@code <v>} text, or its inline string; null when it has neither. */
        String content();

        String cellName();

        long rowNumber();

        RunRefused damaged(String detail);
    }

    private final XlsxStringTable sharedStrings;
    private final XlsxCellFormats formats;
    private final boolean date1904;

    /** {@code sharedStrings} and {@code formats} are null when the workbook has no such part. */
    XlsxCells(XlsxStringTable sharedStrings, XlsxCellFormats formats, boolean date1904) {
        this.sharedStrings = sharedStrings;
        this.formats = formats;
        this.date1904 = date1904;
    }

    /** Whether the workbook has a styles part, where number formats say which numbers are dates. */
    boolean hasFormats() {
        return formats != null;
    }

    /**
     * The cell's value. What a cell holds that is no value of its type (a number cell's text that is
     * no number, a date cell's that is no date, a type the format does not have) is unavailable, a
     * row problem where a table reads it: a cell nobody reads must not refuse the workbook.
     */
    CellValue value(Cell cell) {
        String content = cell.content();
        String type = cell.type();
        if (content == null || content.isEmpty() && !isText(type)) {
            // openpyxl saves a formula it never computed with an empty <v></v>, as POI with none
            return cell.hasFormula() ? WorkbookCells.formulaWithoutResult(cell.formula()) : CellValue.BLANK;
        }
        if (type == null) {
            return number(cell);
        }
        return switch (type) {
            case "n" -> number(cell);
            case "s" -> CellValue.ofText(sharedString(content, cell));
            case "inlineStr", "str" -> CellValue.ofText(XlsxStringTable.decode(content));
            case "b" -> WorkbookCells.bool(content.equals("1") || content.equalsIgnoreCase("true"));
            case "e" -> WorkbookCells.errorCode(content);
            case "d" -> WorkbookCells.isoDate(content);
            default -> new CellValue.Unavailable("a cell of unknown type t=\"" + shorten(type) + "\"", content);
        };
    }

    /** The types whose value is text, where an empty value is an empty text. */
    private static boolean isText(String type) {
        return "s".equals(type) || "inlineStr".equals(type) || "str".equals(type);
    }

    private CellValue number(Cell cell) {
        try {
            return WorkbookCells.number(Double.parseDouble(cell.content().trim()), isDateFormatted(cell), date1904);
        } catch (NumberFormatException e) {
            return new CellValue.Unavailable("a number cell that holds no number", cell.content());
        }
    }

    /** Whether the cell's style (the first one when it names none) formats numbers as dates. */
    private boolean isDateFormatted(Cell cell) {
        return formats != null && cell.styled() && formats.isDate(cell.styleIndex()); // no styles part: no date formats
    }

    private String sharedString(String written, Cell cell) {
        if (written.isEmpty()) {
            return written;
        }
        int index;
        try {
            index = Integer.parseInt(written.trim());
        } catch (NumberFormatException e) {
            throw cell.damaged("cell " + cell.cellName() + ": \"" + shorten(written) + "\" is not a shared text number");
        }
        String text = sharedStrings == null || index < 0 ? null : sharedStrings.get(index, cell.rowNumber());
        if (text == null) {
            throw cell.damaged("cell " + cell.cellName() + " refers to shared text number " + index
                    + ", but the workbook has " + (sharedStrings == null ? "no shared texts"
                    : "only " + sharedStrings.count(cell.rowNumber())));
        }
        return text;
    }

    static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
