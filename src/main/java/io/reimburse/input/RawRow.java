package io.reimburse.input;

import java.util.List;

/** One row of a table with its 1-based row number (the record number for CSV). */
public record RawRow(long row, List<CellValue> cells) {

    public CellValue cell(int index) {
        return index < cells.size() ? cells.get(index) : CellValue.BLANK;
    }

    public boolean isEmpty() {
        for (CellValue cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
