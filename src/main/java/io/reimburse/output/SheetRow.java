package io.reimburse.output;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

import java.time.LocalDate;

/**
 * One row of a sheet, its cells set left to right: a POI row for the sheets built in memory (the
 * Summary, the Parameters, the register export), a {@link StreamedRow} for the report's big sheets.
 */
interface SheetRow {

    void text(int column, String value, CellStyle style);

    void number(int column, double value, CellStyle style);

    void date(int column, LocalDate value, CellStyle style);

    /** A cell with a style and no value (a line to write on). */
    void blank(int column, CellStyle style);

    /** The row at least {@code points} high. */
    void atLeast(float points);

    /** The row is complete (a streamed row is written). */
    void finish();

    /** A row of a sheet built in memory by POI. */
    static SheetRow of(Row row) {
        return new SheetRow() {
            @Override
            public void text(int column, String value, CellStyle style) {
                cell(column, style).setCellValue(value);
            }

            @Override
            public void number(int column, double value, CellStyle style) {
                cell(column, style).setCellValue(value);
            }

            @Override
            public void date(int column, LocalDate value, CellStyle style) {
                cell(column, style).setCellValue(value);
            }

            @Override
            public void blank(int column, CellStyle style) {
                cell(column, style);
            }

            private Cell cell(int column, CellStyle style) {
                Cell cell = row.createCell(column);
                cell.setCellStyle(style);
                return cell;
            }

            @Override
            public void atLeast(float points) {
                row.setHeightInPoints(Math.max(row.getHeightInPoints(), points));
            }

            @Override
            public void finish() {
                // POI keeps the row
            }
        };
    }
}
