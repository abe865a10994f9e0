package io.reimburse.output;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SheetDataWriter;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.Writer;

/**
 * POI's sheet data writer, writing the cells the report has (text, numbers, blanks) the way POI
 * writes them, character for character (tested against POI's own), without what POI makes for each
 * cell: a String for its reference ("M328431") and an iterator over its text's code points. On a
 * million-customer report that was 1.5 GB of garbage. Other cells go to POI's writer.
 */
final class FastSheetDataWriter extends SheetDataWriter {

    /** Column letters of the first columns, made once: the report's sheets have at most a few dozen. */
    private static final String[] COLUMNS = new String[64];

    static {
        for (int i = 0; i < COLUMNS.length; i++) {
            COLUMNS[i] = CellReference.convertNumToColString(i);
        }
    }

    private final char[] digits = new char[11];

    /** Writes to a temporary file, as POI's does, through a writer without locks ({@link SheetXmlWriter}). */
    FastSheetDataWriter() throws IOException {
        super();
    }

    @Override
    public Writer createWriter(File file) throws IOException {
        return new SheetXmlWriter(new BufferedOutputStream(new FileOutputStream(file), 1 << 16));
    }

    /** Writes to {@code out} (tests compare it with POI's own writer). */
    FastSheetDataWriter(Writer out) throws IOException {
        super(out);
    }

    @Override
    public void writeCell(int columnIndex, Cell cell) throws IOException {
        if (cell == null) {
            return;
        }
        CellType type = cell.getCellType();
        if (type != CellType.STRING && type != CellType.NUMERIC && type != CellType.BLANK) {
            super.writeCell(columnIndex, cell);
            return;
        }
        _out.write("<c r=\"");
        _out.write(columnIndex < COLUMNS.length ? COLUMNS[columnIndex] : CellReference.convertNumToColString(columnIndex));
        writeNumber(cell.getRowIndex() + 1);
        _out.write('"');
        // an unsigned short, as POI writes it: a workbook has up to 64k styles
        int style = cell.getCellStyle().getIndex() & 0xffff;
        if (style != 0) {
            _out.write(" s=\"");
            writeNumber(style);
            _out.write('"');
        }
        switch (type) {
            case BLANK -> _out.write('>');
            case STRING -> {
                String value = cell.getStringCellValue();
                _out.write(" t=\"inlineStr\"><is><t");
                if (!value.isEmpty() && (Character.isWhitespace(value.charAt(0))
                        || Character.isWhitespace(value.charAt(value.length() - 1)))) {
                    _out.write(" xml:space=\"preserve\"");
                }
                _out.write('>');
                outputEscapedString(value);
                _out.write("</t></is>");
            }
            default -> {
                _out.write(" t=\"n\"><v>");
                _out.write(Double.toString(cell.getNumericCellValue()));
                _out.write("</v>");
            }
        }
        _out.write("</c>");
    }

    /** POI's escaping, char by char: a surrogate pair passes as it is, as POI's code points do. */
    @Override
    protected void outputEscapedString(String s) throws IOException {
        if (s == null) {
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> _out.write("&lt;");
                case '>' -> _out.write("&gt;");
                case '&' -> _out.write("&amp;");
                case '"' -> _out.write("&quot;");
                case '\n' -> _out.write("&#xa;");
                case '\r' -> _out.write("&#xd;");
                case '\t' -> _out.write("&#x9;");
                case '\u00A0' -> _out.write("&#xa0;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        _out.write(c);
                        _out.write(s.charAt(++i));
                    } else {
                        // as POI: XmlBeans replaces control characters and the two non-characters with '?'
                        _out.write(c < ' ' || c >= '\uFFFE' ? '?' : c);
                    }
                }
            }
        }
    }

    /** A positive number's digits, without a String. */
    private void writeNumber(int value) throws IOException {
        int at = digits.length;
        int rest = value;
        do {
            digits[--at] = (char) ('0' + rest % 10);
            rest /= 10;
        } while (rest > 0);
        _out.write(digits, at, digits.length - at);
    }
}
