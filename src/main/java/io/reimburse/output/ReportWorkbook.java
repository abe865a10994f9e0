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
import org.apache.poi.ss.usermodel.Sheet;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
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

    private final RunResult result;
    private final Language language;
    private final WorkbookStyles styles;

    private ReportWorkbook(RunResult result, WorkbookStyles styles) {
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
        ReportWorkbook report = new ReportWorkbook(result, new WorkbookStyles(xssf));
        // The small Summary (with its chart) is built in memory; SXSSF then keeps the template's sheets,
        // rows and drawings as they are and streams the big sheets. close() deletes its temporary files.
        if (result.kind() == RunKind.PAYMENT) {
            report.paymentSummary(xssf.createSheet(SUMMARY.in(language)));
        } else {
            report.summary(xssf.createSheet(SUMMARY.in(language)));
        }
        try (SXSSFWorkbook streaming = new FastZipWorkbook(xssf, ROW_WINDOW)) {
            if (result.kind() != RunKind.PAYMENT) {
                report.reimbursements(streaming.createSheet(REIMBURSEMENTS.in(language)));
                if (DocumentsCsv.applies(result.decisions().reimbursements())) {
                    report.documents(streaming.createSheet(DOCUMENTS.in(language)));
                }
                report.skipped(streaming.createSheet(SKIPPED.in(language)));
                report.inputErrors(streaming.createSheet(INPUT_ERRORS.in(language)));
                report.oneTimeVendors(streaming.createSheet(ONE_TIME_VENDORS.in(language)));
            }
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
        SheetWriter out = new SheetWriter(sheet, styles);
        Parameters parameters = result.parameters();
        Decisions decisions = result.decisions();
        if (result.dryRun()) {
            out.row().styled(DRAFT.in(language), styles.draft);
            out.skipRow();
        }
        label(out, LEGAL_ENTITY).text(parameters.legalEntity());
        label(out, BALANCE_DATE).date(parameters.balanceDate());
        label(out, TRANSACTION_DATE).date(parameters.transactionDate());
        if (parameters.payments().enabled()) {
            label(out, PAYMENT_DATE).date(parameters.payments().paymentDate());
        }
        label(out, RUN_ID).text(result.runId());

        section(out, PARAMETERS_USED, PARAMETER, VALUE);
        // Sorted: the map may come from Map.copyOf, whose order changes from one JVM run to the next.
        parameters.used().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(used -> out.row().texts(used.getKey(), used.getValue()));

        section(out, DECISIONS, DECISION, COUNT);
        out.row().text(REIMBURSED.in(language)).number(decisions.reimbursements().size());
        decisions.skipCounts().forEach((reason, count) -> out.row().text(reason.name()).number(count));
        out.row().text(TOTAL_LINES_IGNORED.in(language)).number(result.totalLines());
        out.row().text(DUPLICATE_ROWS_IGNORED.in(language)).number(result.duplicateRows());
        out.row().text(INPUT_ERRORS_COUNT.in(language)).number(result.rowProblems().size());
        out.row().text(ONE_TIME_VENDORS_CREATED.in(language)).number(decisions.oneTimeVendors().size());
        if (!decisions.postedMarks().isEmpty()) {
            out.row().text(POSTED_MARKS.in(language)).number(decisions.postedMarks().size());
        }
        if (parameters.payments().enabled()) {
            section(out, PAYMENTS, PAYMENT_STATUS, COUNT);
            result.payments().countsByStatus().forEach((status, count) -> out.row().text(status.name()).number(count));
        }

        section(out, TOTALS_PER_CURRENCY, CURRENCY, COUNT, TOTAL);
        int firstTotal = out.nextRow();
        Map<String, Integer> counts = decisions.countsByCurrency();
        decisions.totalsByCurrency().forEach((currency, total) ->
                out.row().text(currency).number(counts.get(currency)).money(total, currency));
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
        SheetWriter out = new SheetWriter(sheet, styles);
        Parameters parameters = result.parameters();
        label(out, LEGAL_ENTITY).text(parameters.legalEntity());
        label(out, PAYMENT_DATE).date(parameters.payments().paymentDate());
        label(out, BANK_ACCOUNT).text(parameters.payments().bankAccount());
        label(out, RUN_ID).text(result.runId());
        section(out, PAYMENTS, PAYMENT_STATUS, COUNT);
        result.payments().countsByStatus().forEach((status, count) -> out.row().text(status.name()).number(count));
        section(out, TOTALS_PER_CURRENCY, CURRENCY, COUNT, TOTAL);
        Map<String, Integer> counts = result.payments().payableCountsByCurrency();
        result.payments().payableTotalsByCurrency().forEach((currency, total) ->
                out.row().text(currency).number(counts.get(currency)).money(total, currency));
        section(out, PARAMETERS_USED, PARAMETER, VALUE);
        parameters.used().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(used -> out.row().texts(used.getKey(), used.getValue()));
        out.applyWidths();
    }

    /** A Summary line: its bold label, then its value. */
    private SheetWriter.Cells label(SheetWriter out, ReportLabels label) {
        return out.row().styled(label.in(language), styles.bold);
    }

    /** A bold title after a blank row, then the bold header of a small Summary table. */
    private void section(SheetWriter out, ReportLabels title, ReportLabels... headers) {
        out.skipRow();
        out.row().styled(title.in(language), styles.bold);
        out.header(ReportLabels.in(language, headers));
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
        SheetWriter out = new SheetWriter(sheet, styles);
        // No description column: every fact of the invoice's description is in the row already, and
        // a sentence per row was a seventh of the report's size (the ERP files carry it).
        List<String> headers = keyHeaders(BALANCE, AMOUNT, VENDOR, ONE_TIME_VENDOR, INVOICE, TRANSACTION_DATE,
                DUE_DATE);
        // only when an earlier reimbursement, not yet posted, was subtracted from a credit
        boolean deductions = result.decisions().reimbursements().stream().anyMatch(r -> !r.deducted().isNone());
        if (deductions) {
            headers.addAll(ReportLabels.in(language, DEDUCTED_PENDING, DEDUCTED_INVOICES));
        }
        out.header(headers);
        boolean dimensions = !result.parameters().keyDimensions().isEmpty();
        for (Reimbursement reimbursement : result.decisions().reimbursements()) {
            Money amount = reimbursement.amount();
            SheetWriter.Cells row = key(out, reimbursement.key(), reimbursement.customerName(),
                    reimbursement.customerGroup())
                    .money(reimbursement.balance(), amount.currency()).money(amount.amount(), amount.currency())
                    .texts(reimbursement.vendorAccount(), reimbursement.oneTimeVendor().code(), reimbursement.invoice())
                    .date(reimbursement.transactionDate()).date(reimbursement.dueDate());
            if (dimensions) {
                row.text(dimensionsOf(reimbursement.key()));
            }
            if (deductions && !reimbursement.deducted().isNone()) {
                row.money(reimbursement.deducted().amount(), amount.currency())
                        .text(String.join(", ", reimbursement.deducted().invoices()));
            }
        }
        out.finishTable();
        out.totals(TOTAL.in(language), result.decisions().totalsByCurrency(), 4, 6);
        out.applyWidths();
    }

    /** At transaction level: the documents each reimbursement settles. */
    private void documents(Sheet sheet) {
        SheetWriter out = new SheetWriter(sheet, styles);
        out.header(ReportLabels.in(language, INVOICE, LEGAL_ENTITY, CUSTOMER, CURRENCY, DOCUMENT, AMOUNT));
        for (Reimbursement reimbursement : result.decisions().reimbursements()) {
            String currency = reimbursement.amount().currency();
            for (SettledDocument document : reimbursement.documents().list()) {
                out.row().texts(reimbursement.invoice(), reimbursement.key().legalEntity(),
                        reimbursement.key().customerAccount(), currency, document.document())
                        .money(document.amount(), currency);
            }
        }
        out.finishTable();
        out.applyWidths();
    }

    private void skipped(Sheet sheet) {
        SheetWriter out = new SheetWriter(sheet, styles);
        out.header(keyHeaders(BALANCE, REASON, EXPLANATION));
        for (Skip skip : result.decisions().listedSkips()) {
            key(out, skip.key(), skip.customerName(), skip.customerGroup()).money(skip.balance(), skip.key().currency())
                    .texts(skip.reason().name(), skip.detail(), dimensionsOf(skip.key()));
        }
        out.finishTable();
        out.applyWidths();
    }

    private void inputErrors(Sheet sheet) {
        SheetWriter out = new SheetWriter(sheet, styles);
        out.header(ReportLabels.in(language, FILE, SHEET, ROW, COLUMN, VALUE, PROBLEM));
        for (RowProblem problem : result.rowProblems()) {
            SheetWriter.Cells row = out.row().texts(problem.file(), problem.sheet());
            if (problem.row() > 0) {
                row.number(problem.row());
            } else {
                row.skip();
            }
            row.texts(problem.column(), problem.value(), problem.message());
        }
        out.finishTable();
        out.applyWidths();
    }

    /** Every payment with its payee's bank details and payment status; old and new IBAN when it changed. */
    private void payments(Sheet sheet) {
        SheetWriter out = new SheetWriter(sheet, styles);
        out.header(ReportLabels.in(language, LEGAL_ENTITY, CUSTOMER, INVOICE, VENDOR, PAYEE, CURRENCY, AMOUNT, IBAN,
                BIC, PAYMENT_STATUS, EXPLANATION, PREVIOUS_IBAN));
        for (Payment payment : result.payments().all()) {
            Reimbursement reimbursement = payment.reimbursement();
            Money amount = reimbursement.amount();
            out.row().texts(reimbursement.key().legalEntity(), reimbursement.key().customerAccount(),
                            reimbursement.invoice(), reimbursement.vendorAccount(), payment.payeeName(), amount.currency())
                    .money(amount.amount(), amount.currency())
                    .texts(payment.iban(), payment.bic(), payment.status().name(), payment.explanation(),
                            payment.previousIban());
        }
        out.finishTable();
        out.totals(TOTAL_PAYABLE.in(language), result.payments().payableTotalsByCurrency(), 5, 6);
        out.applyWidths();
    }

    private void oneTimeVendors(Sheet sheet) {
        SheetWriter out = new SheetWriter(sheet, styles);
        out.header(ReportLabels.in(language, ACCOUNT, LEGAL_ENTITY, CUSTOMER, NAME, STREET, ZIP_CODE, CITY, STATE,
                COUNTRY, VENDOR_GROUP));
        for (OneTimeVendor vendor : result.decisions().oneTimeVendors()) {
            Address address = vendor.address();
            out.row().texts(vendor.account(), vendor.customer().legalEntity(), vendor.customer().customerAccount(),
                    vendor.name(), address.street(), address.zipCode(), address.city(), address.state(),
                    address.country(), vendor.vendorGroup());
        }
        out.finishTable();
        out.applyWidths();
    }

    /** The five first columns of Reimbursements and Skipped. */
    private static SheetWriter.Cells key(SheetWriter out, BalanceKey key, String name, String group) {
        return out.row().texts(key.legalEntity(), key.customerAccount(), name, group, key.currency());
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
}
