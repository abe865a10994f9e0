package io.reimburse.output;

import io.reimburse.model.Money;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The one sheet writer of every workbook this tool writes (the report, the register export):
 * rows top to bottom, each row's cells left to right in the order of the header, so no cell is
 * placed at a column number that must follow the header. It remembers how wide each column's
 * content is, for sensible column widths. Free text is always a string cell, never a formula.
 */
final class SheetWriter {

    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final Sheet sheet;
    private final WorkbookStyles styles;
    /** Widest content per column, in characters (a sheet has at most 16,384 columns). */
    private final int[] widths = new int[SpreadsheetVersion.EXCEL2007.getMaxColumns()];
    private int next;
    private int columns;

    SheetWriter(Sheet sheet, WorkbookStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /** The number of the row a {@link #row()} would start. */
    int nextRow() {
        return next;
    }

    /** A new row, its cells added left to right. */
    Cells row() {
        return new Cells(sheet.createRow(next++));
    }

    /** An empty row (made, so that a reader walking the rows finds it). */
    void skipRow() {
        sheet.createRow(next++);
    }

    /** A bold header row: the table's columns. */
    void header(List<String> labels) {
        Cells row = row();
        labels.forEach(label -> row.styled(label, styles.bold));
        columns = Math.max(columns, labels.size());
    }

    /** Bold header row frozen, auto-filter over the header and the rows written so far. */
    void finishTable() {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, Math.max(0, columns - 1)));
    }

    /**
     * Totals per currency below a blank row, outside the filter range, so sorting and filtering leave
     * them be: the label in the first column, the currency and the amount under their headers.
     */
    void totals(String label, Map<String, BigDecimal> totals, int currencyColumn, int amountColumn) {
        skipRow();
        totals.forEach((currency, total) -> {
            Cells row = row().styled(label + " " + currency, styles.bold).skipTo(currencyColumn)
                    .styled(currency, styles.bold);
            row.skipTo(amountColumn).money(total, currency, true);
        });
    }

    void applyWidths() {
        for (int column = 0; column < widths.length; column++) {
            if (widths[column] > 0) {
                sheet.setColumnWidth(column, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[column] + 2)) * 256);
            }
        }
    }

    private void fit(int column, int chars) {
        widths[column] = Math.max(widths[column], chars);
    }

    /** One row's cells, from the first column on. */
    final class Cells {
        private final Row row;
        private int column;

        private Cells(Row row) {
            this.row = row;
        }

        /** Free text as a plain string cell; nothing for an empty value. */
        Cells text(String value) {
            if (value != null && !value.isEmpty()) {
                // A cell holds at most 32,767 characters; POI refuses more rather than cut.
                Cell cell = row.createCell(column);
                cell.setCellValue(value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value);
                cell.setCellStyle(styles.plain);
                fit(column, value.length());
            }
            column++;
            return this;
        }

        Cells texts(String... values) {
            for (String value : values) {
                text(value);
            }
            return this;
        }

        /** Text in a style of its own (a bold label). */
        Cells styled(String value, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
            fit(column++, value.length());
            return this;
        }

        Cells number(long value) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(styles.plain);
            fit(column++, Long.toString(value).length());
            return this;
        }

        /** An amount as a number cell with its currency's decimals; nothing for none. */
        Cells money(BigDecimal amount, String currency) {
            return money(amount, currency, false);
        }

        Cells money(BigDecimal amount, String currency, boolean inBold) {
            if (amount != null) {
                Cell cell = row.createCell(column);
                // Display only: the amount has at most 3 decimals and is far below 2^53; sums stay BigDecimal.
                cell.setCellValue(amount.doubleValue());
                cell.setCellStyle(styles.amount(currency, inBold));
                int digits = Money.isKnownCurrency(currency) ? Money.minorDigits(currency) : 2;
                int integerDigits = Math.max(1, amount.precision() - amount.scale());
                fit(column, integerDigits + integerDigits / 3 + digits + 2);
            }
            column++;
            return this;
        }

        /** A date cell; nothing for none. */
        Cells date(LocalDate value) {
            if (value != null) {
                Cell cell = row.createCell(column);
                cell.setCellValue(value);
                cell.setCellStyle(styles.date);
                fit(column, 10);
            }
            column++;
            return this;
        }

        /** Leaves the next column empty. */
        Cells skip() {
            column++;
            return this;
        }

        /** Leaves the columns up to {@code target} empty: the next cell goes there. */
        Cells skipTo(int target) {
            column = Math.max(column, target);
            return this;
        }
    }
}
