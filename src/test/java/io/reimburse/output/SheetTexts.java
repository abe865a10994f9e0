package io.reimburse.output;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;

import java.util.ArrayList;
import java.util.List;

/** A row of a written sheet as texts, numbers as Java writes a double, for tests to compare whole rows. */
final class SheetTexts {

    private SheetTexts() {
    }

    static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(cell.getCellType() == CellType.NUMERIC ? Double.toString(cell.getNumericCellValue())
                    : cell.getStringCellValue());
        }
        return texts;
    }
}
