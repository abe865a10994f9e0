package io.reimburse.output;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Sheet;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A table written on as many sheets as it needs. A sheet holds 1,048,576 rows (Excel's limit, and
 * LibreOffice's): a longer table (the documents of five million transaction lines) continues on
 * "Name (2)", "Name (3)"..., each sheet with its header, frozen, filtered and printed as the first,
 * so that no line of the run is missing from its report. What follows the table (its totals) goes
 * on its last sheet, and every sheet keeps room for it.
 */
final class SheetSeries {

    /** The rows of a sheet, its header included. */
    static final int SHEET_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private final Function<String, Sheet> sheets;
    private final String name;
    private final List<String> header;
    private final int lastRow;
    private final WorkbookStyles styles;
    private final Consumer<SheetWriter> finish;
    private SheetWriter out;
    private int sheetCount;

    /**
     * @param sheets    makes a sheet of the given name in the workbook
     * @param rowsBelow the rows kept free below the table on each sheet (for its totals)
     * @param sheetRows the rows of a sheet ({@link #SHEET_ROWS}; fewer in tests)
     * @param finish    what is done to each sheet once its rows are written (widths, page setup)
     */
    SheetSeries(Function<String, Sheet> sheets, String name, List<String> header, int rowsBelow, int sheetRows,
                WorkbookStyles styles, Consumer<SheetWriter> finish) {
        if (sheetRows - rowsBelow < 2) {
            throw new IllegalArgumentException("a sheet of " + sheetRows + " rows holds no line below its header");
        }
        this.sheets = sheets;
        this.name = name;
        this.header = header;
        this.lastRow = sheetRows - 1 - rowsBelow;
        this.styles = styles;
        this.finish = finish;
    }

    /** The next line of the table, on a new sheet when this one is full. */
    SheetWriter.Cells row() {
        if (out == null) {
            start();
        } else if (out.nextRow() > lastRow) {
            out.finishTable();
            finish.accept(out);
            start();
        }
        return out.row();
    }

    /** Ends the table; returns the writer of its last sheet, for what follows the table, then to finish. */
    SheetWriter end() {
        if (out == null) {
            start();
        }
        out.finishTable();
        return out;
    }

    private void start() {
        sheetCount++;
        out = new SheetWriter(sheets.apply(sheetCount == 1 ? name : name + " (" + sheetCount + ")"), styles);
        out.header(header);
    }
}
