package io.reimburse.input.xlsx;

import io.reimburse.input.CellValue;
import io.reimburse.input.InputFailure;
import io.reimburse.input.Limits;
import io.reimburse.input.RawRow;
import io.reimburse.input.RowStream;
import io.reimburse.input.workbook.PoiCells;
import io.reimburse.model.RunRefused;
import org.apache.poi.ss.usermodel.FormulaError;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The rows of one .xlsx sheet, pulled from the sheet's XML one row at a time with a StAX cursor
 * (no event objects, no sheet model; the caller's thread does the parsing, so closing early just
 * stops reading). Cells become values as {@link PoiCells} makes them from POI cells: a formula
 * gives its saved result, a number formatted as a date is a date, and so on (see {@link #value()}).
 *
 * <p>Pulled rather than pushed (SAX) because a {@link RowStream} pulls: a SAX parse would need a
 * thread of its own and a queue, and {@link ReadAhead} already parses large tables on a second thread.
 */
final class XlsxSheetRows implements RowStream {

    private enum Capture { NONE, VALUE, FORMULA, INLINE_TEXT }

    private final String file;
    private final String sheet;
    private final XMLStreamReader xml;
    private final Closeable resources;
    private final XlsxSharedStrings sharedStrings;
    private final XlsxCellFormats formats;
    private final boolean date1904;

    private boolean rootSeen;
    private RawRow pending;
    private boolean ended;
    private RuntimeException failure;
    private boolean closed;
    private long rowsRead;
    private int nextRowIndex;

    // the row being read
    private boolean inRow;
    private int rowIndex;
    private CellValue[] cells = new CellValue[16];
    private int width;
    private int nextColumn;

    // the cell being read
    private boolean inCell;
    private int column;
    private String type;
    private String style;
    private int styleIndex;
    private boolean styled;
    private boolean formulaCell;
    private String formula;
    private String content;
    private boolean inInline;
    private boolean inlineHasText;
    private int phonetic;
    private Capture capture = Capture.NONE;
    private final StringBuilder text = new StringBuilder(64);

    /**
     * Reads {@code part}, a sheet's XML; {@code resources} (the part's stream and its package) are
     * closed with this stream. {@code sharedStrings} is null when the workbook has none.
     */
    XlsxSheetRows(String file, String sheet, InputStream part, Closeable resources, XlsxSharedStrings sharedStrings,
                  XlsxCellFormats formats, boolean date1904) {
        this.file = file;
        this.sheet = sheet;
        this.resources = resources;
        this.sharedStrings = sharedStrings;
        this.formats = formats;
        this.date1904 = date1904;
        this.xml = XlsxXml.cursor(part, file, sheet);
    }

    @Override
    public boolean hasNext() {
        if (pending == null && !ended) {
            if (failure != null) {
                throw failure;
            }
            if (closed) {
                throw new IllegalStateException("rows read after the stream was closed");
            }
            try {
                pending = readRow();
            } catch (RunRefused e) {
                failure = e;
                throw e;
            }
            ended = pending == null;
        }
        return pending != null;
    }

    @Override
    public RawRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RawRow row = pending;
        pending = null;
        return row;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // only read: nothing is lost if closing fails
        }
        try {
            resources.close();
        } catch (IOException e) {
            // only read: nothing is lost if closing fails
        }
    }

    /** Parses up to the end of the next row: that row, or null at the end of the sheet. */
    private RawRow readRow() {
        while (true) {
            switch (nextEvent()) {
                case XMLStreamConstants.START_ELEMENT -> startElement();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (capture != Capture.NONE) {
                        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (XlsxXml.isSpreadsheetMain(xml.getNamespaceURI()) && endElement(xml.getLocalName())) {
                        return endRow();
                    }
                }
                case XMLStreamConstants.END_DOCUMENT -> {
                    return null;
                }
                default -> {
                    // comments, processing instructions
                }
            }
        }
    }

    /** The parser's next event; its failure (not well-formed, truncated, a zip bomb below it) is the file's. */
    private int nextEvent() {
        return XlsxXml.next(xml, file, sheet, currentRowNumber());
    }

    private void startElement() {
        if (!rootSeen) {
            rootSeen = true;
            // a sheet in another namespace would read as empty: a links sheet silently missing
            if (!XlsxXml.isSheetRoot(xml.getNamespaceURI())) {
                throw damaged("its sheet XML is not SpreadsheetML");
            }
        }
        if (capture != Capture.NONE) {
            throw damaged("an element inside the text of cell " + cellName());
        }
        if (!XlsxXml.isSpreadsheetMain(xml.getNamespaceURI())) {
            return;
        }
        switch (xml.getLocalName()) {
            case "row" -> startRow();
            case "c" -> startCell();
            case "v" -> {
                if (inCell && !inInline) {
                    startCapture(Capture.VALUE);
                }
            }
            case "f" -> {
                if (inCell && !inInline) {
                    formulaCell = true;
                    startCapture(Capture.FORMULA);
                }
            }
            case "is" -> {
                if (inCell) {
                    inInline = true;
                    inlineHasText = false;
                    phonetic = 0;
                    text.setLength(0);
                }
            }
            case "rPh" -> {
                if (inInline) {
                    phonetic++;
                }
            }
            case "t" -> {
                if (inInline && phonetic == 0) {
                    capture = Capture.INLINE_TEXT; // runs add up: the text is not cleared
                    inlineHasText = true;
                }
            }
            default -> {
                // sheet properties, columns, merged cells, formatting: not cell values
            }
        }
    }

    private void startCapture(Capture what) {
        capture = what;
        text.setLength(0);
    }

    /** Closes an element; true when it was a row, now complete. */
    private boolean endElement(String name) {
        switch (name) {
            case "v" -> {
                if (capture == Capture.VALUE) {
                    content = text.toString();
                    capture = Capture.NONE;
                }
            }
            case "f" -> {
                if (capture == Capture.FORMULA) {
                    formula = text.toString();
                    capture = Capture.NONE;
                }
            }
            case "t" -> {
                if (capture == Capture.INLINE_TEXT) {
                    capture = Capture.NONE;
                }
            }
            case "rPh" -> {
                if (phonetic > 0) {
                    phonetic--;
                }
            }
            case "is" -> {
                if (inInline) {
                    inInline = false;
                    if (inlineHasText) {
                        content = text.toString();
                    }
                }
            }
            case "c" -> {
                if (inCell) {
                    endCell();
                }
            }
            case "row" -> {
                return inRow;
            }
            default -> {
                // nothing to close
            }
        }
        return false;
    }

    private void startRow() {
        if (inRow) {
            throw damaged("a row inside row " + (rowIndex + 1L));
        }
        String r = attribute("r");
        // as POI numbers rows: r is 1-based, a row without it follows the previous one
        int index = r == null ? nextRowIndex : parseInt(r, "row number") - 1;
        // counted as well as numbered: a crafted sheet can repeat one row number forever
        if (++rowsRead > Limits.MAX_ROWS || index >= Limits.MAX_ROWS) {
            throw InputFailure.of(file, sheet, "has more than " + Limits.MAX_ROWS + " rows");
        }
        inRow = true;
        rowIndex = index;
        nextRowIndex = index;
        width = 0;
        nextColumn = 0;
    }

    private RawRow endRow() {
        inRow = false;
        nextRowIndex = rowIndex + 1;
        List<CellValue> values = Arrays.asList(Arrays.copyOf(cells, width));
        return new RawRow(rowIndex + 1L, values);
    }

    private void startCell() {
        if (!inRow) {
            throw damaged("a cell outside any row");
        }
        if (inCell) {
            throw damaged("a cell inside cell " + cellName());
        }
        String r = null;
        type = null;
        style = null;
        for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
            String namespace = xml.getAttributeNamespace(i);
            if (namespace != null && !namespace.isEmpty()) {
                continue;
            }
            switch (xml.getAttributeLocalName(i)) {
                case "r" -> r = xml.getAttributeValue(i);
                case "t" -> type = xml.getAttributeValue(i);
                case "s" -> style = xml.getAttributeValue(i);
                default -> {
                    // cm, vm, ph: not the value
                }
            }
        }
        // as the previous reader (excel-streaming-reader) took them: a malformed style is damage whatever
        // the cell's type, and one written with spaces around it is no style
        styleIndex = style == null || formats == null ? 0 : parseInt(style, "style number");
        styled = style == null || style.length() == style.trim().length();
        column = r == null ? nextColumn : XlsxCellReference.column(r);
        if (column == XlsxCellReference.MALFORMED) {
            throw damaged("\"" + shorten(r) + "\" is not a cell reference");
        }
        if (column < 0 || column >= Limits.MAX_COLUMNS) {
            throw InputFailure.of(file, sheet, "row " + (rowIndex + 1L) + " has a cell in column " + (column + 1L)
                    + ", beyond the " + Limits.MAX_COLUMNS + " columns a table may have");
        }
        inCell = true;
        formulaCell = false;
        formula = null;
        content = null;
        inInline = false;
        phonetic = 0;
    }

    private void endCell() {
        CellValue value = value();
        if (column >= cells.length) {
            cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
        }
        while (width <= column) {
            cells[width++] = CellValue.BLANK;
        }
        cells[column] = value; // a cell written twice (or out of order): the later one wins
        inCell = false;
        inInline = false;
        capture = Capture.NONE;
        nextColumn = column + 1;
    }

    /**
     * The cell's value, as PoiCells gives it for the POI cell of the same XML: a formula's saved
     * result (none saved is unavailable, not zero), text from the shared strings or inline, a
     * number (a date when its style's format is a date format), TRUE/FALSE, an error.
     */
    private CellValue value() {
        if (content == null) {
            return formulaCell
                    ? new CellValue.Unavailable("formula without a saved result", "=" + (formula == null ? "" : formula))
                    : CellValue.BLANK;
        }
        if (type == null) {
            return number(content);
        }
        return switch (type) {
            case "n" -> number(content);
            case "s" -> CellValue.ofText(sharedString(content));
            case "inlineStr", "str" -> CellValue.ofText(XlsxSharedStrings.decode(content));
            case "b" -> new CellValue.Text(content.equals("1") || content.equalsIgnoreCase("true") ? "TRUE" : "FALSE");
            case "e" -> new CellValue.Unavailable("error cell", errorText(content));
            case "d" -> isoDate(content);
            default -> throw damaged("cell " + cellName() + " has an unknown type t=\"" + type + "\"");
        };
    }

    /** A number cell, read as POI's cells are ({@link PoiCells#number(double, boolean, boolean)}). */
    private CellValue number(String written) {
        try {
            return PoiCells.number(Double.parseDouble(written.trim()), isDateFormatted(), date1904);
        } catch (NumberFormatException e) {
            throw damaged("cell " + cellName() + " holds \"" + shorten(written) + "\", not a number");
        }
    }

    /** Whether the cell's style (the first one when it names none) formats numbers as dates. */
    private boolean isDateFormatted() {
        return formats != null && styled && formats.isDate(styleIndex); // no styles part: no date formats
    }

    /** A date cell ({@code t="d"}): an ISO 8601 date or date and time. */
    private CellValue isoDate(String written) {
        try {
            return new CellValue.Date(LocalDateTime.parse(written).toLocalDate());
        } catch (DateTimeParseException e) {
            try {
                return new CellValue.Date(LocalDate.parse(written));
            } catch (DateTimeParseException again) {
                throw damaged("cell " + cellName() + " holds \"" + shorten(written) + "\", not an ISO 8601 date");
            }
        }
    }

    private String sharedString(String written) {
        if (written.isEmpty()) {
            return written;
        }
        int index = parseInt(written, "shared text number");
        String text = sharedStrings == null || index < 0 ? null : sharedStrings.get(index, currentRowNumber());
        if (text == null) {
            throw damaged("cell " + cellName() + " refers to shared text number " + index + ", but the workbook has "
                    + (sharedStrings == null ? "no shared texts" : "only " + sharedStrings.count(currentRowNumber())));
        }
        return text;
    }

    private static String errorText(String code) {
        try {
            return FormulaError.forString(code).getString();
        } catch (RuntimeException e) {
            return "#ERROR";
        }
    }

    private int parseInt(String written, String what) {
        try {
            return Integer.parseInt(written.trim());
        } catch (NumberFormatException e) {
            throw damaged((inCell ? "cell " + cellName() + ": " : "") + "\"" + shorten(written) + "\" is not a " + what);
        }
    }

    private String attribute(String name) {
        return xml.getAttributeValue(null, name);
    }

    private String cellName() {
        return XlsxCellReference.columnName(column) + (rowIndex + 1L);
    }

    private long currentRowNumber() {
        return inRow ? rowIndex + 1L : nextRowIndex;
    }

    private RunRefused damaged(String detail) {
        return XlsxXml.damaged(file, sheet, currentRowNumber(), detail);
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
