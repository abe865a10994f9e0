package io.reimburse.output;

import io.reimburse.model.Money;
import io.reimburse.register.RegisterReimbursement;
import io.reimburse.register.RegisterRun;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code register export}: the register as a workbook, a Runs sheet and a Reimbursements sheet. */
public final class RegisterWorkbook {

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final CellStyle header;
    private final CellStyle date;
    private final Map<Integer, CellStyle> amounts = new HashMap<>();

    private RegisterWorkbook() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    }

    public static void write(List<RegisterRun> runs, List<RegisterReimbursement> reimbursements, Path target)
            throws IOException {
        RegisterWorkbook book = new RegisterWorkbook();
        try (SXSSFWorkbook workbook = book.workbook) {
            book.runs(runs);
            book.reimbursements(reimbursements);
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        }
    }

    private Sheet sheet(String name, String... headers) {
        SXSSFSheet sheet = workbook.createSheet(name);
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            row.createCell(i).setCellValue(headers[i]);
            row.getCell(i).setCellStyle(header);
            sheet.setColumnWidth(i, Math.min(60, Math.max(12, headers[i].length() + 4)) * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private void runs(List<RegisterRun> runs) {
        Sheet sheet = sheet("Runs", "Run", "Started", "Committed", "Version", "Legal entity", "Balance date",
                "Transaction date", "Status", "Voided at", "Void reason", "Decisions", "Totals", "Outputs");
        int r = 0;
        for (RegisterRun run : runs) {
            Row row = sheet.createRow(++r);
            String[] texts = {run.runId(), run.startedAt(), run.committedAt(), run.toolVersion(), run.legalEntity()};
            for (int i = 0; i < texts.length; i++) {
                row.createCell(i).setCellValue(texts[i]);
            }
            date(row, 5, run.balanceDate());
            date(row, 6, run.transactionDate());
            String[] more = {run.status(), run.voidedAt(), run.voidReason(), run.counts(), run.totals(),
                    run.outputFolder()};
            for (int i = 0; i < more.length; i++) {
                row.createCell(7 + i).setCellValue(more[i] == null ? "" : more[i]);
            }
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r, 1), 0, 12));
    }

    private void reimbursements(List<RegisterReimbursement> lines) {
        Sheet sheet = sheet("Reimbursements", "Invoice", "Run", "State", "Legal entity", "Customer", "Name",
                "Currency", "Dimensions", "Amount", "Vendor", "One-time vendor", "Balance date", "Transaction date",
                "Posted on", "Payment");
        int r = 0;
        for (RegisterReimbursement line : lines) {
            Row row = sheet.createRow(++r);
            String[] texts = {line.invoice(), line.runId(), line.state(), line.legalEntity(), line.customer(),
                    line.customerName(), line.currency(), line.dimensions()};
            for (int i = 0; i < texts.length; i++) {
                row.createCell(i).setCellValue(texts[i]);
            }
            row.createCell(8).setCellValue(new BigDecimal(line.amount()).doubleValue());
            row.getCell(8).setCellStyle(amount(Money.minorDigits(line.currency())));
            row.createCell(9).setCellValue(line.vendor());
            row.createCell(10).setCellValue(line.oneTimeVendor());
            date(row, 11, line.balanceDate());
            date(row, 12, line.transactionDate());
            if (!line.postedOn().isEmpty()) {
                date(row, 13, line.postedOn());
            }
            row.createCell(14).setCellValue(line.payment());
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r, 1), 0, 14));
    }

    private void date(Row row, int column, String isoDate) {
        row.createCell(column).setCellValue(LocalDate.parse(isoDate));
        row.getCell(column).setCellStyle(date);
    }

    private CellStyle amount(int decimals) {
        return amounts.computeIfAbsent(decimals, d -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(d == 0 ? "#,##0" : "#,##0." + "0".repeat(d)));
            return style;
        });
    }
}
