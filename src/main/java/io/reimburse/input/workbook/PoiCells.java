package io.reimburse.input.workbook;

import io.reimburse.input.CellValue;
import io.reimburse.input.InputFailure;
import io.reimburse.input.Limits;
import io.reimburse.input.RawRow;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Date1904Support;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the cells of POI's model of a workbook (HSSF for .xls) into values, with the rules of
 * {@link WorkbookCells}: formulas give their cached result.
 */
public final class PoiCells {

    private PoiCells() {
    }

    public static RawRow row(Row row, String file, String sheet) {
        long number = row.getRowNum() + 1L;
        boolean date1904 = row.getSheet().getWorkbook() instanceof Date1904Support workbook && workbook.isDate1904();
        List<CellValue> cells = new ArrayList<>();
        for (Cell cell : row) {
            // the cell's own index, not Row.getLastCellNum(): that is a short, and a crafted
            // reference such as ZZZZZ1 wraps it to a small or negative number
            int index = cell.getColumnIndex();
            if (index < 0 || index >= Limits.MAX_COLUMNS) {
                throw InputFailure.of(file, sheet, "row " + number + " has a cell in column " + (index + 1)
                        + ", beyond the " + Limits.MAX_COLUMNS + " columns a table may have");
            }
            while (cells.size() < index) {
                cells.add(CellValue.BLANK);
            }
            if (cells.size() == index) {
                cells.add(value(cell, date1904));
            } else {
                cells.set(index, value(cell, date1904)); // cells out of order or written twice: the later one wins
            }
        }
        return new RawRow(number, cells);
    }

    private static CellValue value(Cell cell, boolean date1904) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            CellType result = cell.getCachedFormulaResultType();
            return result == CellType.BLANK || result == CellType._NONE
                    ? WorkbookCells.formulaWithoutResult(cell.getCellFormula()) : plain(cell, result, date1904);
        }
        return plain(cell, type, date1904);
    }

    private static CellValue plain(Cell cell, CellType type, boolean date1904) {
        return switch (type) {
            case NUMERIC -> number(cell, date1904);
            case STRING -> CellValue.ofText(cell.getStringCellValue());
            case BOOLEAN -> WorkbookCells.bool(cell.getBooleanCellValue());
            case ERROR -> WorkbookCells.errorCode(cell.getErrorCellValue());
            default -> CellValue.BLANK;
        };
    }

    private static CellValue number(Cell cell, boolean date1904) {
        double value = cell.getNumericCellValue();
        return WorkbookCells.number(value, Double.isFinite(value) && DateUtil.isCellDateFormatted(cell), date1904);
    }
}
