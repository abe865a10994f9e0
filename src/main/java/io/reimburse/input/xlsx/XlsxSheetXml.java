package io.reimburse.input.xlsx;

import io.reimburse.input.workbook.WorkbookXml;
import io.reimburse.input.CellValue;
import io.reimburse.input.InputFailure;
import io.reimburse.input.Limits;
import io.reimburse.input.RawRow;
import io.reimburse.model.RunRefused;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

/**
 * A sheet's XML ({@code <sheetData><row><c>...}) pulled with a StAX cursor, one row at a time:
 * no event objects and no sheet model, and the caller's thread does the parsing. It follows the
 * rows and cells (their references, or the previous one's when they have none), keeps what each
 * cell writes, and leaves its value to {@link XlsxCells}.
 *
 * <p>Pulled rather than pushed (SAX) because a {@code RowStream} pulls: a SAX parse would need a
 * thread of its own and a queue, and {@code ReadAhead} already parses large tables on a second thread.
 */
final class XlsxSheetXml implements XlsxCells.Cell {

    private enum Capture { NONE, VALUE, FORMULA, INLINE_TEXT }

    private final String file;
    private final String sheet;
    private final XMLStreamReader xml;
    private final XlsxCells values;

    private boolean rootSeen;
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

    /** Parses {@code part}, a sheet's XML, giving its cells the values {@code values} makes of them. */
    XlsxSheetXml(String file, String sheet, InputStream part, XlsxCells values) {
        this.file = file;
        this.sheet = sheet;
        this.values = values;
        this.xml = WorkbookXml.cursor(part, file, sheet);
    }

    /** Parses up to the end of the next row: that row, or null at the end of the sheet. */
    RawRow readRow() {
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

    void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // only read: nothing is lost if closing fails
        }
    }

    /** The parser's next event; its failure (not well-formed, truncated, a zip bomb below it) is the file's. */
    private int nextEvent() {
        return WorkbookXml.next(xml, file, sheet, rowNumber());
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
        String r = xml.getAttributeValue(null, "r");
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
        String style = null;
        type = null;
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
        // in a workbook with styles a malformed style is damage whatever the cell's type (its format
        // cannot be known), and one written with spaces around it is no style
        styleIndex = style == null || !values.hasFormats() ? 0 : parseInt(style, "style number");
        styled = style == null || style.length() == style.trim().length();
        column = r == null ? nextColumn : XlsxCellReference.column(r);
        if (column == XlsxCellReference.MALFORMED) {
            throw damaged("\"" + XlsxCells.shorten(r) + "\" is not a cell reference");
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
        CellValue value = values.value(this);
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

    private int parseInt(String written, String what) {
        try {
            return Integer.parseInt(written.trim());
        } catch (NumberFormatException e) {
            throw damaged((inCell ? "cell " + cellName() + ": " : "") + "\"" + XlsxCells.shorten(written)
                    + "\" is not a " + what);
        }
    }

    // ---- the cell being read, for XlsxCells -------------------------------------------------------

    @Override
    public String type() {
        return type;
    }

    @Override
    public int styleIndex() {
        return styleIndex;
    }

    @Override
    public boolean styled() {
        return styled;
    }

    @Override
    public boolean hasFormula() {
        return formulaCell;
    }

    @Override
    public String formula() {
        return formula;
    }

    @Override
    public String content() {
        return content;
    }

    @Override
    public String cellName() {
        return XlsxCellReference.columnName(column) + (rowIndex + 1L);
    }

    @Override
    public long rowNumber() {
        return inRow ? rowIndex + 1L : nextRowIndex;
    }

    @Override
    public RunRefused damaged(String detail) {
        return WorkbookXml.damaged(file, sheet, rowNumber(), detail);
    }
}
