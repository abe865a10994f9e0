package io.reimburse.output;

import io.reimburse.model.Address;
import io.reimburse.model.BalanceKey;
import io.reimburse.model.Decisions;
import io.reimburse.model.Language;
import io.reimburse.model.Money;
import io.reimburse.model.OneTimeVendor;
import io.reimburse.model.Parameters;
import io.reimburse.model.Payment;
import io.reimburse.model.Reimbursement;
import io.reimburse.model.RowProblem;
import io.reimburse.model.RunKind;
import io.reimburse.model.RunResult;
import io.reimburse.model.SettledDocument;
import io.reimburse.model.Skip;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.reimburse.output.ReportLabels.*;

/**
 * Writes the reimbursement report of SPEC §6 ({@code reimbursement-report.xlsx}): a Summary sheet
 * with the run's facts, counts, totals per currency and a chart, then one table per sheet for the
 * reimbursements, the skipped customers, the input errors, the one-time vendors and, when Payments
 * is Yes, the payments (SPEC §10), labelled in the run's language. Amounts are numeric cells with their currency's decimals, dates are date cells,
 * and free text is always a plain string cell, never a formula.
 */
public final class ReportWorkbook {

    /** Rows kept in memory per streamed sheet; a run may have 300,000 reimbursements. */
    private static final int ROW_WINDOW = 100;
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final RunResult result;
    private final Language language;
    private final Styles styles;

    private ReportWorkbook(RunResult result, Styles styles) {
        this.result = result;
        this.language = result.parameters().language();
        this.styles = styles;
    }

