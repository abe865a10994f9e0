package io.reimburse.output;

import io.reimburse.model.Language;
import io.reimburse.model.Payment;
import io.reimburse.model.Proposal;
import io.reimburse.model.ProposedLine;
import io.reimburse.model.Reimbursement;
import io.reimburse.model.Rejection;
import io.reimburse.model.RunResult;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static io.reimburse.output.ReportLabels.APPROVE;
import static io.reimburse.output.ReportLabels.APPROVED_BY;
import static io.reimburse.output.ReportLabels.COMMENT;
import static io.reimburse.output.ReportLabels.LINE_KEY;
import static io.reimburse.output.ReportLabels.NO;
import static io.reimburse.output.ReportLabels.PAYMENTS;
import static io.reimburse.output.ReportLabels.PROPOSAL;
import static io.reimburse.output.ReportLabels.PROPOSAL_MARK;
import static io.reimburse.output.ReportLabels.PROPOSED_AT;
import static io.reimburse.output.ReportLabels.PROPOSED_BY;
import static io.reimburse.output.ReportLabels.REIMBURSEMENTS;
import static io.reimburse.output.ReportLabels.REJECTED_BEFORE;
import static io.reimburse.output.ReportLabels.SUMMARY;
import static io.reimburse.output.ReportLabels.VALID_UNTIL;
import static io.reimburse.output.ReportLabels.YES;

/**
 * Writes {@code proposal.xlsx} (issue 13): the report of the run a proposal would make, in which a
 * second person approves. Its Reimbursements (and Payments) sheet has an {@code Approve} column, a
 * Yes/No drop-down prefilled Yes, a {@code Comment} column, the line's earlier rejection, and a
 * hidden column with the line's business key ({@link ProposedLine#lineKey}); the Summary names the
 * proposal and its proposer and has an {@code Approved by} cell. Every other cell is locked and every
 * sheet protected without a password: protection prevents slips; the control is the comparison with
 * the register at approval ({@link ReviewedProposal}). The report is written as for a run, then
 * opened again to add these: a proposal is read by a person, it is not a million rows.
 */
public final class ProposalWorkbook {

    public static final String FILE = "proposal.xlsx";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final XSSFWorkbook workbook;
    private final Language language;
    private final CellStyle unlocked;
    private final CellStyle header;

    private ProposalWorkbook(XSSFWorkbook workbook, Language language) {
        this.workbook = workbook;
        this.language = language;
        XSSFCellStyle open = workbook.createCellStyle();
        open.setLocked(false);
        this.unlocked = open;
        this.header = workbook.getSheet(REIMBURSEMENTS.in(language)).getRow(0).getCell(0).getCellStyle();
    }

