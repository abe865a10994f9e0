package io.reimburse.approval;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a reviewer's spreadsheet program does to a proposal workbook, done with POI: cells changed,
 * rows sorted or deleted, the whole file written again.
 */
final class ReviewerEdits {

    private ReviewerEdits() {
    }

    /** Opens the workbook, changes it, and writes the whole file again, as a spreadsheet program saves. */
    static void edit(Path workbook, Consumer<XSSFWorkbook> change) throws IOException {
        XSSFWorkbook opened;
        try (InputStream in = Files.newInputStream(workbook)) {
            opened = new XSSFWorkbook(in);
        }
        try (opened) {
            change.accept(opened);
            try (OutputStream out = Files.newOutputStream(workbook)) {
                opened.write(out);
            }
        }
    }

    static int column(Sheet sheet, String header) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header + " on " + sheet.getSheetName());
    }

    /** The row of a customer (column Client / Customer, the second). */
    static Row rowOf(Sheet sheet, String customer) {
        for (Row row : sheet) {
            Cell cell = row.getCell(1);
            if (row.getRowNum() > 0 && cell != null && cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().equals(customer)) {
                return row;
            }
        }
        throw new AssertionError("no row of " + customer + " on " + sheet.getSheetName());
    }

    /** Sets one cell of a customer's row to a text. */
    static Consumer<XSSFWorkbook> set(String sheet, String customer, String header, String value) {
        return workbook -> {
            Sheet found = workbook.getSheet(sheet);
            rowOf(found, customer).createCell(column(found, header)).setCellValue(value);
        };
    }

    /** Sets one cell of a customer's row to a number. */
    static Consumer<XSSFWorkbook> set(String sheet, String customer, String header, double value) {
        return workbook -> {
            Sheet found = workbook.getSheet(sheet);
            rowOf(found, customer).createCell(column(found, header)).setCellValue(value);
        };
    }

    /** Removes a customer's row, the rows below moving up. */
    static Consumer<XSSFWorkbook> delete(String sheet, String customer) {
        return workbook -> {
            Sheet found = workbook.getSheet(sheet);
            int row = rowOf(found, customer).getRowNum();
            found.removeRow(found.getRow(row));
            found.shiftRows(row + 1, found.getLastRowNum(), -1);
        };
    }

    /** Sorts the table's rows (not the header, not the totals below) by one column, largest first. */
    static Consumer<XSSFWorkbook> sortDescending(String sheet, String numberHeader) {
        return workbook -> {
            Sheet found = workbook.getSheet(sheet);
            int sortColumn = column(found, numberHeader);
            int width = found.getRow(0).getLastCellNum();
            List<List<Object>> rows = new ArrayList<>();
            int last = 1;
            while (found.getRow(last) != null && found.getRow(last).getCell(1) != null
                    && !found.getRow(last).getCell(1).toString().isEmpty()) {
                Row row = found.getRow(last);
                List<Object> values = new ArrayList<>();
                for (int column = 0; column < width; column++) {
                    Cell cell = row.getCell(column);
                    values.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC ? cell.getNumericCellValue()
                            : cell.toString());
                }
                rows.add(values);
                last++;
            }
            List<org.apache.poi.ss.usermodel.CellStyle> styles = new ArrayList<>();
            for (int column = 0; column < width; column++) {
                Cell cell = found.getRow(1).getCell(column);
                styles.add(cell == null ? workbook.getCellStyleAt(0) : cell.getCellStyle());
            }
            rows.sort(Comparator.comparing((List<Object> values) -> (Double) values.get(sortColumn)).reversed());
            for (int index = 0; index < rows.size(); index++) {
                Row row = found.getRow(index + 1);
                for (int column = 0; column < width; column++) {
                    Object value = rows.get(index).get(column);
                    Cell cell = row.createCell(column); // a new cell: the old one's inline string would stay
                    cell.setCellStyle(styles.get(column));
                    if (value instanceof Double number) {
                        cell.setCellValue(number);
                    } else {
                        cell.setCellValue((String) value);
                    }
                }
            }
        };
    }

    /** The text of a customer's cell. */
    static String text(Path workbook, String sheet, String customer, String header) throws IOException {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook opened = new XSSFWorkbook(in)) {
            Sheet found = opened.getSheet(sheet);
            Cell cell = rowOf(found, customer).getCell(column(found, header));
            return cell == null ? "" : cell.toString();
        }
    }
}
