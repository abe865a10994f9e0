package io.reimburse.cli;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The samples run end to end; their outputs were checked by hand against SPEC §4 (see README). */
class SamplesEndToEndTest {

    private static final List<String> ERP_FILES = List.of("reimbursements.csv", "vendor-invoice-journal-header.csv",
            "vendor-invoice-journal.csv", "one-time-vendors.csv", "input-errors.csv", "vendor-payment-journal.csv");
    private static final Path GOLDEN_FR = Path.of("src/test/resources/golden/fr");

    @TempDir
    Path temp;

    private static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void frenchSampleGivesTheHandCheckedFiles() throws IOException {
        Path out = temp.resolve("out");
        CliRunner.Result cli = CliRunner.run("run", "--no-register", "samples/fr", "--out", out.toString());

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("5 reimbursed").contains("25444.18 EUR");
        for (String file : ERP_FILES) {
            assertThat(Files.readAllBytes(out.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(GOLDEN_FR.resolve(file)));
        }
        assertThat(out.resolve("reimbursement-report.xlsx")).isNotEmptyFile();
        assertThat(out.resolve("manifest.json")).isNotEmptyFile();
    }

    @Test
    void aCustomerWhoseOnlyRowFailedIsListedWithTheNameThatRowGave() throws Exception {
        Path out = temp.resolve("out");
        assertThat(CliRunner.run("run", "--no-register", "samples/fr", "--out", out.toString()).status()).isZero();

        try (XSSFWorkbook report = new XSSFWorkbook(out.resolve("reimbursement-report.xlsx").toFile())) {
            Sheet skipped = report.getSheet("Non remboursés");
            org.apache.poi.ss.usermodel.Row heldBack = skipped.getRow(skipped.getLastRowNum());
            assertThat(heldBack.getCell(1).getStringCellValue()).isEqualTo("C00105");
            assertThat(heldBack.getCell(2).getStringCellValue()).isEqualTo("Fleuriste Rose & Lys");
            assertThat(heldBack.getCell(7).getStringCellValue()).isEqualTo("INPUT_ERROR");
        }
    }

    /**
     * C00012 (IBAN in the balances) and C00027, C00118 (IBAN in the vendor links) are paid; C00045
     * has no IBAN and C00092 a mistyped one: they keep their invoices but stay out of payments.xml.
     */
    @Test
    void frenchSamplePaysThePayeesWhoseBankDetailsAreGood() throws Exception {
        Path out = temp.resolve("out");
        CliRunner.Result cli = CliRunner.run("run", "--no-register", "samples/fr", "--out", out.toString());

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("payments: 3 PAYABLE 1 NO_BANK_DETAILS 1 BAD_BANK_DETAILS");
        // the creation time is the run's start: the rest is the hand-checked file
        assertThat(text(out.resolve("payments.xml")).replaceFirst("<CreDtTm>[^<]+</CreDtTm>", "<CreDtTm>RUN-START</CreDtTm>"))
                .isEqualTo(text(GOLDEN_FR.resolve("payments.xml")));
        io.reimburse.output.PaymentsXmlSchema.validate(out.resolve("payments.xml"));
        assertThat(text(out.resolve("manifest.json")).replaceAll("\\s+", " "))
                .contains("\"payments\" : { \"PAYABLE\" : 3, \"NO_BANK_DETAILS\" : 1, \"BAD_BANK_DETAILS\" : 1, "
                        + "\"BANK_DETAILS_CHANGED\" : 0 }")
                .contains("\"file\" : \"payments.xml\"");
        try (XSSFWorkbook report = new XSSFWorkbook(out.resolve("reimbursement-report.xlsx").toFile())) {
            Sheet payments = report.getSheet("Paiements");
            assertThat(payments).isNotNull();
            assertThat(payments.getRow(4).getCell(1).getStringCellValue()).isEqualTo("C00092");
            assertThat(payments.getRow(4).getCell(9).getStringCellValue())
                    .isEqualTo("Retenu : coordonnées bancaires refusées");
            assertThat(payments.getRow(4).getCell(10).getStringCellValue()).isEqualTo("BAD_BANK_DETAILS");
            assertThat(payments.getRow(4).getCell(11).getStringCellValue()).startsWith("Coordonnées bancaires refusées");
        }
    }

    @Test
    void aDryRunShowsThePaymentsButWritesNoPaymentFile() throws Exception {
        Path out = temp.resolve("out");
        CliRunner.Result cli = CliRunner.run("run", "--no-register", "samples/fr", "--dry-run", "--out", out.toString());

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(out.resolve("payments.xml")).doesNotExist();
        assertThat(out.resolve("vendor-payment-journal.csv")).doesNotExist();
        try (XSSFWorkbook report = new XSSFWorkbook(out.resolve("reimbursement-report.xlsx").toFile())) {
            assertThat(report.getSheet("Paiements").getLastRowNum()).isEqualTo(7); // 5 payments, a blank row, 1 total
        }
    }

    @Test
    void sameInputsGiveByteIdenticalErpFiles() throws IOException {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        assertThat(CliRunner.run("run", "--no-register", "samples/multi-currency", "--out", first.toString()).status()).isZero();
        assertThat(CliRunner.run("run", "--no-register", "samples/multi-currency", "--out", second.toString()).status()).isZero();
        for (String file : ERP_FILES.subList(0, 4)) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    @Test
    void englishWorkbookWithTheThreeSheets() throws IOException {
        Path out = temp.resolve("out");
        CliRunner.Result cli = CliRunner.run("run", "--no-register", "samples/en-workbook/reimbursement-inputs.xlsx", "--out", out.toString());

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(text(out.resolve("reimbursements.csv")).lines().skip(1)
                .map(line -> line.substring(0, line.indexOf(",2026-11-02"))))
                .containsExactly(
                        "USMF,US-001,Contoso Retail Seattle,USD,-2450.00,2450.00,OTV-000001,created,RMB-000101",
                        "USMF,US-003,Adventure Works,USD,-50.00,50.00,V-3003,no,RMB-000102",
                        "USMF,US-005,Northwind Traders,USD,-1510.75,1510.75,OTV-000002,created,RMB-000103",
                        "USMF,US-007,Wide World Importers,USD,-312.18,312.18,OTV-000003,created,RMB-000104",
                        "USMF,US-008,\"Proseware, Inc.\",USD,-8800.00,8800.00,V-3008,no,RMB-000105");
        assertThat(out.resolve("input-errors.csv")).doesNotExist();
    }

    @Test
    void multiCurrencyTransactionsAreSummedAndComparedWithTheirMinimum() throws IOException {
        Path out = temp.resolve("out");
        CliRunner.Result cli = CliRunner.run("run", "--no-register", "samples/multi-currency", "--out", out.toString());

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(text(out.resolve("reimbursements.csv")).lines().skip(1)
                .map(line -> String.join(",", List.of(line.split(",")).subList(1, 7))))
                .containsExactly(
                        "DE-1001,Berliner Bäckerei GmbH,EUR,-420.50,420.50,OTV-DE-000001",
                        "DE-1003,Alpine Sports Ltd,GBP,-80.00,80.00,OTV-DE-000002",
                        "DE-1004,Tokyo Trading KK,JPY,-6200,6200,OTV-DE-000003",
                        "DE-1005,Swiss Precision SA,CHF,-250.00,250.00,OTV-DE-000004",
                        "DE-1006,Kuwait Oil Supplies,KWD,-12.500,12.500,OTV-DE-000005");
        assertThat(cli.out()).contains("1 OPEN_DEBIT_TRANSACTIONS", "1 NO_EXCHANGE_RATE", "1 BELOW_MINIMUM");
    }
}
