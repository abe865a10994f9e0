package io.reimburse.output;

import io.reimburse.model.Language;
import io.reimburse.model.Proposal;
import io.reimburse.model.ProposedLine;
import io.reimburse.model.RejectedLine;
import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;
import io.reimburse.model.YesNo;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import static io.reimburse.output.ReportLabels.AMOUNT;
import static io.reimburse.output.ReportLabels.APPROVE;
import static io.reimburse.output.ReportLabels.APPROVED_BY;
import static io.reimburse.output.ReportLabels.BIC;
import static io.reimburse.output.ReportLabels.CODE;
import static io.reimburse.output.ReportLabels.COMMENT;
import static io.reimburse.output.ReportLabels.CURRENCY;
import static io.reimburse.output.ReportLabels.CUSTOMER;
import static io.reimburse.output.ReportLabels.IBAN;
import static io.reimburse.output.ReportLabels.LEGAL_ENTITY;
import static io.reimburse.output.ReportLabels.LINE_KEY;
import static io.reimburse.output.ReportLabels.NAME;
import static io.reimburse.output.ReportLabels.ONE_TIME_VENDOR;
import static io.reimburse.output.ReportLabels.PAYMENTS;
import static io.reimburse.output.ReportLabels.PROPOSAL;
import static io.reimburse.output.ReportLabels.REIMBURSEMENTS;
import static io.reimburse.output.ReportLabels.SUMMARY;
import static io.reimburse.output.ReportLabels.VENDOR;

/**
 * A proposal workbook ({@link ProposalWorkbook}) as its reviewer saved it, read back by the labels it
 * was written with, whatever program rewrote it: the proposal's id, the {@code Approved by} cell, and
 * each row of its Reimbursements and Payments sheets found by the line key it carries, never by its
 * position. {@link #check} compares it with the register's copy of the proposal: only Approve and
 * Comment may differ.
 */
public final class ReviewedProposal {

    /** A cell as read: its address, its text, and its number when it holds one. */
    record Value(String address, String text, BigDecimal number) {
    }

    /** A row of a reviewed sheet: where it is, its line key, Approve, Comment, and the cells compared. */
    record Line(String sheet, int row, Value key, Value approve, Value comment, Map<ReportLabels, Value> cells) {
    }

    /** The lines approved and those rejected, with the reviewer's comments. */
    public record Review(List<ProposedLine> approved, List<RejectedLine> rejected) {
    }

    /** The cells compared with the proposal on each sheet, and what each must hold in the workbook's language. */
    private static final Map<ReportLabels, BiFunction<ProposedLine, Language, Object>> REIMBURSEMENT_CELLS =
            new LinkedHashMap<>();
    private static final Map<ReportLabels, BiFunction<ProposedLine, Language, Object>> PAYMENT_CELLS =
            new LinkedHashMap<>();

    static {
        REIMBURSEMENT_CELLS.put(LEGAL_ENTITY, (line, language) -> line.key().legalEntity());
        REIMBURSEMENT_CELLS.put(CUSTOMER, (line, language) -> line.key().customerAccount());
        REIMBURSEMENT_CELLS.put(NAME, (line, language) -> line.customerName());
        REIMBURSEMENT_CELLS.put(CURRENCY, (line, language) -> line.amount().currency());
        REIMBURSEMENT_CELLS.put(AMOUNT, (line, language) -> line.amount().amount());
        REIMBURSEMENT_CELLS.put(VENDOR, (line, language) -> line.vendorAccount());
        REIMBURSEMENT_CELLS.put(ONE_TIME_VENDOR, (line, language) ->
                ReportLabels.oneTimeVendor(line.oneTimeVendor(), language));
        PAYMENT_CELLS.put(LEGAL_ENTITY, (line, language) -> line.key().legalEntity());
        PAYMENT_CELLS.put(CUSTOMER, (line, language) -> line.key().customerAccount());
        PAYMENT_CELLS.put(VENDOR, (line, language) -> line.vendorAccount());
        PAYMENT_CELLS.put(CURRENCY, (line, language) -> line.amount().currency());
        PAYMENT_CELLS.put(AMOUNT, (line, language) -> line.amount().amount());
        PAYMENT_CELLS.put(IBAN, (line, language) -> line.iban());
        PAYMENT_CELLS.put(BIC, (line, language) -> line.bic());
        PAYMENT_CELLS.put(CODE, (line, language) -> line.paymentStatus());
    }

    private final String file;
    private final Language language;
    private final String proposalId;
    private final String approvedBy;
    private final List<Line> reimbursements;
    private final List<Line> payments;
    private final List<RunProblem> problems = new ArrayList<>();

