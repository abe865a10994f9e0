package io.reimburse.input.ods;

import io.reimburse.input.CellValue;
import io.reimburse.input.InputFailure;
import io.reimburse.input.Limits;
import io.reimburse.input.workbook.WorkbookXml;
import io.reimburse.model.RunRefused;
import org.codehaus.stax2.XMLStreamReader2;

import javax.xml.stream.XMLStreamConstants;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one sheet's {@code <table:table>}, pulled from the cursor one row element at a time.
 * A row element may stand for several rows ({@code table:number-rows-repeated}) and a cell element
 * for several cells ({@code table:number-columns-repeated}): LibreOffice writes runs of equal rows
 * and cells so, and pads sheets with them. Blank runs cost nothing; a value repeated past the
 * {@link Limits} is a run problem. Covered cells (the cells a merged cell hides) take their place
 * in the row like any other; rows inside row groups and header rows are rows; hidden rows are read.
 */
final class OdsSheetXml {

    /** One row element: its cells, how many rows it stands for, and whether they are all blank. */
    record RowRun(List<CellValue> cells, long repeated, boolean blank) {
    }

    private final OdsContent content;
    private final XMLStreamReader2 xml;
    private final String file;
    private final String sheet;
    private final boolean date1904;
    private final OdsCell cell = new OdsCell();
    private long rowNumber = 1; // of the next row element
    private long rowElements;

    /** Reads the table {@code content} is at (its start element just read). */
    OdsSheetXml(OdsContent content, String sheet) {
        this.content = content;
        this.xml = content.cursor();
        this.file = content.file();
        this.sheet = sheet;
        this.date1904 = content.date1904();
    }

    /** The number of the first row of the next row element. */
    long rowNumber() {
        return rowNumber;
    }

