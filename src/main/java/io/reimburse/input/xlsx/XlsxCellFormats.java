package io.reimburse.input.xlsx;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Which cell styles of an .xlsx format numbers as dates, by style index ({@code <c s="3">}): what
 * POI's {@code DateUtil.isCellDateFormatted} decides from a cell's style, looked up once per style.
 */
final class XlsxCellFormats {

    private static final byte UNKNOWN = 0;
    private static final byte NUMBER = 1;
    private static final byte DATE = 2;

    private final StylesTable styles;
    private final byte[] kinds;

    private XlsxCellFormats(StylesTable styles) {
        this.styles = styles;
        this.kinds = new byte[styles.getNumCellStyles()];
    }

    /** The formats of a workbook's styles; null when it has no styles part (then nothing is a date). */
    static XlsxCellFormats of(StylesTable styles) {
        return styles == null ? null : new XlsxCellFormats(styles);
    }

    /** Whether style {@code index} has a date format; an index the workbook lacks has none. */
    boolean isDate(int index) {
        if (index < 0 || index >= kinds.length) {
            return false;
        }
        if (kinds[index] == UNKNOWN) {
            XSSFCellStyle style = styles.getStyleAt(index);
            boolean date = style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
            kinds[index] = date ? DATE : NUMBER;
        }
        return kinds[index] == DATE;
    }
}
