package io.reimburse.input.xlsx;

import io.reimburse.input.ParsedRows;
import io.reimburse.input.RawRow;

import java.io.Closeable;

/** The rows of one .xlsx sheet, each parsed from the sheet's XML ({@link XlsxSheetXml}) when it is asked for. */
final class XlsxSheetRows extends ParsedRows {

    private final XlsxSheetXml sheet;

    /** Rows of {@code sheet}; {@code resources} (the part's stream, the shared strings, the package) close with it. */
    XlsxSheetRows(XlsxSheetXml sheet, Closeable resources) {
        super(() -> {
            sheet.close();
            resources.close();
        });
        this.sheet = sheet;
    }

    @Override
    protected RawRow parseRow() {
        return sheet.readRow();
    }
}
