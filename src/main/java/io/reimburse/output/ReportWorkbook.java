package io.reimburse.output;

import io.reimburse.model.Address;
import io.reimburse.model.BalanceKey;
import io.reimburse.model.Language;
import io.reimburse.model.Money;
import io.reimburse.model.OneTimeVendor;
import io.reimburse.model.Parameters;
import io.reimburse.model.Payment;
import io.reimburse.model.ProposedLine;
import io.reimburse.model.Reimbursement;
import io.reimburse.model.RejectedLine;
import io.reimburse.model.RowProblem;
import io.reimburse.model.RunKind;
import io.reimburse.model.RunResult;
import io.reimburse.model.SettledDocument;
import io.reimburse.model.Skip;
import io.reimburse.model.UsedParameter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.reimburse.output.ReportLabels.*;

/**
 * Writes the reimbursement report of SPEC §6 ({@code reimbursement-report.xlsx}) as a document a
 * controller signs and files: the Summary ({@link SummarySheet}), the parameters in force, then one
 * table per sheet for the reimbursements, the skipped customers, the input errors, the one-time
 * vendors and, when Payments is Yes, the payments (SPEC §10). Wholly in the run's language: labels,
 * codes in words (the code kept in a column of its own), dates, sentences. Amounts are number cells
 * shown with their currency, dates are date cells, free text is always a plain string cell, never a
 * formula; every sheet prints on A4 with the run named on every page.
 */
public final class ReportWorkbook {

    /** Rows kept in memory per streamed sheet; a run may have 300,000 reimbursements. */
    private static final int ROW_WINDOW = 100;

    private final RunResult result;
    private final Language language;
    private final WorkbookStyles styles;
    private final PageLayout layout;
    /** The rows of a sheet; a longer table continues on another ({@link SheetSeries}). */
    private final int sheetRows;
    /** The workbook of the streamed sheets, once made. */
    private SXSSFWorkbook streaming;

    private ReportWorkbook(RunResult result, WorkbookStyles styles, int sheetRows) {
        this.result = result;
        this.sheetRows = sheetRows;
        this.language = result.parameters().language();
        this.styles = styles;
        this.layout = layout(result);
    }

    /** The title, the run and the date on every page; DRAFT too for a dry run. */
    private static PageLayout layout(RunResult result) {
        Language language = result.parameters().language();
        Parameters parameters = result.parameters();
        boolean payment = result.kind() == RunKind.PAYMENT;
        String entity = parameters.legalEntity();
        String title = (payment ? PAYMENT_REPORT_TITLE : REPORT_TITLE).in(language) + (entity.isEmpty() ? "" : " " + entity);
        String dated = payment ? PAYMENTS_ON.in(language) + " " + language.date(parameters.payments().paymentDate())
                : BALANCES_OF.in(language) + " " + language.date(parameters.balanceDate());
        return PageLayout.of(title, RUN_ID.in(language) + " " + result.runId(),
                result.dryRun() ? DRAFT_MARK.in(language) : result.kind() == RunKind.PROPOSAL ? PROPOSAL.in(language)
                        : null, dated, PAGE_OF_PAGES.in(language));
    }

    /** Writes the report of SPEC §6 to {@code target} (a .xlsx path). */
    public static void write(RunResult result, Path target) throws IOException {
        write(result, target, SheetSeries.SHEET_ROWS);
    }