    private ReviewedProposal(String file, Workbook workbook) {
        this.file = file;
        Sheet summary = workbook.getSheet(SUMMARY.in(Language.EN));
        Language read = Language.EN;
        if (summary == null) {
            summary = workbook.getSheet(SUMMARY.in(Language.FR));
            read = Language.FR;
        }
        if (summary == null) {
            throw new RunRefused(RunProblem.inFile(file, "is not a proposal workbook: it has no Summary sheet"));
        }
        this.language = read;
        this.proposalId = summaryValue(summary, PROPOSAL).orElseThrow(() -> new RunRefused(RunProblem.inFile(file,
                "is not a proposal workbook: its Summary names no proposal (written by 'reimburse propose')")));
        this.approvedBy = summaryValue(summary, APPROVED_BY).orElse("");
        this.reimbursements = lines(workbook, REIMBURSEMENTS, REIMBURSEMENT_CELLS);
        this.payments = workbook.getSheet(PAYMENTS.in(language)) == null ? null
                : lines(workbook, PAYMENTS, PAYMENT_CELLS);
    }

    /** Reads a saved proposal workbook; a file that is not one is refused, naming what is missing. */
    public static ReviewedProposal read(Path workbook) {
        String name = workbook.getFileName().toString();
        try (Workbook opened = WorkbookFactory.create(workbook.toFile(), null, true)) {
            return new ReviewedProposal(name, opened);
        } catch (IOException | RuntimeException e) {
            if (e instanceof RunRefused refused) {
                throw refused;
            }
            throw new RunRefused(RunProblem.inFile(name, "cannot be read as a workbook: " + e.getMessage()));
        }
    }

    public String proposalId() {
        return proposalId;
    }

    /** The name typed in the Summary's Approved by cell; empty when none was. */
    public String approvedBy() {
        return approvedBy;
    }

