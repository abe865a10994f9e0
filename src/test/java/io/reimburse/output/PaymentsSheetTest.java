package io.reimburse.output;

import io.reimburse.model.Language;
import io.reimburse.model.Payment;
import io.reimburse.model.PaymentStatus;
import io.reimburse.model.RunResult;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.reimburse.output.PaymentRuns.payment;
import static io.reimburse.output.SheetTexts.texts;
import static org.assertj.core.api.Assertions.assertThat;

/** The report's Payments sheet (SPEC §10): every reimbursement with its bank details and payment status. */
class PaymentsSheetTest {

    private static final String DE = "DE89370400440532013000";
    private static final String GB = "GB82WEST12345698765432";

    @TempDir
    Path folder;

    private final List<Payment> payments = List.of(
            payment(1, "Alpha", "1250.00", "EUR", DE, "DEUTDEFF", PaymentStatus.PAYABLE),
            payment(2, "Bravo", "20.00", "EUR", "", "", PaymentStatus.NO_BANK_DETAILS),
            payment(3, "Charlie", "6200", "JPY", GB, "", PaymentStatus.BANK_DETAILS_CHANGED),
            payment(4, "Delta", "30.00", "EUR", GB, "", PaymentStatus.PAYABLE));

    @Test
    void thePaymentsSheetComesLastInTheRunsLanguage() throws IOException {
        try (XSSFWorkbook english = writeAndRead(PaymentRuns.run(Language.EN, payments));
             XSSFWorkbook french = writeAndRead(PaymentRuns.run(Language.FR, payments))) {
            assertThat(english.getSheetName(english.getNumberOfSheets() - 1)).isEqualTo("Payments");
            assertThat(french.getSheetName(french.getNumberOfSheets() - 1)).isEqualTo("Paiements");
            assertThat(texts(french.getSheet("Paiements").getRow(0))).containsExactly("Entité juridique", "Client",
                    "Facture", "Fournisseur", "Bénéficiaire", "Devise", "Montant", "IBAN", "BIC", "Statut du paiement",
                    "Code", "Explication", "IBAN précédent");
            Row held = french.getSheet("Paiements").getRow(2);
            assertThat(held.getCell(9).getStringCellValue()).isEqualTo("Retenu : pas de coordonnées bancaires");
            assertThat(held.getCell(10).getStringCellValue()).isEqualTo("NO_BANK_DETAILS");
        }
    }

    @Test
    void withoutPaymentsThereIsNoPaymentsSheet() throws IOException {
        RunResult run = PaymentRuns.run(Language.EN, payments);
        RunResult withoutPayments = new RunResult(run.runId(), run.startedAt(), run.toolVersion(),
                PaymentRuns.parameters(Language.EN, false), run.inputs(), run.decisions(),
                io.reimburse.model.Payments.NONE, run.rowProblems(), 0, 0, false);
        try (XSSFWorkbook workbook = writeAndRead(withoutPayments)) {
            assertThat(workbook.getSheet("Payments")).isNull();
        }
    }

    @Test
    void everyReimbursementIsListedWithItsStatusAndAChangeShowsOldAndNewIban() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(PaymentRuns.run(Language.EN, payments))) {
            Sheet sheet = workbook.getSheet("Payments");
            assertThat(texts(sheet.getRow(1))).containsExactly("FR01", "C00001", "RMB-FR-000001", "V1", "Alpha", "EUR",
                    "1250.0", DE, "DEUTDEFF", "Ready to pay", "PAYABLE", "PAYABLE explained");
            assertThat(sheet.getRow(2).getCell(10).getStringCellValue()).isEqualTo("NO_BANK_DETAILS");
            Row changed = sheet.getRow(3);
            assertThat(changed.getCell(9).getStringCellValue()).isEqualTo("Held: bank details changed");
            assertThat(changed.getCell(10).getStringCellValue()).isEqualTo("BANK_DETAILS_CHANGED");
            assertThat(changed.getCell(7).getStringCellValue()).isEqualTo(GB);
            assertThat(changed.getCell(12).getStringCellValue()).isEqualTo("DE89370400440532013000");
            assertThat(changed.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("#,##0 \"JPY\"");
        }
    }

    @Test
    void payableTotalsPerCurrencyFollowTheTable() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(PaymentRuns.run(Language.EN, payments))) {
            Sheet sheet = workbook.getSheet("Payments");
            Row total = sheet.getRow(6);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total payable EUR");
            assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(1280.00);
            assertThat(sheet.getLastRowNum()).isEqualTo(6); // JPY was held back: nothing payable in JPY
        }
    }

    @Test
    void theSummaryShowsPaymentsReadyAndHeldPerCurrencyAndThePaymentDate() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(PaymentRuns.run(Language.EN, payments))) {
            Sheet summary = workbook.getSheet("Summary");
            List<String> labels = new ArrayList<>();
            summary.forEach(row -> labels.add(row.getCell(0) == null ? "" : texts(row).get(0)));
            int payable = labels.indexOf("Ready to pay");
            assertThat(payable).isPositive();
            // statuses with payments only, in the order of SPEC §10, one line per currency
            assertThat(labels.subList(payable, payable + 3)).containsExactly("Ready to pay", "Held: no bank details",
                    "Held: bank details changed");
            assertThat(texts(summary.getRow(payable))).containsExactly("Ready to pay", "2.0", "1280.0", "PAYABLE");
            assertThat(summary.getRow(payable).getCell(2).getCellStyle().getDataFormatString())
                    .isEqualTo("#,##0.00 \"EUR\"");
            assertThat(texts(summary.getRow(payable + 2))).containsExactly("Held: bank details changed", "1.0",
                    "6200.0", "BANK_DETAILS_CHANGED");
            assertThat(labels).contains("Payment date");
        }
    }

    private XSSFWorkbook writeAndRead(RunResult result) throws IOException {
        Path target = folder.resolve("report-" + System.nanoTime() + ".xlsx");
        ReportWorkbook.write(result, target);
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(target)) {
            return new XSSFWorkbook(in);
        }
    }
}