    /**
     * Writes the proposal workbook of {@code result} (its invoices not numbered yet) to {@code target};
     * {@code earlier} holds the last rejection of each line key rejected before.
     */
    public static WrittenFile write(RunResult result, Proposal proposal, Map<String, Rejection> earlier, Path target)
            throws IOException {
        Path report = target.resolveSibling(target.getFileName() + ".report");
        ReportWorkbook.write(result, report);
        try (InputStream in = Files.newInputStream(report); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Language language = result.parameters().language();
            ProposalWorkbook proposalWorkbook = new ProposalWorkbook(workbook, language);
            List<Reimbursement> reimbursements = result.decisions().reimbursements();
            proposalWorkbook.reviewColumns(REIMBURSEMENTS.in(language), reimbursements.size(),
                    row -> ProposedLine.lineKey(reimbursements.get(row).key()), earlier);
            if (result.parameters().payments().enabled()) {
                List<Payment> payments = result.payments().all();
                proposalWorkbook.reviewColumns(PAYMENTS.in(language), payments.size(),
                        row -> ProposedLine.lineKey(payments.get(row).reimbursement().key()), null);
            }
            proposalWorkbook.summary(proposal);
            for (int sheet = 0; sheet < workbook.getNumberOfSheets(); sheet++) {
                protect(workbook.getSheetAt(sheet));
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        } finally {
            Files.deleteIfExists(report);
        }
        return new WrittenFile(FILE, proposal.lines().size());
    }

    /**
     * Approve, Comment, Rejected before (the Reimbursements sheet: {@code earlier} not null) and the
     * hidden line key after the table's columns; the rows are the table's, in the order written.
     */
    private void reviewColumns(String sheetName, int rows, Function<Integer, String> lineKey,
                               Map<String, Rejection> earlier) {
        XSSFSheet sheet = workbook.getSheet(sheetName);
        Row headers = sheet.getRow(0);
        int approve = headers.getLastCellNum();
        int comment = approve + 1;
        int rejectedBefore = earlier == null ? -1 : comment + 1;
        int key = earlier == null ? comment + 1 : rejectedBefore + 1;
        headerCell(headers, approve, APPROVE.in(language));
        headerCell(headers, comment, COMMENT.in(language));
        if (earlier != null) {
            headerCell(headers, rejectedBefore, REJECTED_BEFORE.in(language));
        }
        headerCell(headers, key, LINE_KEY.in(language));
        for (int index = 0; index < rows; index++) {
            Row row = sheet.getRow(index + 1);
            String line = lineKey.apply(index);
            Cell yes = row.createCell(approve);
            yes.setCellValue(YES.in(language));
            yes.setCellStyle(unlocked);
            row.createCell(comment).setCellStyle(unlocked);
            if (earlier != null && earlier.containsKey(line)) {
                row.createCell(rejectedBefore).setCellValue(describe(earlier.get(line)));
            }
            row.createCell(key).setCellValue(line);
        }
        sheet.setColumnWidth(approve, 12 * 256);
        sheet.setColumnWidth(comment, 40 * 256);
        if (earlier != null) {
            sheet.setColumnWidth(rejectedBefore, 50 * 256);
        }
        sheet.setColumnHidden(key, true);
        if (rows > 0) {
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidation yesNo = helper.createValidation(helper.createExplicitListConstraint(
                    new String[] {YES.in(language), NO.in(language)}), new CellRangeAddressList(1, rows, approve, approve));
            yesNo.setShowErrorBox(true);
            yesNo.setEmptyCellAllowed(false); // an empty Approve is refused at approval: say so when typing
            yesNo.setSuppressDropDownArrow(true); // POI's name for showing the arrow, on XSSF
            sheet.addValidationData(yesNo);
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows), 0, key));
    }

    private void headerCell(Row headers, int column, String label) {
        Cell cell = headers.createCell(column);
        cell.setCellValue(label);
        cell.setCellStyle(header);
    }

    /** "2026-11-05 14:02 by B. Martin: wrong customer" in the report's language. */
    private String describe(Rejection rejection) {
        var at = rejection.rejectedAt().atOffset(ZoneOffset.UTC);
        String when = language.date(at.toLocalDate()) + " " + at.format(TIME) + " UTC";
        String by = language == Language.FR ? " par " : " by ";
        return when + by + rejection.rejectedBy() + (rejection.comment().isEmpty() ? "" : ": " + rejection.comment())
                + " (" + rejection.proposalId() + ")";
    }

    /** Below the Summary: the proposal, who proposed it, until when, and the cell the approver fills in. */
    private void summary(Proposal proposal) {
        XSSFSheet sheet = workbook.getSheet(SUMMARY.in(language));
        int next = sheet.getLastRowNum() + 2;
        sheet.createRow(next++).createCell(0).setCellValue(PROPOSAL_MARK.in(language));
        line(sheet, next++, PROPOSAL, proposal.id());
        line(sheet, next++, PROPOSED_BY, proposal.proposer());
        line(sheet, next++, PROPOSED_AT, time(proposal.proposedAt()));
        line(sheet, next++, VALID_UNTIL, time(proposal.validUntil()));
        Row approvedBy = sheet.createRow(next);
        approvedBy.createCell(0).setCellValue(APPROVED_BY.in(language));
        approvedBy.createCell(1).setCellStyle(unlocked);
    }

    private String time(Instant instant) {
        var at = instant.atOffset(ZoneOffset.UTC);
        return language.date(at.toLocalDate()) + " " + at.format(TIME) + " UTC";
    }

    private void line(XSSFSheet sheet, int row, ReportLabels label, String value) {
        Row line = sheet.createRow(row);
        line.createCell(0).setCellValue(label.in(language));
        line.createCell(1).setCellValue(value);
    }

    /** Locked cells stay locked; filtering and sorting stay allowed (Excel sorts only unlocked cells). */
    private static void protect(XSSFSheet sheet) {
        sheet.enableLocking();
        sheet.lockAutoFilter(false);
        sheet.lockSort(false);
        sheet.lockFormatColumns(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }
}