    /** The value beside a label of the Summary's first column. */
    private static Optional<String> summaryValue(Sheet summary, ReportLabels label) {
        for (Row row : summary) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING
                    && first.getStringCellValue().equals(label.in(languageOf(summary)))) {
                return Optional.of(read(row.getCell(1), row.getRowNum(), 1).text().strip());
            }
        }
        return Optional.empty();
    }

    private static Language languageOf(Sheet summary) {
        return summary.getSheetName().equals(SUMMARY.in(Language.FR)) ? Language.FR : Language.EN;
    }

    private List<Line> lines(Workbook workbook, ReportLabels sheetLabel, Map<ReportLabels, ?> compared) {
        String sheetName = sheetLabel.in(language);
        Sheet sheet = workbook.getSheet(sheetName);
        if (sheet == null) {
            throw new RunRefused(RunProblem.inFile(file, "has no sheet " + sheetName + ": it is not the proposal "
                    + "workbook as written"));
        }
        Map<String, Integer> columns = new HashMap<>();
        Row header = sheet.getRow(sheet.getFirstRowNum());
        if (header != null) {
            for (Cell cell : header) {
                columns.putIfAbsent(read(cell, cell.getRowIndex(), cell.getColumnIndex()).text(), cell.getColumnIndex());
            }
        }
        List<ReportLabels> needed = new ArrayList<>(List.of(LINE_KEY, APPROVE, COMMENT));
        needed.addAll(compared.keySet());
        List<ReportLabels> missing = needed.stream().filter(label -> !columns.containsKey(label.in(language))).toList();
        if (!missing.isEmpty()) {
            throw new RunRefused(new RunProblem(file, sheetName, 1, null, "the columns "
                    + String.join(", ", ReportLabels.in(language, missing.toArray(ReportLabels[]::new)))
                    + " are missing from the header row: a column was deleted or renamed"));
        }
        List<Line> lines = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() == header.getRowNum()) {
                continue;
            }
            int rowIndex = row.getRowNum();
            Function<ReportLabels, Value> at = label -> read(row.getCell(columns.get(label.in(language))), rowIndex,
                    columns.get(label.in(language)));
            Map<ReportLabels, Value> cells = new LinkedHashMap<>();
            compared.keySet().forEach(label -> cells.put(label, at.apply(label)));
            Value key = at.apply(LINE_KEY);
            if (key.text().isEmpty() && cells.get(CUSTOMER).text().isEmpty()) {
                continue; // a blank row, or a totals row below the table
            }
            lines.add(new Line(sheetName, rowIndex + 1, key, at.apply(APPROVE), at.apply(COMMENT), cells));
        }
        return lines;
    }

    private static Value read(Cell cell, int row, int column) {
        String address = new CellReference(row, column).formatAsString();
        if (cell == null) {
            return new Value(address, "", null);
        }
        CellType type = cell.getCellType();
        return switch (type) {
            case STRING -> new Value(address, cell.getStringCellValue(), null);
            case NUMERIC -> {
                BigDecimal number = new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros();
                yield new Value(address, number.toPlainString(), number);
            }
            case BOOLEAN -> new Value(address, Boolean.toString(cell.getBooleanCellValue()), null);
            case FORMULA -> new Value(address, "=" + cell.getCellFormula(), null);
            default -> new Value(address, "", null);
        };
    }

    /**
     * Compares the workbook with the register's copy of its proposal: every line once on each sheet (no
     * row added, none deleted), the compared cells unchanged, Approve a yes/no word. Refused with every
     * difference named by its sheet, row and cell; else the lines approved (Yes on every sheet that
     * shows them) and those rejected, with their comments.
     */
    public Review check(Proposal proposal) {
        problems.clear();
        Map<String, ProposedLine> byKey = new LinkedHashMap<>();
        proposal.lines().forEach(line -> byKey.put(line.lineKey(), line));
        Map<String, Boolean> approved = new HashMap<>();
        Map<String, List<String>> comments = new HashMap<>();
        boolean paymentsShown = !proposal.lines().isEmpty() && !proposal.lines().get(0).paymentStatus().isEmpty();
        if (paymentsShown && payments == null) {
            problems.add(RunProblem.inFile(file, "has no sheet " + PAYMENTS.in(language) + ": it was deleted"));
        }
        checkSheet(REIMBURSEMENTS.in(language), reimbursements, REIMBURSEMENT_CELLS, byKey, approved, comments);
        if (paymentsShown && payments != null) {
            checkSheet(PAYMENTS.in(language), payments, PAYMENT_CELLS, byKey, approved, comments);
        }
        if (!problems.isEmpty()) {
            throw new RunRefused(problems);
        }
        List<ProposedLine> yes = new ArrayList<>();
        List<RejectedLine> no = new ArrayList<>();
        for (ProposedLine line : proposal.lines()) {
            if (approved.get(line.lineKey())) {
                yes.add(line);
            } else {
                no.add(new RejectedLine(line, String.join(" / ", comments.getOrDefault(line.lineKey(), List.of()))));
            }
        }
        return new Review(yes, no);
    }

    private void checkSheet(String sheetName, List<Line> lines,
                            Map<ReportLabels, BiFunction<ProposedLine, Language, Object>> cells,
                            Map<String, ProposedLine> byKey, Map<String, Boolean> approved,
                            Map<String, List<String>> comments) {
        Map<String, Integer> seen = new HashMap<>();
        for (Line line : lines) {
            ProposedLine proposed = byKey.get(line.key().text());
            if (proposed == null) {
                problems.add(problem(line, LINE_KEY, line.key(), line.key().text().isEmpty()
                        ? "this row is not a line of the proposal: a row was added"
                        : "'" + line.key().text() + "' is not a line of the proposal: a row was added, or its key changed"));
                continue;
            }
            Integer earlier = seen.putIfAbsent(proposed.lineKey(), line.row());
            if (earlier != null) {
                problems.add(problem(line, LINE_KEY, line.key(), "this line is on row " + earlier
                        + " already: a row was copied"));
                continue;
            }
            cells.forEach((label, expected) -> {
                Value value = line.cells().get(label);
                Object wanted = expected.apply(proposed, language);
                boolean same = wanted instanceof BigDecimal amount
                        ? value.number() != null && value.number().compareTo(amount) == 0
                        : value.number() == null && value.text().equals(wanted);
                if (!same) {
                    String shown = wanted instanceof BigDecimal amount ? amount.toPlainString() : (String) wanted;
                    problems.add(problem(line, label, value, "was '" + shown + "' in the proposal, is '"
                            + value.text() + "' here: only " + APPROVE.in(language) + " and " + COMMENT.in(language)
                            + " may be changed"));
                }
            });
            Optional<Boolean> yes = YesNo.parse(line.approve().text());
            if (yes.isEmpty()) {
                problems.add(problem(line, APPROVE, line.approve(), "'" + line.approve().text() + "' is not "
                        + ReportLabels.yesNo(true, language) + " or " + ReportLabels.yesNo(false, language)));
                continue;
            }
            approved.merge(proposed.lineKey(), yes.get(), Boolean::logicalAnd);
            if (!line.comment().text().isBlank()) {
                comments.computeIfAbsent(proposed.lineKey(), key -> new ArrayList<>()).add(line.comment().text().strip());
            }
        }
        for (ProposedLine proposed : byKey.values()) {
            if (!seen.containsKey(proposed.lineKey())) {
                problems.add(new RunProblem(file, sheetName, 0, null, "the line of customer "
                        + proposed.key().customerAccount() + " in " + proposed.amount().currency() + " ("
                        + proposed.amount().plain() + ") is missing: a row was deleted"));
            }
        }
    }

    private RunProblem problem(Line line, ReportLabels column, Value cell, String message) {
        return new RunProblem(file, line.sheet(), line.row(), column.in(language) + " (" + cell.address() + ")", message);
    }
}