    /** The report with sheets of {@code sheetRows} rows at most: tests see a table continue at a few rows. */
    static void write(RunResult result, Path target, int sheetRows) throws IOException {
        Language language = result.parameters().language();
        XSSFWorkbook xssf = new XSSFWorkbook(); // in memory: nothing to release if the Summary fails
        // The same run gives the same metadata.
        xssf.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(result.startedAt())));
        xssf.getProperties().getCoreProperties().setCreator("reimburse " + result.toolVersion());
        WorkbookStyles styles = new WorkbookStyles(xssf, language);
        ReportWorkbook report = new ReportWorkbook(result, styles, sheetRows);
        // The small Summary (with its chart) and Parameters are built in memory; SXSSF then keeps the
        // template's sheets, rows and drawings as they are and streams the big sheets. close() deletes
        // its temporary files.
        SummarySheet summary = new SummarySheet(result, styles);
        if (result.kind() == RunKind.PAYMENT) {
            summary.payments(xssf.createSheet(SUMMARY.in(language)), report.layout);
        } else {
            summary.reimbursements(xssf.createSheet(SUMMARY.in(language)), report.layout);
        }
        report.parameters(xssf.createSheet(PARAMETERS.in(language)));
        try (SXSSFWorkbook streaming = new FastZipWorkbook(xssf, ROW_WINDOW)) {
            report.streaming = streaming;
            if (result.kind() != RunKind.PAYMENT) {
                report.reimbursements();
                if (DocumentsCsv.applies(result.decisions().reimbursements())) {
                    report.documents();
                }
                report.skipped();
                report.inputErrors();
                report.oneTimeVendors();
                if (!result.approval().isNone()) {
                    report.rejected();
                }
            }
            if (result.parameters().payments().enabled()) {
                report.payments();
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

    /**
     * The parameters in force, those the table set to something else than their default first, then
     * the defaults, marked; each named as the table wrote it (or, left out, in the report's language).
     */
    private void parameters(Sheet sheet) {
        SheetWriter out = new SheetWriter(sheet, styles);
        out.header(ReportLabels.in(language, PARAMETER, VALUE, DEFAULT));
        List<UsedParameter> used = result.parameters().used().list();
        for (boolean defaults : new boolean[] {false, true}) {
            for (UsedParameter parameter : used) {
                if (parameter.isDefault() == defaults) {
                    value(out.row().text(parameter.nameIn(language)), parameter)
                            .text(defaults ? YES.in(language) : "");
                }
            }
        }
        out.finishTable();
        finish(out);
    }

    /** A parameter's value as the reader's language writes it: a date cell, Oui or Non, 0,5. */
    private SheetWriter.Cells value(SheetWriter.Cells row, UsedParameter parameter) {
        String value = parameter.value();
        if (value.isEmpty()) {
            return row.text(parameter.kind() == UsedParameter.Kind.SELECTION ? ALL_CUSTOMERS.in(language) : "");
        }
        return switch (parameter.kind()) {
            case DATE -> row.date(LocalDate.parse(value));
            case YES_NO -> row.text(ReportLabels.yesNo(value.equals("Yes"), language));
            case AMOUNT -> row.text(language.number(new BigDecimal(value)));
            case TEXT, SELECTION -> row.text(value);
        };
    }

    private void reimbursements() {
        // No description column: every fact of the invoice's description is in the row already, and
        // a sentence per row was a seventh of the report's size (the ERP files carry it).
        List<String> headers = keyHeaders(BALANCE, AMOUNT, VENDOR, ONE_TIME_VENDOR, INVOICE, TRANSACTION_DATE,
                DUE_DATE);
        // only when an earlier reimbursement, not yet posted, was subtracted from a credit
        boolean deductions = result.decisions().reimbursements().stream().anyMatch(r -> !r.deducted().isNone());
        if (deductions) {
            headers.addAll(ReportLabels.in(language, DEDUCTED_PENDING, DEDUCTED_INVOICES));
        }
        Map<String, BigDecimal> totals = result.decisions().totalsByCurrency();
        SheetSeries table = series(REIMBURSEMENTS, headers, 1 + totals.size());
        boolean dimensions = !result.parameters().keyDimensions().isEmpty();
        for (Reimbursement reimbursement : result.decisions().reimbursements()) {
            Money amount = reimbursement.amount();
            SheetWriter.Cells row = key(table.row(), reimbursement.key(), reimbursement.customerName(),
                    reimbursement.customerGroup())
                    .money(reimbursement.balance(), amount.currency()).money(amount.amount(), amount.currency())
                    .texts(reimbursement.vendorAccount(), ReportLabels.oneTimeVendor(reimbursement.oneTimeVendor(), language),
                            reimbursement.invoice())
                    .date(reimbursement.transactionDate()).date(reimbursement.dueDate());
            if (dimensions) {
                row.text(dimensionsOf(reimbursement.key()));
            }
            if (deductions && !reimbursement.deducted().isNone()) {
                row.money(reimbursement.deducted().amount(), amount.currency())
                        .text(String.join(", ", reimbursement.deducted().invoices()));
            }
        }
        SheetWriter last = table.end();
        last.totals(TOTAL.in(language), totals, 4, 6);
        finish(last);
    }

    /** At transaction level: the documents each reimbursement settles. */
    private void documents() {
        SheetSeries table = series(DOCUMENTS, ReportLabels.in(language, INVOICE, LEGAL_ENTITY, CUSTOMER, CURRENCY,
                DOCUMENT, AMOUNT), 0);
        for (Reimbursement reimbursement : result.decisions().reimbursements()) {
            String currency = reimbursement.amount().currency();
            for (SettledDocument document : reimbursement.documents().list()) {
                table.row().texts(reimbursement.invoice(), reimbursement.key().legalEntity(),
                        reimbursement.key().customerAccount(), currency, document.document())
                        .money(document.amount(), currency);
            }
        }
        finish(table.end());
    }

    private void skipped() {
        SheetSeries table = series(SKIPPED, keyHeaders(BALANCE, REASON, CODE, EXPLANATION), 0);
        for (Skip skip : result.decisions().listedSkips()) {
            key(table.row(), skip.key(), skip.customerName(), skip.customerGroup()).money(skip.balance(), skip.key().currency())
                    .text(ReportLabels.reason(skip.reason(), language)).code(skip.reason().name()).sentence(skip.detail())
                    .text(dimensionsOf(skip.key()));
        }
        finish(table.end());
    }

    private void inputErrors() {
        SheetSeries table = series(INPUT_ERRORS, ReportLabels.in(language, FILE, SHEET, ROW, COLUMN, VALUE, PROBLEM), 0);
        for (RowProblem problem : result.rowProblems()) {
            SheetWriter.Cells row = table.row().texts(problem.file(), problem.sheet());
            if (problem.row() > 0) {
                row.number(problem.row());
            } else {
                row.skip();
            }
            row.texts(problem.column(), problem.value()).sentence(problem.message());
        }
        finish(table.end());
    }

    /** Every payment with its payee's bank details and payment status; old and new IBAN when it changed. */
    private void payments() {
        Map<String, BigDecimal> totals = result.payments().payableTotalsByCurrency();
        SheetSeries table = series(PAYMENTS, ReportLabels.in(language, LEGAL_ENTITY, CUSTOMER, INVOICE, VENDOR, PAYEE,
                CURRENCY, AMOUNT, IBAN, BIC, PAYMENT_STATUS, CODE, EXPLANATION, PREVIOUS_IBAN), 1 + totals.size());
        for (Payment payment : result.payments().all()) {
            Reimbursement reimbursement = payment.reimbursement();
            Money amount = reimbursement.amount();
            table.row().texts(reimbursement.key().legalEntity(), reimbursement.key().customerAccount(),
                            reimbursement.invoice(), reimbursement.vendorAccount(), payment.payeeName(), amount.currency())
                    .money(amount.amount(), amount.currency())
                    .texts(payment.iban(), payment.bic(), ReportLabels.paymentStatus(payment.status(), language))
                    .code(payment.status().name()).sentence(payment.explanation()).text(payment.previousIban());
        }
        SheetWriter last = table.end();
        last.totals(TOTAL_PAYABLE.in(language), totals, 5, 6);
        finish(last);
    }

    /** The lines of the approved proposal its approver rejected, with the approver's comments (issue 13). */
    private void rejected() {
        SheetSeries table = series(REJECTED, ReportLabels.in(language, LEGAL_ENTITY, CUSTOMER, NAME, CURRENCY, AMOUNT,
                VENDOR, COMMENT), 0);
        for (RejectedLine rejected : result.approval().rejected()) {
            ProposedLine line = rejected.line();
            table.row().texts(line.key().legalEntity(), line.key().customerAccount(), line.customerName(),
                    line.amount().currency()).money(line.amount().amount(), line.amount().currency())
                    .text(line.vendorAccount()).sentence(rejected.comment());
        }
        finish(table.end());
    }

    private void oneTimeVendors() {
        SheetSeries table = series(ONE_TIME_VENDORS, ReportLabels.in(language, ACCOUNT, LEGAL_ENTITY, CUSTOMER, NAME,
                STREET, ZIP_CODE, CITY, STATE, COUNTRY, VENDOR_GROUP), 0);
        for (OneTimeVendor vendor : result.decisions().oneTimeVendors()) {
            Address address = vendor.address();
            table.row().texts(vendor.account(), vendor.customer().legalEntity(), vendor.customer().customerAccount(),
                    vendor.name(), address.street(), address.zipCode(), address.city(), address.state(),
                    address.country(), vendor.vendorGroup());
        }
        finish(table.end());
    }

    /** A streamed table, on as many sheets as it needs, with {@code rowsBelow} rows for its totals. */
    private SheetSeries series(ReportLabels name, List<String> header, int rowsBelow) {
        return new SheetSeries(streaming::createSheet, name.in(language), header, rowsBelow, sheetRows, styles,
                this::finish);
    }

    /** Widths from the content, and the page setup every sheet shares. */
    private void finish(SheetWriter out) {
        out.applyWidths();
        out.print(layout);
    }

    /** The five first columns of Reimbursements and Skipped. */
    private static SheetWriter.Cells key(SheetWriter.Cells row, BalanceKey key, String name, String group) {
        return row.texts(key.legalEntity(), key.customerAccount(), name, group, key.currency());
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
