package io.reimburse.afterrun;

import io.reimburse.cli.CliRunner;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** At transaction level each reimbursement lists the documents it settles, for the accountant to settle them. */
class SettledDocumentsTest {

    @TempDir
    Path temp;

    @Test
    void eachReimbursementListsTheVouchersItSettles() throws IOException {
        Path out = temp.resolve("out");
        CliRunner.Result run = CliRunner.run("run", "samples/multi-currency", "--out", out.toString(), "--no-register");
        assertThat(run.status()).as(run.err()).isZero();

        // checked by hand against samples/multi-currency/balance-transactions.csv: the credit vouchers of
        // the five reimbursed customers, none of DE-1002 (open debit ARI-10022) nor of the CAD customer
        assertThat(Files.readAllLines(out.resolve("reimbursement-documents.csv"), StandardCharsets.UTF_8)).containsExactly(
                "\uFEFFInvoice,LegalEntity,CustomerAccount,Currency,Document,Amount",
                "RMB-DE-000001,DEMF,DE-1001,EUR,ARP-00412,-300.00",
                "RMB-DE-000001,DEMF,DE-1001,EUR,ARP-00467,-120.50",
                "RMB-DE-000002,DEMF,DE-1003,GBP,ARP-00530,-80.00",
                "RMB-DE-000003,DEMF,DE-1004,JPY,ARP-00540,-5000",
                "RMB-DE-000003,DEMF,DE-1004,JPY,ARP-00541,-1200",
                "RMB-DE-000004,DEMF,DE-1005,CHF,ARP-00550,-250.00",
                "RMB-DE-000005,DEMF,DE-1006,KWD,ARP-00560,-12.500");
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("reimbursement-documents.csv");
        try (InputStream in = Files.newInputStream(out.resolve("reimbursement-report.xlsx"));
             XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet("Documents settled");
            List<String> rows = new ArrayList<>();
            for (Row row : sheet) {
                rows.add(row.getCell(0).getStringCellValue() + " " + row.getCell(4).getStringCellValue() + " "
                        + (row.getRowNum() == 0 ? "" : row.getCell(5).getNumericCellValue()));
            }
            assertThat(rows).hasSize(8).contains("RMB-DE-000001 ARP-00467 -120.5", "RMB-DE-000003 ARP-00541 -1200.0");
        }
    }

    @Test
    void balanceLevelRunsHaveNoDocumentsFile() {
        Path out = temp.resolve("out");
        assertThat(CliRunner.run("run", "samples/fr", "--out", out.toString(), "--no-register").status()).isZero();

        assertThat(out.resolve("reimbursement-documents.csv")).doesNotExist();
    }
}
