package io.reimburse.output;

import io.reimburse.model.ApprovalNote;
import io.reimburse.model.Decisions;
import io.reimburse.model.InputFile;
import io.reimburse.model.Language;
import io.reimburse.model.Parameters;
import io.reimburse.model.Payment;
import io.reimburse.model.PaymentStatus;
import io.reimburse.model.Reimbursement;
import io.reimburse.model.RunResult;
import io.reimburse.model.SkipReason;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.reimburse.output.ReportLabels.*;

/**
 * The report's first sheet, the page a finance manager reads and signs: what was reimbursed per
 * currency and the largest refunds, the decisions in words with their counts, the payments ready
 * and held, the input problems; then the run's identity (legal entity, dates, run id, files read)
 * and a place for the approval; a chart of the totals beside the headline. It prints on one page,
 * the one a controller signs.
 */
final class SummarySheet {

    /** The largest reimbursements shown per currency. */
    private static final int LARGEST_PER_CURRENCY = 3;
    /** Where the chart goes: right of the four columns of the tables, one column apart. */
    private static final int CHART_FIRST_COLUMN = 5;
    private static final int CHART_COLUMNS = 7;
    private static final int CHART_ROWS = 18;

    private final RunResult result;
    private final Language language;
    private final WorkbookStyles styles;

    SummarySheet(RunResult result, WorkbookStyles styles) {
        this.result = result;
        this.language = result.parameters().language();
        this.styles = styles;
    }

    /** The Summary of a reimbursement run. */
    void reimbursements(XSSFSheet sheet, PageLayout layout) {
        SheetWriter out = new SheetWriter(sheet, styles);
        Parameters parameters = result.parameters();
        Decisions decisions = result.decisions();
        if (result.dryRun()) {
            out.row().spanning(DRAFT.in(language), styles.draft);
            out.skipRow();
        }
        title(out, REPORT_TITLE, BALANCES_OF.in(language) + " " + language.date(parameters.balanceDate()));

        section(out, REIMBURSED_PER_CURRENCY, COUNT, AMOUNT);
        int firstTotal = out.nextRow();
        Map<String, Integer> counts = decisions.countsByCurrency();
        decisions.totalsByCurrency().forEach((currency, total) ->
                out.row().text(currency).number(counts.get(currency)).money(total, currency));
        int lastTotal = out.nextRow() - 1;
        if (!decisions.reimbursements().isEmpty()) {
            section(out, LARGEST_REIMBURSEMENTS, INVOICE, AMOUNT);
            for (Reimbursement largest : largest(decisions.reimbursements())) {
                out.row().text(customer(largest.key().customerAccount(), largest.customerName()))
                        .text(largest.invoice()).money(largest.amount().amount(), largest.amount().currency());
            }
        }

        section(out, DECISIONS, COUNT, CODE);
        out.row().text(REIMBURSED.in(language)).number(decisions.reimbursements().size()).code("REIMBURSED");
        decisions.skipCounts().forEach((reason, count) -> {
            if (count > 0) {
                out.row().text(ReportLabels.reason(reason, language)).number(count).code(reason.name());
            }
        });
        line(out, ONE_TIME_VENDORS_CREATED).number(decisions.oneTimeVendors().size());
        if (!decisions.postedMarks().isEmpty()) {
            line(out, POSTED_MARKS).number(decisions.postedMarks().size());
        }
        if (parameters.payments().enabled()) {
            readyAndHeld(out);
        }

        section(out, INPUT_PROBLEMS, COUNT);
        line(out, ROWS_WITH_PROBLEMS).number(result.rowProblems().size());
        line(out, CUSTOMERS_HELD_BACK).number(decisions.skipCounts().get(SkipReason.INPUT_ERROR));
        line(out, TOTAL_LINES_IGNORED).number(result.totalLines());
        line(out, DUPLICATE_ROWS_IGNORED).number(result.duplicateRows());

        section(out, THE_RUN);
        line(out, LEGAL_ENTITY).spanning(parameters.legalEntity(), styles.plain);
        line(out, BALANCE_DATE).date(parameters.balanceDate());
        line(out, TRANSACTION_DATE).date(parameters.transactionDate());
        if (parameters.payments().enabled()) {
            line(out, PAYMENT_DATE).date(parameters.payments().paymentDate());
        }
        identity(out);
        out.applyWidths();
        if (lastTotal >= firstTotal) {
            // amounts in different currencies share no scale: several currencies are charted by count
            boolean single = counts.size() == 1;
            int column = single ? 2 : 1;
            chart(sheet, new CellRangeAddress(firstTotal, lastTotal, 0, 0),
                    new CellRangeAddress(firstTotal, lastTotal, column, column),
                    single ? REIMBURSED_PER_CURRENCY : REIMBURSEMENTS_PER_CURRENCY, firstTotal - 2);
        }
        out.printOnOnePage(layout);
    }

    /** The Summary of a payment run (reimburse pay): what it pays, when, from where, and what it holds back. */
    void payments(XSSFSheet sheet, PageLayout layout) {
        SheetWriter out = new SheetWriter(sheet, styles);
        Parameters parameters = result.parameters();
        title(out, PAYMENT_REPORT_TITLE, PAYMENTS_ON.in(language) + " "
                + language.date(parameters.payments().paymentDate()));
        section(out, PAYABLE_PER_CURRENCY, COUNT, AMOUNT);
        Map<String, Integer> counts = result.payments().payableCountsByCurrency();
        result.payments().payableTotalsByCurrency().forEach((currency, total) ->
                out.row().text(currency).number(counts.get(currency)).money(total, currency));
        readyAndHeld(out);
        section(out, THE_RUN);
        line(out, LEGAL_ENTITY).spanning(parameters.legalEntity(), styles.plain);
        line(out, PAYMENT_DATE).date(parameters.payments().paymentDate());
        line(out, BANK_ACCOUNT).spanning(parameters.payments().bankAccount(), styles.plain);
        identity(out);
        out.applyWidths();
        out.printOnOnePage(layout);
    }

