package io.reimburse.output;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * A row of a streamed sheet, its cells' XML made as the values come, exactly as POI's sheet data
 * writer writes the same cells (a jqwik property compares them), into one builder the sheet reuses
 * for every row; written whole when finished, since its height (of wrapped sentences) is known last.
 */
final class StreamedRow implements SheetRow {

    /** Column letters of the first columns, made once: the report's sheets have at most a few dozen. */
    private static final String[] COLUMNS = new String[64];

    static {
        for (int i = 0; i < COLUMNS.length; i++) {
            COLUMNS[i] = CellReference.convertNumToColString(i);
        }
    }

    private final FastSheetDataWriter writer;
    private final StringBuilder cells;
    private final int row;
    private final float defaultHeight;
    private float height = Float.NaN;

    StreamedRow(FastSheetDataWriter writer, StringBuilder cells, int row, float defaultHeight) {
        this.writer = writer;
        this.cells = cells;
        this.row = row;
        this.defaultHeight = defaultHeight;
        cells.setLength(0);
    }

    @Override
    public void text(int column, String value, CellStyle style) {
        start(column, style);
        cells.append(" t=\"inlineStr\"><is><t");
        if (!value.isEmpty() && (Character.isWhitespace(value.charAt(0))
                || Character.isWhitespace(value.charAt(value.length() - 1)))) {
            cells.append(" xml:space=\"preserve\"");
        }
        cells.append('>');
        escaped(value);
        cells.append("</t></is></c>");
    }

    @Override
    public void number(int column, double value, CellStyle style) {
        start(column, style);
        cells.append(" t=\"n\"><v>").append(Double.toString(value)).append("</v></c>");
    }

    /** A date as POI stores it: the Excel serial number of its midnight, in the 1900 date system. */
    @Override
    public void date(int column, LocalDate value, CellStyle style) {
        number(column, DateUtil.getExcelDate(value.atStartOfDay()), style);
    }

    @Override
    public void blank(int column, CellStyle style) {
        start(column, style);
        cells.append("></c>");
    }

    @Override
    public void atLeast(float points) {
        height = Math.max(Float.isNaN(height) ? defaultHeight : height, points);
    }

    @Override
    public void finish() {
        try {
            writer.writeRow(row, height, cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void start(int column, CellStyle style) {
        cells.append("<c r=\"").append(column < COLUMNS.length ? COLUMNS[column]
                : CellReference.convertNumToColString(column)).append(row + 1).append('"');
        int index = style.getIndex() & 0xffff; // an unsigned short, as POI writes it
        if (index != 0) {
            cells.append(" s=\"").append(index).append('"');
        }
    }

    /** POI's escaping, char by char: a surrogate pair passes as it is, as POI's code points do. */
    private void escaped(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> cells.append("&lt;");
                case '>' -> cells.append("&gt;");
                case '&' -> cells.append("&amp;");
                case '"' -> cells.append("&quot;");
                case '\n' -> cells.append("&#xa;");
                case '\r' -> cells.append("&#xd;");
                case '\t' -> cells.append("&#x9;");
                case '\u00A0' -> cells.append("&#xa0;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        cells.append(c).append(s.charAt(++i));
                    } else {
                        // as POI: XmlBeans replaces control characters and the two non-characters with '?'
                        cells.append(c < ' ' || c >= '\uFFFE' ? '?' : c);
                    }
                }
            }
        }
    }
}