    /** Writes the report of SPEC §6 to {@code target} (a .xlsx path). */
    public static void write(RunResult result, Path target) throws IOException {
        Language language = result.parameters().language();
        XSSFWorkbook xssf = new XSSFWorkbook(); // in memory: nothing to release if the Summary fails
        // The same run gives the same metadata.
        xssf.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(result.startedAt())));
        xssf.getProperties().getCoreProperties().setCreator("reimburse " + result.toolVersion());
        ReportWorkbook report = new ReportWorkbook(result, new Styles(xssf));
        // The small Summary (with its chart) is built in memory; SXSSF then keeps the template's sheets,
        // rows and drawings as they are and streams the big sheets. close() deletes its temporary files.
        if (result.kind() == RunKind.PAYMENT) {
            report.paymentSummary(xssf.createSheet(SUMMARY.in(language)));
        } else {
            report.summary(xssf.createSheet(SUMMARY.in(language)));
        }
        try (SXSSFWorkbook streaming = new FastZipWorkbook(xssf, ROW_WINDOW)) {
            if (result.kind() == RunKind.PAYMENT) {
                report.payments(streaming.createSheet(PAYMENTS.in(language)));
                try (OutputStream out = Files.newOutputStream(target)) {
                    streaming.write(out);
                }
                return;
            }
            report.reimbursements(streaming.createSheet(REIMBURSEMENTS.in(language)));
            if (DocumentsCsv.applies(result.decisions().reimbursements())) {
                report.documents(streaming.createSheet(DOCUMENTS.in(language)));
            }
            report.skipped(streaming.createSheet(SKIPPED.in(language)));
            report.inputErrors(streaming.createSheet(INPUT_ERRORS.in(language)));
            report.oneTimeVendors(streaming.createSheet(ONE_TIME_VENDORS.in(language)));
            if (result.parameters().payments().enabled()) {
                report.payments(streaming.createSheet(PAYMENTS.in(language)));
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                streaming.write(out);
            }
        } catch (RuntimeException e) {
            // POI's streaming sheets wrap a failed write of their temporary files (a full disk): the
            // run cannot be written, as for the output folder, and the user is told where
            if (e.getCause() instanceof IOException io) {
                throw new IOException("the report's temporary files in " + System.getProperty("java.io.tmpdir")
                        + ": " + io.getMessage(), io);
            }
            throw e;
        }
    }

    private void summary(XSSFSheet sheet) {
        SheetWriter out = new SheetWriter(sheet);
        Parameters parameters = result.parameters();
        Decisions decisions = result.decisions();
        if (result.dryRun()) {
            out.cell(out.newRow(), 0, DRAFT.in(language), styles.draft);
            out.newRow();
        }
        out.text(out.labelRow(LEGAL_ENTITY), 1, parameters.legalEntity());
        out.date(out.labelRow(BALANCE_DATE), 1, parameters.balanceDate());
        out.date(out.labelRow(TRANSACTION_DATE), 1, parameters.transactionDate());
        if (parameters.payments().enabled()) {
            out.date(out.labelRow(PAYMENT_DATE), 1, parameters.payments().paymentDate());
        }
        out.text(out.labelRow(RUN_ID), 1, result.runId());

        out.section(PARAMETERS_USED, PARAMETER, VALUE);
        // Sorted: the map may come from Map.copyOf, whose order changes from one JVM run to the next.
        parameters.used().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(used -> out.texts(out.newRow(), 0, used.getKey(), used.getValue()));

        out.section(DECISIONS, DECISION, COUNT);
        out.count(out.newRow(), REIMBURSED.in(language), decisions.reimbursements().size());
        decisions.skipCounts().forEach((reason, count) -> out.count(out.newRow(), reason.name(), count));
        out.count(out.newRow(), TOTAL_LINES_IGNORED.in(language), result.totalLines());
        out.count(out.newRow(), DUPLICATE_ROWS_IGNORED.in(language), result.duplicateRows());
        out.count(out.newRow(), INPUT_ERRORS_COUNT.in(language), result.rowProblems().size());
        out.count(out.newRow(), ONE_TIME_VENDORS_CREATED.in(language), decisions.oneTimeVendors().size());
        if (!decisions.postedMarks().isEmpty()) {
            out.count(out.newRow(), POSTED_MARKS.in(language), decisions.postedMarks().size());
        }
        if (parameters.payments().enabled()) {
            out.section(PAYMENTS, PAYMENT_STATUS, COUNT);
            result.payments().countsByStatus().forEach((status, count) -> out.count(out.newRow(), status.name(), count));
        }

        out.section(TOTALS_PER_CURRENCY, CURRENCY, COUNT, TOTAL);
        int firstTotal = out.nextRow();
        Map<String, Integer> counts = decisions.countsByCurrency();
        decisions.totalsByCurrency().forEach((currency, total) -> {
            Row row = out.newRow();
            out.count(row, currency, counts.get(currency));
            out.money(row, 2, total, currency, false);
        });
        out.applyWidths();
        if (out.nextRow() > firstTotal) {
            // amounts in different currencies share no scale: several currencies are charted by count
            boolean single = counts.size() == 1;
            int column = single ? 2 : 1;
            chart(sheet, new CellRangeAddress(firstTotal, out.nextRow() - 1, 0, 0),
                    new CellRangeAddress(firstTotal, out.nextRow() - 1, column, column),
                    single ? REIMBURSED_PER_CURRENCY : REIMBURSEMENTS_PER_CURRENCY);
        }
    }

    /** A payment run's Summary: what it pays, on which day, from which account, and what it holds back. */
    private void paymentSummary(XSSFSheet sheet) {
        SheetWriter out = new SheetWriter(sheet);
        Parameters parameters = result.parameters();
        out.text(out.labelRow(LEGAL_ENTITY), 1, parameters.legalEntity());
        out.date(out.labelRow(PAYMENT_DATE), 1, parameters.payments().paymentDate());
        out.text(out.labelRow(BANK_ACCOUNT), 1, parameters.payments().bankAccount());
        out.text(out.labelRow(RUN_ID), 1, result.runId());
        out.section(PAYMENTS, PAYMENT_STATUS, COUNT);
        result.payments().countsByStatus().forEach((status, count) -> out.count(out.newRow(), status.name(), count));
        out.section(TOTALS_PER_CURRENCY, CURRENCY, COUNT, TOTAL);
        Map<String, Integer> counts = result.payments().payableCountsByCurrency();
        result.payments().payableTotalsByCurrency().forEach((currency, total) -> {
            Row row = out.newRow();
            out.count(row, currency, counts.get(currency));
            out.money(row, 2, total, currency, false);
        });
        out.section(PARAMETERS_USED, PARAMETER, VALUE);
        parameters.used().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(used -> out.texts(out.newRow(), 0, used.getKey(), used.getValue()));
        out.applyWidths();
    }

    /** A bar chart per currency, read from the Summary's totals table. */
    private void chart(XSSFSheet sheet, CellRangeAddress currencies, CellRangeAddress values, ReportLabels title) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 4, 1, 12, 20));
        chart.setTitleText(title.in(language));
        chart.setTitleOverlay(false);
        XDDFCategoryAxis currencyAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis amountAxis = chart.createValueAxis(AxisPosition.LEFT);
        amountAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        amountAxis.setCrossBetween(AxisCrossBetween.BETWEEN); // midCat, POI's default, cuts the end bars in half
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, currencyAxis, amountAxis);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        XDDFChartData.Series series = bars.addSeries(XDDFDataSourcesFactory.fromStringCellRange(sheet, currencies),
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, values));
        series.setTitle(REIMBURSED.in(language), null);
        // without an explicit fill LibreOffice draws the bars transparent
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.STEEL_BLUE)));
        chart.plot(bars);
    }

    private void reimbursements(Sheet sheet) {
        SheetWriter out = new SheetWriter(sheet);
        // No description column: every fact of the invoice's description is in the row already, and
        // a sentence per row was a seventh of the report's size (the ERP files carry it).
        List<String> headers = keyHeaders(BALANCE, AMOUNT, VENDOR, ONE_TIME_VENDOR, INVOICE, TRANSACTION_DATE,
                DUE_DATE);
        // only when an earlier reimbursement, not yet posted, was subtracted from a credit
        boolean deductions = result.decisions().reimbursements().stream().anyMatch(r -> !r.deducted().isNone());
        int deducted = headers.size();
        if (deductions) {
            headers.addAll(ReportLabels.in(language, DEDUCTED_PENDING, DEDUCTED_INVOICES));
        }
        out.header(headers);
        for (Reimbursement reimbursement : result.decisions().reimbursements()) {
            Row row = out.newRow();
            Money amount = reimbursement.amount();
            out.key(row, reimbursement.key(), reimbursement.customerName(), reimbursement.customerGroup());
            out.money(row, 5, reimbursement.balance(), amount.currency(), false);
            out.money(row, 6, amount.amount(), amount.currency(), false);
            out.texts(row, 7, reimbursement.vendorAccount(), reimbursement.oneTimeVendor().code(),
                    reimbursement.invoice());
            out.date(row, 10, reimbursement.transactionDate());
            out.date(row, 11, reimbursement.dueDate());
            out.text(row, 12, dimensionsOf(reimbursement.key()));
            if (deductions && !reimbursement.deducted().isNone()) {
                out.money(row, deducted, reimbursement.deducted().amount(), amount.currency(), false);
                out.text(row, deducted + 1, String.join(", ", reimbursement.deducted().invoices()));
            }
        }
        out.finishTable();
        out.totals(TOTAL, result.decisions().totalsByCurrency(), 4, 6);
        out.applyWidths();
    }

    /** At transaction level: the documents each reimbursement settles. */
    private void documents(Sheet sheet) {
        SheetWriter out = new SheetWriter(sheet);
        out.header(ReportLabels.in(language, INVOICE, LEGAL_ENTITY, CUSTOMER, CURRENCY, DOCUMENT, AMOUNT));
        for (Reimbursement reimbursement : result.decisions().reimbursements()) {
            String currency = reimbursement.amount().currency();
            for (SettledDocument document : reimbursement.documents().list()) {
                Row row = out.newRow();
                out.texts(row, 0, reimbursement.invoice(), reimbursement.key().legalEntity(),
                        reimbursement.key().customerAccount(), currency, document.document());
                out.money(row, 5, document.amount(), currency, false);
            }
        }
        out.finishTable();
        out.applyWidths();
    }

    private void skipped(Sheet sheet) {
        SheetWriter out = new SheetWriter(sheet);
        out.header(keyHeaders(BALANCE, REASON, EXPLANATION));
        for (Skip skip : result.decisions().listedSkips()) {
            Row row = out.newRow();
            out.key(row, skip.key(), skip.customerName(), skip.customerGroup());
            out.money(row, 5, skip.balance(), skip.key().currency(), false);
            out.texts(row, 6, skip.reason().name(), skip.detail(), dimensionsOf(skip.key()));
        }
        out.finishTable();
        out.applyWidths();
    }

    private void inputErrors(Sheet sheet) {
        SheetWriter out = new SheetWriter(sheet);
        out.header(ReportLabels.in(language, FILE, SHEET, ROW, COLUMN, VALUE, PROBLEM));
        for (RowProblem problem : result.rowProblems()) {
            Row row = out.newRow();
            out.texts(row, 0, problem.file(), problem.sheet());
            if (problem.row() > 0) {
                out.number(row, 2, problem.row());
            }
            out.texts(row, 3, problem.column(), problem.value(), problem.message());
        }
        out.finishTable();
        out.applyWidths();
    }

    /** Every reimbursement with its payee's bank details and payment status; old and new IBAN when it changed. */
    private void payments(Sheet sheet) {
        SheetWriter out = new SheetWriter(sheet);
        out.header(ReportLabels.in(language, LEGAL_ENTITY, CUSTOMER, INVOICE, VENDOR, PAYEE, CURRENCY, AMOUNT, IBAN,
                BIC, PAYMENT_STATUS, EXPLANATION, PREVIOUS_IBAN));
        for (Payment payment : result.payments().all()) {
            Row row = out.newRow();
            Reimbursement reimbursement = payment.reimbursement();
            Money amount = reimbursement.amount();
            out.texts(row, 0, reimbursement.key().legalEntity(), reimbursement.key().customerAccount(),
                    reimbursement.invoice(), reimbursement.vendorAccount(), payment.payeeName(), amount.currency());
            out.money(row, 6, amount.amount(), amount.currency(), false);
            out.texts(row, 7, payment.iban(), payment.bic(), payment.status().name(), payment.explanation(),
                    payment.previousIban());
        }
        out.finishTable();
        out.totals(TOTAL_PAYABLE, result.payments().payableTotalsByCurrency(), 5, 6);
        out.applyWidths();
    }

    private void oneTimeVendors(Sheet sheet) {
        SheetWriter out = new SheetWriter(sheet);
        out.header(ReportLabels.in(language, ACCOUNT, LEGAL_ENTITY, CUSTOMER, NAME, STREET, ZIP_CODE, CITY, STATE,
                COUNTRY, VENDOR_GROUP));
        for (OneTimeVendor vendor : result.decisions().oneTimeVendors()) {
            Address address = vendor.address();
            out.texts(out.newRow(), 0, vendor.account(), vendor.customer().legalEntity(),
                    vendor.customer().customerAccount(), vendor.name(), address.street(), address.zipCode(),
                    address.city(), address.state(), address.country(), vendor.vendorGroup());
        }
        out.finishTable();
        out.applyWidths();
    }

    /**
     * Legal entity, customer, name, group, currency, then {@code more}; when Summarize is No a last column
     * shows the dimension set, or one customer's rows per dimension set would look like duplicates.
     */
    private List<String> keyHeaders(ReportLabels... more) {
        List<String> headers = new ArrayList<>(ReportLabels.in(language, LEGAL_ENTITY, CUSTOMER, NAME, GROUP, CURRENCY));
        headers.addAll(ReportLabels.in(language, more));
        List<String> dimensions = result.parameters().keyDimensions();
        if (!dimensions.isEmpty()) {
            headers.add(String.join(" / ", dimensions));
        }
        return headers;
    }

    private static String dimensionsOf(BalanceKey key) {
        return String.join(" / ", key.dimensions());
    }

    /** The workbook's cell styles, each created once: Excel refuses files with too many styles. */
    private static final class Styles {
        private final Workbook workbook;
        /** The workbook's default style, set on text cells: a cell without a style makes POI look up its column's. */
        private final CellStyle plain;
        private final CellStyle bold;
        private final CellStyle draft;
        private final CellStyle date;
        private final Map<Integer, CellStyle> amounts = new HashMap<>();
        private final Map<Integer, CellStyle> boldAmounts = new HashMap<>();
        private final Font boldFont;

        Styles(Workbook workbook) {
            this.workbook = workbook;
            plain = workbook.getCellStyleAt(0);
            boldFont = workbook.createFont();
            boldFont.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            Font draftFont = workbook.createFont();
            draftFont.setBold(true);
            draftFont.setFontHeightInPoints((short) 16);
            draftFont.setColor(IndexedColors.RED.getIndex());
            draft = workbook.createCellStyle();
            draft.setFont(draftFont);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        }

        CellStyle amount(int digits, boolean inBold) {
            return (inBold ? boldAmounts : amounts).computeIfAbsent(digits, d -> {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(d == 0 ? "#,##0" : "#,##0." + "0".repeat(d)));
                if (inBold) {
                    style.setFont(boldFont);
                }
                return style;
            });
        }
    }

    /** Writes the rows of one sheet top to bottom and remembers how wide each column's content is. */
    private final class SheetWriter {
        private final Sheet sheet;
        /** Widest content per column, in characters (a sheet has at most 16,384 columns). */
        private final int[] widths = new int[SpreadsheetVersion.EXCEL2007.getMaxColumns()];
        private int next;
        private int columns;

        SheetWriter(Sheet sheet) {
            this.sheet = sheet;
        }

        int nextRow() {
            return next;
        }

        Row newRow() {
            return sheet.createRow(next++);
        }

        void header(List<String> labels) {
            Row row = newRow();
            for (int column = 0; column < labels.size(); column++) {
                cell(row, column, labels.get(column), styles.bold);
            }
            columns = Math.max(columns, labels.size());
        }

        /** A bold title after a blank row, then the bold header of a small Summary table. */
        void section(ReportLabels title, ReportLabels... headers) {
            newRow();
            cell(newRow(), 0, title.in(language), styles.bold);
            header(ReportLabels.in(language, headers));
        }

        Row labelRow(ReportLabels label) {
            Row row = newRow();
            cell(row, 0, label.in(language), styles.bold);
            return row;
        }

        /** The five first columns of Reimbursements and Skipped. */
        void key(Row row, BalanceKey key, String name, String group) {
            texts(row, 0, key.legalEntity(), key.customerAccount(), name, group, key.currency());
        }

        /** Totals per currency below a blank row, outside the filter range, so sorting and filtering leave them be. */
        void totals(ReportLabels label, Map<String, BigDecimal> totals, int currencyColumn, int amountColumn) {
            newRow();
            totals.forEach((currency, total) -> {
                Row row = newRow();
                cell(row, 0, label.in(language) + " " + currency, styles.bold);
                cell(row, currencyColumn, currency, styles.bold);
                money(row, amountColumn, total, currency, true);
            });
        }

        void finishTable() {
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, Math.max(0, columns - 1)));
        }

        void applyWidths() {
            for (int column = 0; column < widths.length; column++) {
                if (widths[column] > 0) {
                    sheet.setColumnWidth(column, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[column] + 2)) * 256);
                }
            }
        }

        void cell(Row row, int column, String value, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
            fit(column, value.length());
        }

        /** Free text is always a string cell: setCellValue(String) never makes a formula of "=...". */
        void text(Row row, int column, String value) {
            if (value != null && !value.isEmpty()) {
                // A cell holds at most 32,767 characters; POI refuses more rather than cut.
                Cell cell = row.createCell(column);
                cell.setCellValue(value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value);
                cell.setCellStyle(styles.plain);
                fit(column, value.length());
            }
        }

        void texts(Row row, int firstColumn, String... values) {
            for (int i = 0; i < values.length; i++) {
                text(row, firstColumn + i, values[i]);
            }
        }

        void count(Row row, String label, long count) {
            text(row, 0, label);
            number(row, 1, count);
        }

        void number(Row row, int column, long value) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(styles.plain);
            fit(column, Long.toString(value).length());
        }

        void money(Row row, int column, BigDecimal amount, String currency, boolean inBold) {
            if (amount == null) {
                return;
            }
            int digits = Money.isKnownCurrency(currency) ? Money.minorDigits(currency) : 2;
            Cell cell = row.createCell(column);
            // Display only: the amount has at most 3 decimals and is far below 2^53; sums stay BigDecimal.
            cell.setCellValue(amount.doubleValue());
            cell.setCellStyle(styles.amount(digits, inBold));
            int integerDigits = Math.max(1, amount.precision() - amount.scale());
            fit(column, integerDigits + integerDigits / 3 + digits + 2);
        }

        void date(Row row, int column, LocalDate value) {
            if (value != null) {
                Cell cell = row.createCell(column);
                cell.setCellValue(value);
                cell.setCellStyle(styles.date);
                fit(column, 10);
            }
        }

        private void fit(int column, int chars) {
            widths[column] = Math.max(widths[column], chars);
        }
    }
}
