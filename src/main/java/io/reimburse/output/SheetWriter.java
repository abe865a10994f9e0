package io.reimburse.output;

import io.reimburse.model.Money;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * The one sheet writer of every workbook this tool writes (the report, the register export):
 * rows top to bottom, each row's cells left to right in the order of the header, so no cell is
 * placed at a column number that must follow the header. It remembers how wide each column's
 * content is, for sensible column widths, and sets how the sheet prints. Free text is always a string
 * cell, never a formula.
 */
final class SheetWriter {

    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;
    /** The widest a column of sentences gets: they wrap within it. */
    private static final int SENTENCE_WIDTH = 40;
    /**
     * Characters of a sentence a line of that column surely holds: the width counts the widest
     * digits, text is narrower, but a word that does not fit goes to the next line whole.
     */
    private static final int SENTENCE_LINE = SENTENCE_WIDTH - 8;
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    /** About what an A4 page holds across in portrait, in characters of the default font: wider prints landscape. */
    private static final int PORTRAIT_CHARACTERS = 100;

    private final Sheet sheet;
    private final WorkbookStyles styles;
    /** The writer of a streamed sheet's rows; null for a sheet built in memory. */
    private final FastSheetDataWriter streamed;
    /** A streamed sheet's row XML, one builder for all its rows. */
    private final StringBuilder rowXml = new StringBuilder(512);
    /** The row being written, finished when the next starts or the table ends. */
    private SheetRow current;
    /** Widest content per column, in characters (a sheet has at most 16,384 columns). */
    private final int[] widths = new int[SpreadsheetVersion.EXCEL2007.getMaxColumns()];
    /** The columns that hold sentences, kept narrower. */
    private final BitSet sentences = new BitSet();
    private int next;
    private int columns;
    /** The row of the table's header, repeated on every printed page; -1 before any. */
    private int headerRow = -1;

    SheetWriter(Sheet sheet, WorkbookStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
        this.streamed = FastZipWorkbook.writerOf(sheet).orElse(null);
    }

    /** The number of the row a {@link #row()} would start. */
    int nextRow() {
        return next;
    }

    /** A new row, its cells added left to right. */
    Cells row() {
        return new Cells(newRow());
    }

    /** An empty row (made, so that a reader walking the rows finds it). */
    void skipRow() {
        newRow();
    }

    private SheetRow newRow() {
        finishRow();
        int row = next++;
        current = streamed != null ? new StreamedRow(streamed, rowXml, row, sheet.getDefaultRowHeightInPoints())
                : SheetRow.of(sheet.createRow(row));
        return current;
    }

    private void finishRow() {
        if (current != null) {
            current.finish();
            current = null;
        }
    }

    /**
     * A bold header row: the table's columns. A label of several words may take two lines, so that
     * a long label over short values ("Date de transaction" over dates) does not widen its column.
     */
    void header(List<String> labels) {
        if (headerRow < 0) {
            headerRow = next;
        }
        SheetRow row = newRow();
        boolean twoLines = false;
        for (int column = 0; column < labels.size(); column++) {
            String label = labels.get(column);
            row.text(column, label, styles.header);
            int longestWord = 0;
            for (String word : label.split(" ")) {
                longestWord = Math.max(longestWord, word.length());
            }
            int onTwoLines = Math.max(longestWord, (label.length() + 1) / 2);
            fit(column, onTwoLines);
            twoLines |= onTwoLines < label.length();
        }
        if (twoLines) {
            row.atLeast(2 * sheet.getDefaultRowHeightInPoints());
        }
        columns = Math.max(columns, labels.size());
    }

    /** Bold header row frozen, auto-filter over the header and the rows written so far. */
    void finishTable() {
        finishRow();
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
        finishRow();
    }

    void applyWidths() {
        finishRow();
        for (int column = 0; column < widths.length; column++) {
            if (widths[column] > 0) {
                sheet.setColumnWidth(column, width(column) * 256);
            }
        }
    }

    private int width(int column) {
        return Math.min(sentences.get(column) ? SENTENCE_WIDTH : MAX_WIDTH, Math.max(MIN_WIDTH, widths[column] + 2));
    }

