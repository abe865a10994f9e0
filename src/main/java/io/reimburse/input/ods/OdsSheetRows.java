package io.reimburse.input.ods;

import io.reimburse.input.ParsedRows;
import io.reimburse.input.RawRow;

import java.io.Closeable;

/**
 * The rows of one .ods sheet, each row element parsed ({@link OdsSheetXml}) when a row is asked
 * for: one that stands for several rows gives them one by one, and a blank run is passed over
 * (its rows are empty).
 */
final class OdsSheetRows extends ParsedRows {

    private final OdsSheetXml sheet;
    private OdsSheetXml.RowRun run;
    private long runFirstRow;
    private long given;

    /** Rows of {@code sheet}; {@code resources} (the content part and the zip) close with it. */
    OdsSheetRows(OdsSheetXml sheet, Closeable resources) {
        super(resources);
        this.sheet = sheet;
    }

    @Override
    protected RawRow parseRow() {
        while (run == null || given == run.repeated() || run.blank()) {
            runFirstRow = sheet.rowNumber();
            run = sheet.readRow();
            given = 0;
            if (run == null) {
                return null;
            }
        }
        return new RawRow(runFirstRow + given++, run.cells());
    }
}