    /** The next row element, or null at the end of the table. */
    RowRun readRow() {
        while (true) {
            int event = content.next(sheet, rowNumber);
            if (event == XMLStreamConstants.END_ELEMENT && content.is(OdsContent.TABLE, "table")) {
                return null;
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw damaged("the sheet's table is not closed");
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (content.is(OdsContent.TABLE, "table-row")) {
                RowRun row = row();
                rowNumber += row.repeated();
                return row;
            }
            if (!isRowGroup()) {
                content.skip(sheet, rowNumber); // columns, shapes, forms, named ranges: no cells
            }
        }
    }

    /** The elements that hold rows: their rows are the table's. */
    private boolean isRowGroup() {
        return content.is(OdsContent.TABLE, "table-row-group") || content.is(OdsContent.TABLE, "table-header-rows")
                || content.is(OdsContent.TABLE, "table-rows");
    }

    /** Reads a row element, from its start to its end. */
    private RowRun row() {
        if (++rowElements > Limits.MAX_ROWS) {
            throw InputFailure.of(file, sheet, "has more than " + Limits.MAX_ROWS + " rows");
        }
        long repeated = repeat("number-rows-repeated");
        List<CellValue> cells = new ArrayList<>();
        int width = 0; // up to the last cell that is not blank: trailing blank runs pad the sheet
        long column = 0;
        while (true) {
            int event = content.next(sheet, rowNumber);
            if (event == XMLStreamConstants.END_ELEMENT) {
                break; // the row's end: its cells were read whole below
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (!content.is(OdsContent.TABLE, "table-cell") && !content.is(OdsContent.TABLE, "covered-table-cell")) {
                content.skip(sheet, rowNumber);
                continue;
            }
            long times = repeat("number-columns-repeated");
            CellValue value = cell();
            if (value.isBlank()) {
                column += times;
                continue;
            }
            if (column + times > Limits.MAX_COLUMNS) {
                throw InputFailure.of(file, sheet, "row " + rowNumber + " has a cell in column "
                        + (Math.max(column, Limits.MAX_COLUMNS) + 1) + ", beyond the " + Limits.MAX_COLUMNS
                        + " columns a table may have");
            }
            while (cells.size() < column) {
                cells.add(CellValue.BLANK);
            }
            for (long i = 0; i < times; i++) {
                cells.add(value);
            }
            column += times;
            width = cells.size();
        }
        boolean blank = width == 0;
        if (!blank && rowNumber - 1 + repeated > Limits.MAX_ROWS) {
            throw InputFailure.of(file, sheet, "has more than " + Limits.MAX_ROWS + " rows");
        }
        return new RowRun(List.copyOf(cells.subList(0, width)), repeated, blank);
    }

    /** Reads a cell element (its attributes are the cursor's), from its start to its end. */
    private CellValue cell() {
        cell.clear();
        for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
            String namespace = xml.getAttributeNamespace(i);
            String name = xml.getAttributeLocalName(i);
            String value = xml.getAttributeValue(i);
            if (OdsContent.OFFICE.equals(namespace)) {
                switch (name) {
                    case "value-type" -> cell.valueType = value;
                    case "value" -> cell.value = value;
                    case "date-value" -> cell.dateValue = value;
                    case "boolean-value" -> cell.booleanValue = value;
                    case "string-value" -> cell.stringValue = value;
                    default -> {
                        // currency, time-value: the value is the number, and a time is no date
                    }
                }
            } else if (OdsContent.TABLE.equals(namespace) && name.equals("formula")) {
                cell.formula = value;
            } else if (name.equals("value-type") && namespace != null && namespace.endsWith(":calcext:1.0")) {
                cell.calcextType = value; // LibreOffice's own type: "error" for an error result
            }
        }
        int paragraphs = 0;
        while (true) {
            int event = content.next(sheet, rowNumber);
            if (event == XMLStreamConstants.END_ELEMENT) {
                return cell.value(date1904);
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (content.is(OdsContent.TEXT, "p") || content.is(OdsContent.TEXT, "h")) {
                if (paragraphs++ > 0) {
                    append("\n");
                }
                paragraph();
            } else {
                content.skip(sheet, rowNumber); // a comment (office:annotation), a drawing: not the cell's text
            }
        }
    }

    /**
     * Reads a paragraph's text, white space as ODF lays it out: runs of spaces, tabs and line ends in
     * the XML are one space (none at the paragraph's start); {@code <text:s text:c="3"/>},
     * {@code <text:tab/>} and {@code <text:line-break/>} are the spaces, tab and line break written.
     */
    private void paragraph() {
        int depth = 1;
        boolean space = true; // at the start: leading white space is no text
        while (depth > 0) {
            int event = content.next(sheet, rowNumber);
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (content.is(OdsContent.TEXT, "s")) {
                        String count = xml.getAttributeValue(OdsContent.TEXT, "c");
                        long spaces = count == null ? 1 : parseCount(count, "space count");
                        checkLength(spaces);
                        append(" ".repeat((int) spaces));
                        space = false;
                    } else if (content.is(OdsContent.TEXT, "tab")) {
                        append("\t");
                        space = false;
                    } else if (content.is(OdsContent.TEXT, "line-break")) {
                        append("\n");
                        space = false;
                    } else if (content.is(OdsContent.OFFICE, "annotation") || content.is(OdsContent.TEXT, "note")) {
                        content.skip(sheet, rowNumber);
                        continue;
                    }
                    depth++; // spans, links and the like: their text is the paragraph's
                }
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    char[] chars = xml.getTextCharacters();
                    for (int i = xml.getTextStart(), end = i + xml.getTextLength(); i < end; i++) {
                        char c = chars[i];
                        boolean white = c == ' ' || c == '\t' || c == '\n' || c == '\r';
                        if (!white || !space) {
                            checkLength(1);
                            cell.text.append(white ? ' ' : c);
                        }
                        space = white;
                    }
                }
                default -> {
                    // comments, processing instructions
                }
            }
        }
    }

    private void append(String text) {
        checkLength(text.length());
        cell.text.append(text);
    }

    private void checkLength(long more) {
        if (cell.text.length() + more > Limits.MAX_CELL_CHARS) {
            throw InputFailure.of(file, sheet, "row " + rowNumber + " has a cell of more than " + Limits.MAX_CELL_CHARS
                    + " characters");
        }
    }

    /** A repeat count of the element the cursor is at: 1 when it has none. */
    private long repeat(String attribute) {
        String written = xml.getAttributeValue(OdsContent.TABLE, attribute);
        return written == null ? 1 : parseCount(written, attribute.replace('-', ' '));
    }

    private long parseCount(String written, String what) {
        try {
            long count = Long.parseLong(written.strip());
            if (count >= 1) {
                return count;
            }
        } catch (NumberFormatException notACount) {
            // said below
        }
        throw damaged("\"" + (written.length() <= 40 ? written : written.substring(0, 40) + "...") + "\" is not a "
                + what);
    }

    private RunRefused damaged(String detail) {
        return WorkbookXml.damaged(file, sheet, rowNumber, detail);
    }
}