    /**
     * Prints a table on A4 pages one page wide, as many pages down as it needs, its header row on
     * every page, with grid lines; landscape when its columns are wider than a portrait page.
     */
    void print(PageLayout layout) {
        pageSetup(layout, false);
        sheet.setPrintGridlines(true);
    }

    /**
     * Prints a document (the Summary: its sections, a chart beside them) on one landscape A4 page,
     * without grid lines.
     */
    void printOnOnePage(PageLayout layout) {
        pageSetup(layout, true);
    }

    private void pageSetup(PageLayout layout, boolean document) {
        int across = 0;
        for (int column = 0; column < widths.length; column++) {
            across += widths[column] > 0 ? width(column) : 0;
        }
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(document || across > PORTRAIT_CHARACTERS);
        sheet.setFitToPage(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) (document ? 1 : 0)); // 0: as many pages down as the rows need
        if (headerRow >= 0 && !document) {
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        }
        sheet.getHeader().setLeft(layout.title());
        sheet.getHeader().setCenter(layout.draft());
        sheet.getHeader().setRight(layout.runId());
        sheet.getFooter().setLeft(layout.footerNote());
        sheet.getFooter().setCenter(layout.pageOfPages());
        sheet.getFooter().setRight(layout.sheetName());
    }

    private void fit(int column, int chars) {
        widths[column] = Math.max(widths[column], chars);
    }

    /** One row's cells, from the first column on. */
    final class Cells {
        private final SheetRow row;
        private int column;

        private Cells(SheetRow row) {
            this.row = row;
        }

        /** Free text as a plain string cell; nothing for an empty value. */
        Cells text(String value) {
            return text(value, styles.plain);
        }

        /**
         * A sentence, wrapped within its column, its row as high as its lines (set here: a spreadsheet
         * does not work it out for a streamed row), so that a printed page shows all of it.
         */
        Cells sentence(String value) {
            if (value != null && value.length() > SENTENCE_WIDTH - 2) {
                int lines = (value.length() + SENTENCE_LINE - 1) / SENTENCE_LINE;
                row.atLeast(lines * sheet.getDefaultRowHeightInPoints());
            }
            sentences.set(column);
            return text(value, styles.wrapped);
        }

        /** A stable code (a decision, a payment status, a SHA-256): for filters and integrations, set in grey. */
        Cells code(String value) {
            return text(value, styles.code);
        }

        /** Empty cells with a line to write on (a signature). */
        Cells toFillIn(int count) {
            for (int i = 0; i < count; i++) {
                row.blank(column++, styles.toFillIn);
            }
            return this;
        }

        private Cells text(String value, CellStyle style) {
            if (value != null && !value.isEmpty()) {
                // A cell holds at most 32,767 characters; POI refuses more rather than cut.
                row.text(column, value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value, style);
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

        /**
         * A text that runs over the empty cells to its right (a title, a file's SHA-256): its column
         * keeps the width of the rest of its content.
         */
        Cells spanning(String value, CellStyle style) {
            row.text(column++, value, style);
            return this;
        }

        /** Text in a style of its own (a bold label). */
        Cells styled(String value, CellStyle style) {
            row.text(column, value, style);
            fit(column++, value.length());
            return this;
        }

        Cells number(long value) {
            row.number(column, value, styles.plain);
            fit(column++, Long.toString(value).length());
            return this;
        }

        /** An amount as a number cell shown with its currency's decimals and code; nothing for none. */
        Cells money(BigDecimal amount, String currency) {
            return money(amount, currency, false);
        }

        Cells money(BigDecimal amount, String currency, boolean inBold) {
            if (amount != null) {
                // Display only: the amount has at most 3 decimals and is far below 2^53; sums stay BigDecimal.
                row.number(column, amount.doubleValue(), styles.amount(currency, inBold));
                int digits = Money.isKnownCurrency(currency) ? Money.minorDigits(currency) : 2;
                int integerDigits = Math.max(1, amount.precision() - amount.scale());
                fit(column, integerDigits + integerDigits / 3 + digits + 6); // sign, point, space, code
            }
            column++;
            return this;
        }

        /** A date cell; nothing for none. */
        Cells date(LocalDate value) {
            if (value != null) {
                row.date(column, value, styles.date);
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
