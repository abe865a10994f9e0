package io.reimburse.output;

import io.reimburse.model.Language;
import io.reimburse.register.RegisterProposal;
import io.reimburse.register.RegisterReimbursement;
import io.reimburse.register.RegisterRun;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code register export}: the register as a workbook: the Runs, each run's decisions and totals as
 * tables (one row per run and decision, per run and currency), the Reimbursements, and the Proposals
 * (issue 13) with their state and approval.
 */
public final class RegisterWorkbook {

    private RegisterWorkbook() {
    }

    public static void write(List<RegisterRun> runs, List<RegisterReimbursement> reimbursements,
                             List<RegisterProposal> proposals, Path target) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            WorkbookStyles styles = new WorkbookStyles(workbook, Language.EN);
            runs(new SheetWriter(workbook.createSheet("Runs"), styles), runs);
            decisions(new SheetWriter(workbook.createSheet("Decisions"), styles), runs);
            totals(new SheetWriter(workbook.createSheet("Totals"), styles), runs);
            reimbursements(new SheetWriter(workbook.createSheet("Reimbursements"), styles), reimbursements);
            proposals(new SheetWriter(workbook.createSheet("Proposals"), styles), proposals);
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        }
    }

    private static void runs(SheetWriter out, List<RegisterRun> runs) {
        out.header(List.of("Run", "Started", "Committed", "Version", "Legal entity", "Balance date",
                "Transaction date", "Status", "Voided at", "Void reason", "Outputs"));
        for (RegisterRun run : runs) {
            out.row().texts(run.runId(), run.startedAt(), run.committedAt(), run.toolVersion(), run.legalEntity())
                    .date(date(run.balanceDate())).date(date(run.transactionDate()))
                    .texts(run.status(), run.voidedAt(), run.voidReason(), run.outputFolder());
        }
        out.finishTable();
        out.applyWidths();
    }

    /** How many keys each decision of each run took (payment statuses for a payment run). */
    private static void decisions(SheetWriter out, List<RegisterRun> runs) {
        out.header(List.of("Run", "Decision", "Count"));
        for (RegisterRun run : runs) {
            run.decisionCounts().forEach((decision, count) -> out.row().texts(run.runId(), decision).number(count));
        }
        out.finishTable();
        out.applyWidths();
    }

    /** What each run reimbursed (or paid) per currency. */
    private static void totals(SheetWriter out, List<RegisterRun> runs) {
        out.header(List.of("Run", "Currency", "Total"));
        for (RegisterRun run : runs) {
            run.totalsByCurrency().forEach((currency, total) -> out.row().texts(run.runId(), currency)
                    .money(total, currency));
        }
        out.finishTable();
        out.applyWidths();
    }

    private static void proposals(SheetWriter out, List<RegisterProposal> proposals) {
        out.header(List.of("Proposal", "Proposed at", "Proposed by", "Valid until", "State", "Lines", "Totals",
                "Approved by", "Approved at", "Same user allowed", "Workbook owner", "Lines rejected", "Run"));
        for (RegisterProposal proposal : proposals) {
            out.row().texts(proposal.proposalId(), proposal.proposedAt(), proposal.proposer(), proposal.validUntil(),
                            proposal.state()).number(proposal.lines())
                    .texts(proposal.totalsText(), proposal.approver(), proposal.approvedAt(),
                            proposal.approver().isEmpty() ? "" : proposal.sameUserAllowed() ? "Yes" : "No",
                            proposal.fileOwner()).number(proposal.rejected()).text(proposal.runId());
        }
        out.finishTable();
        out.applyWidths();
    }

    private static void reimbursements(SheetWriter out, List<RegisterReimbursement> lines) {
        out.header(List.of("Invoice", "Run", "State", "Legal entity", "Customer", "Name", "Currency", "Dimensions",
                "Amount", "Vendor", "One-time vendor", "Balance date", "Transaction date", "Posted on", "Payment"));
        for (RegisterReimbursement line : lines) {
            out.row().texts(line.invoice(), line.runId(), line.state(), line.legalEntity(), line.customer(),
                            line.customerName(), line.currency(), line.dimensions())
                    .money(new BigDecimal(line.amount()), line.currency())
                    .texts(line.vendor(), line.oneTimeVendor())
                    .date(date(line.balanceDate())).date(date(line.transactionDate())).date(date(line.postedOn()))
                    .text(line.payment());
        }
        out.finishTable();
        out.applyWidths();
    }

    /** A date the register keeps as ISO text; none when empty (a payment run has no balance date). */
    private static LocalDate date(String iso) {
        return iso == null || iso.isEmpty() ? null : LocalDate.parse(iso);
    }
}
