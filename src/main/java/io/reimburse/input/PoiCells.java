package io.reimburse.input;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;

import java.util.ArrayList;
import java.util.List;

/** Turns POI cells (HSSF or streaming XSSF) into cell values: formulas give their cached result. */
final class PoiCells {

    private PoiCells() {
    }

    static RawRow row(Row row, String file) {
        int last = row.getLastCellNum();
        if (last > Limits.MAX_COLUMNS) {
            throw InputFailure.of(file, "row " + (row.getRowNum() + 1) + " has " + last + " columns, more than "
                    + Limits.MAX_COLUMNS);
        }
        List<CellValue> cells = new ArrayList<>(Math.max(last, 0));
        for (Cell cell : row) {
            int index = cell.getColumnIndex();
            while (cells.size() < index) {
                cells.add(CellValue.BLANK);
            }
            cells.add(value(cell));
        }
        return new RawRow(row.getRowNum() + 1L, cells);
    }

    static CellValue value(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            return cached(cell, cell.getCachedFormulaResultType());
        }
        return plain(cell, type);
    }

    private static CellValue cached(Cell cell, CellType resultType) {
        if (resultType == CellType.BLANK || resultType == CellType._NONE) {
            return new CellValue.Unavailable("formula without a saved result", "=" + cell.getCellFormula());
        }
        if (resultType == CellType.STRING && cell.getStringCellValue().isEmpty()) {
            return CellValue.BLANK;
        }
        return plain(cell, resultType);
    }

    private static CellValue plain(Cell cell, CellType type) {
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? new CellValue.Date(cell.getLocalDateTimeCellValue().toLocalDate())
                    : CellValue.ofSpreadsheetDouble(cell.getNumericCellValue());
            case STRING -> CellValue.ofText(cell.getStringCellValue());
            case BOOLEAN -> new CellValue.Text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> new CellValue.Unavailable("error cell", errorText(cell));
            default -> CellValue.BLANK;
        };
    }

    private static String errorText(Cell cell) {
        try {
            return FormulaError.forInt(cell.getErrorCellValue()).getString();
        } catch (RuntimeException e) {
            return "#ERROR";
        }
    }
}
