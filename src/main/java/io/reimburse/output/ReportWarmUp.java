package io.reimburse.output;

import io.reimburse.model.Language;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The report's libraries made ready while the inputs are read. The first workbook a JVM writes loads
 * POI's and XMLBeans' classes and the OOXML schema types of styles, drawings and charts: 0.7-1.1 s of
 * one core, measured cold, that the report's thread otherwise spends once the decisions are made, when
 * the CSV files, the register's rows and the report already share both cores; while the balances are
 * read a core is partly idle. A throwaway workbook of the same kinds (the report's styles, a sheet, a
 * bar chart) is written to nowhere, once per JVM, on a thread of its own; it writes no file. A failure
 * here is left to the report itself, which meets it again and reports it.
 */
public final class ReportWarmUp {

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private ReportWarmUp() {
    }

    /** Starts the warm-up, the first time only. */
    public static void start() {
        if (STARTED.compareAndSet(false, true)) {
            Thread thread = new Thread(ReportWarmUp::warmUp, "reimburse-report-warm-up");
            thread.setDaemon(true);
            thread.start();
        }
    }

    static void warmUp() {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(workbook, Language.EN);
            XSSFSheet sheet = workbook.createSheet("Summary");
            XSSFRow row = sheet.createRow(0);
            row.createCell(0).setCellValue("EUR");
            row.createCell(1).setCellValue(1.0);
            row.getCell(0).setCellStyle(styles.code);
            SummarySheet.barChart(sheet, new CellRangeAddress(0, 0, 0, 0), new CellRangeAddress(0, 0, 1, 1), "Total",
                    "Reimbursed", 0);
            workbook.write(OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            // the report, written later with the same libraries, meets this again and reports it
        }
    }
}