    /** The title line: the report, its legal entity and its date. */
    private void title(SheetWriter out, ReportLabels title, String dated) {
        String entity = result.parameters().legalEntity();
        out.row().spanning(title.in(language) + (entity.isEmpty() ? "" : " " + entity) + " — " + dated, styles.title);
    }

    /** The payments ready and held, per status and currency. */
    private void readyAndHeld(SheetWriter out) {
        section(out, PAYMENTS, COUNT, AMOUNT, CODE);
        Map<PaymentStatus, Map<String, List<Payment>>> byStatus = new TreeMap<>();
        for (Payment payment : result.payments().all()) {
            byStatus.computeIfAbsent(payment.status(), status -> new TreeMap<>())
                    .computeIfAbsent(payment.reimbursement().amount().currency(), currency -> new ArrayList<>())
                    .add(payment);
        }
        byStatus.forEach((status, byCurrency) -> byCurrency.forEach((currency, payments) -> {
            BigDecimal total = payments.stream().map(p -> p.reimbursement().amount().amount())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            out.row().text(ReportLabels.paymentStatus(status, language)).number(payments.size())
                    .money(total, currency).code(status.name());
        }));
    }

    /** The run id, when it started, the tool's version, the files read; then the approval lines. */
    private void identity(SheetWriter out) {
        // long values run over the empty cells beside them rather than widen the column of counts
        line(out, RUN_ID).spanning(result.runId(), styles.plain);
        line(out, STARTED).spanning(started(), styles.plain);
        line(out, TOOL_VERSION).spanning("reimburse " + result.toolVersion(), styles.plain);
        if (!result.inputs().isEmpty()) {
            section(out, FILES_READ, ROWS, SHA_256);
            for (InputFile input : result.inputs()) {
                long rows = input.tables().stream().mapToLong(InputFile.TableUse::rows).sum();
                out.row().text(input.name()).number(rows).spanning(input.sha256(), styles.code);
            }
        }
        section(out, APPROVAL);
        ApprovalNote approval = result.approval();
        if (!approval.isNone()) {
            line(out, PROPOSAL).spanning(approval.proposalId(), styles.plain);
            line(out, PROPOSED_BY).spanning(approval.proposer(), styles.plain);
            line(out, APPROVED_BY).spanning(approval.approver(), styles.plain);
            var at = approval.approvedAt().atOffset(ZoneOffset.UTC);
            line(out, APPROVED_AT).spanning(language.date(at.toLocalDate()) + " "
                    + at.format(DateTimeFormatter.ofPattern("HH:mm:ss")) + " UTC", styles.plain);
            if (approval.sameUserAllowed()) {
                line(out, SAME_USER_ALLOWED).text(YES.in(language));
            }
            line(out, LINES_REJECTED).number(approval.rejected().size());
        }
        for (ReportLabels line : new ReportLabels[] {CHECKED_BY, DATE, SIGNATURE}) {
            line(out, line).toFillIn(3);
            out.skipRow();
        }
    }

    private String started() {
        var at = result.startedAt().atOffset(ZoneOffset.UTC);
        return language.date(at.toLocalDate()) + " " + at.format(DateTimeFormatter.ofPattern("HH:mm:ss"));
    }

    /** The largest reimbursements of each currency, largest first (then in invoice order). */
    private static List<Reimbursement> largest(List<Reimbursement> reimbursements) {
        Map<String, List<Reimbursement>> byCurrency = new TreeMap<>();
        Comparator<Reimbursement> largestFirst = Comparator.comparing((Reimbursement r) -> r.amount().amount())
                .reversed().thenComparing(Reimbursement::invoice);
        for (Reimbursement reimbursement : reimbursements) {
            List<Reimbursement> kept = byCurrency.computeIfAbsent(reimbursement.amount().currency(),
                    currency -> new ArrayList<>());
            kept.add(reimbursement);
            kept.sort(largestFirst);
            if (kept.size() > LARGEST_PER_CURRENCY) {
                kept.remove(LARGEST_PER_CURRENCY);
            }
        }
        return byCurrency.values().stream().flatMap(List::stream).toList();
    }

    private static String customer(String account, String name) {
        return name.isEmpty() ? account : account + " " + name;
    }

    /** A line of the Summary: its label, then its value. */
    private SheetWriter.Cells line(SheetWriter out, ReportLabels label) {
        return out.row().text(label.in(language));
    }

    /** After a blank row, a bold title, and beside it the labels of its small table's other columns. */
    private void section(SheetWriter out, ReportLabels title, ReportLabels... columns) {
        out.skipRow();
        SheetWriter.Cells row = out.row().styled(title.in(language), styles.bold);
        for (ReportLabels column : columns) {
            boolean numbers = column == COUNT || column == AMOUNT || column == ROWS;
            boolean codes = column == CODE || column == SHA_256;
            row.styled(column.in(language), numbers ? styles.boldOverNumbers : codes ? styles.boldOverCodes : styles.bold);
        }
    }

    /** A bar chart per currency, read from the Summary's totals table, beside the tables. */
    private void chart(XSSFSheet sheet, CellRangeAddress currencies, CellRangeAddress values, ReportLabels title,
                       int firstRow) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, CHART_FIRST_COLUMN, firstRow,
                CHART_FIRST_COLUMN + CHART_COLUMNS, firstRow + CHART_ROWS));
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
}
