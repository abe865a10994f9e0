package io.reimburse.output;

import io.reimburse.model.Address;
import io.reimburse.model.BalanceKey;
import io.reimburse.model.BalanceSign;
import io.reimburse.model.CustomerRef;
import io.reimburse.model.DecimalSeparator;
import io.reimburse.model.Decisions;
import io.reimburse.model.InvoiceText;
import io.reimburse.model.Language;
import io.reimburse.model.Money;
import io.reimburse.model.OneTimeVendor;
import io.reimburse.model.OneTimeVendorStatus;
import io.reimburse.model.DimensionParameters;
import io.reimburse.model.ErpParameters;
import io.reimburse.model.Minimums;
import io.reimburse.model.NumberingParameters;
import io.reimburse.model.OutputStyle;
import io.reimburse.model.Parameters;
import io.reimburse.model.ReadingParameters;
import io.reimburse.model.PaymentParameters;
import io.reimburse.model.Payments;
import io.reimburse.model.Reimbursement;
import io.reimburse.model.RowProblem;
import io.reimburse.model.RunResult;
import io.reimburse.model.Selection;
import io.reimburse.model.Skip;
import io.reimburse.model.SkipReason;
import io.reimburse.model.UsedParameter;
import io.reimburse.model.UsedParameters;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static io.reimburse.output.SheetTexts.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportWorkbookTest {

    private static final LocalDate BALANCE_DATE = LocalDate.of(2025, 3, 31);
    private static final LocalDate TRANSACTION_DATE = LocalDate.of(2025, 4, 1);
    private static final LocalDate DUE_DATE = LocalDate.of(2025, 5, 1);
    private static final Instant STARTED_AT = Instant.parse("2025-04-01T08:30:00Z");
    private static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.example\",\"Click\")";

    @TempDir
    Path folder;

    @Test
    void englishSheetsComeInTheOrderOfTheSpec() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(result(Language.EN, false))) {
            assertThat(sheetNames(workbook))
                    .containsExactly("Summary", "Parameters", "Reimbursements", "Skipped", "Input errors",
                            "One-time vendors");
        }
    }

    @Test
    void frenchRunHasFrenchSheetNamesAndLabels() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(result(Language.FR, false))) {
            assertThat(sheetNames(workbook)).containsExactly("Synthèse", "Paramètres", "Remboursements", "Non remboursés",
                    "Erreurs de saisie", "Fournisseurs occasionnels");
            assertThat(workbook.getSheet("Remboursements").getRow(0).getCell(1).getStringCellValue()).isEqualTo("Client");
        }
    }

    @Test
    void everyTableHasABoldFrozenHeaderRowAndAnAutoFilter() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(result(Language.EN, false))) {
            for (int index = 1; index < workbook.getNumberOfSheets(); index++) {
                XSSFSheet sheet = workbook.getSheetAt(index);
                Row header = sheet.getRow(0);
                assertThat(header.getLastCellNum()).as(sheet.getSheetName()).isGreaterThanOrEqualTo((short) 3);
                for (Cell cell : header) {
                    assertThat(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold())
                            .as(sheet.getSheetName() + " " + cell.getStringCellValue()).isTrue();
                }
                assertThat(sheet.getPaneInformation()).as(sheet.getSheetName()).isNotNull();
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getColumnWidth(0)).isBetween(6 * 256, 62 * 256);
            }
        }
    }

    @Test
    void amountsAreNumberCellsWithTheirCurrencyDecimals() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(result(Language.EN, false))) {
            Sheet sheet = workbook.getSheet("Reimbursements");
            Cell euros = rowOfCustomer(sheet, "C001").getCell(6);
            assertThat(euros.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(euros.getNumericCellValue()).isEqualTo(120.50);
            assertThat(euros.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00 \"EUR\"");
            Cell balance = rowOfCustomer(sheet, "C001").getCell(5);
            assertThat(balance.getNumericCellValue()).isEqualTo(-120.50);

            Cell yen = rowOfCustomer(sheet, "C003").getCell(6);
            assertThat(yen.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(yen.getNumericCellValue()).isEqualTo(5000.0);
            assertThat(yen.getCellStyle().getDataFormatString()).isEqualTo("#,##0 \"JPY\"");
        }
    }

    @Test
    void kuwaitiDinarsShowThreeDecimals() throws IOException {
        Reimbursement dinars = reimbursement("C020", "Gulf Trading", "KWD", "12.345", "V020",
                OneTimeVendorStatus.NO, "RB000009");
        RunResult run = withDecisions(result(Language.EN, false),
                new Decisions(List.of(dinars), List.of(), Map.of(), List.of()));
        try (XSSFWorkbook workbook = writeAndRead(run)) {
            Cell amount = rowOfCustomer(workbook.getSheet("Reimbursements"), "C020").getCell(6);
            assertThat(amount.getNumericCellValue()).isEqualTo(12.345);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.000 \"KWD\"");
        }
    }

    @Test
    void datesAreRealDateCellsShownAsIsoDates() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(result(Language.EN, false))) {
            Row row = rowOfCustomer(workbook.getSheet("Reimbursements"), "C001");
            for (int column : new int[] {10, 11}) {
                Cell date = row.getCell(column);
                assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
                assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            }
            assertThat(row.getCell(10).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(TRANSACTION_DATE);
            assertThat(row.getCell(11).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(DUE_DATE);

            Cell balanceDate = rowStartingWith(workbook.getSheet("Summary"), "Balance date").getCell(1);
            assertThat(DateUtil.isCellDateFormatted(balanceDate)).isTrue();
            assertThat(balanceDate.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(BALANCE_DATE);
        }
    }

    @Test
    void aNameThatLooksLikeAFormulaStaysPlainText() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(result(Language.EN, false))) {
            Cell name = rowOfCustomer(workbook.getSheet("Reimbursements"), "C002").getCell(2);
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo(FORMULA_NAME);

            Cell vendorName = workbook.getSheet("One-time vendors").getRow(1).getCell(3);
            assertThat(vendorName.getCellType()).isEqualTo(CellType.STRING);
            assertThat(vendorName.getStringCellValue()).isEqualTo(FORMULA_NAME);
        }
    }

    @Test
    void reimbursementsEndWithABoldTotalPerCurrency() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(result(Language.EN, false))) {
            Sheet sheet = workbook.getSheet("Reimbursements");
            Row euros = rowStartingWith(sheet, "Total EUR");
            assertThat(euros.getCell(4).getStringCellValue()).isEqualTo("EUR");
            assertThat(euros.getCell(6).getNumericCellValue()).isEqualTo(1355.06);
            assertThat(euros.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00 \"EUR\"");
            assertThat(workbook.getFontAt(euros.getCell(6).getCellStyle().getFontIndex()).getBold()).isTrue();
            Row yen = rowStartingWith(sheet, "Total JPY");
            assertThat(yen.getCell(6).getNumericCellValue()).isEqualTo(5000.0);
            assertThat(yen.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("#,##0 \"JPY\"");
        }
    }

    @Test
    void summaryOpensWithTheTotalsAndLargestRefundsThenDecisionsInWordsProblemsAndTheRun() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(result(Language.EN, false))) {
            XSSFSheet summary = workbook.getSheet("Summary");
            List<String> firstColumn = new ArrayList<>();
            summary.forEach(row -> firstColumn.add(row.getCell(0) == null ? "" : row.getCell(0).toString()));
            assertThat(firstColumn.get(0)).isEqualTo("Reimbursement report FR01 — balances of 2025-03-31");
            assertThat(firstColumn.stream().filter(line -> !line.isEmpty()).toList()).startsWith(
                    firstColumn.get(0), "Reimbursed per currency", "EUR", "JPY", "Largest reimbursements",
                    "C002 " + FORMULA_NAME, "C001 Alice SARL", "C003 Tanaka KK", "Decisions", "Reimbursed",
                    "Not selected", "Input error", "Debit balance", "Customer blocked", "Below the minimum");
            assertThat(firstColumn.indexOf("The run")).isGreaterThan(firstColumn.indexOf("Input problems"));

            Row euros = rowStartingWith(summary, "EUR");
            assertThat(euros.getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(euros.getCell(2).getNumericCellValue()).isEqualTo(1355.06);
            assertThat(euros.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00 \"EUR\"");
            assertThat(rowStartingWith(summary, "JPY").getCell(2).getNumericCellValue()).isEqualTo(5000.0);
            Row largest = rowStartingWith(summary, "C002 " + FORMULA_NAME);
            assertThat(largest.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(largest.getCell(1).getStringCellValue()).isEqualTo("RB000002");
            assertThat(largest.getCell(2).getNumericCellValue()).isEqualTo(1234.56);

            Row belowMinimum = rowStartingWith(summary, "Below the minimum");
            assertThat(belowMinimum.getCell(1).getNumericCellValue()).isEqualTo(1);
            assertThat(belowMinimum.getCell(2).getStringCellValue()).isEqualTo("BELOW_MINIMUM");
            assertThat(firstColumn).as("reasons nobody had are left out").doesNotContain("Vendor blocked");
            assertThat(numberBeside(summary, "Reimbursed")).isEqualTo(3);
            assertThat(numberBeside(summary, "Rows with a problem (sheet Input errors)")).isEqualTo(1);
            assertThat(numberBeside(summary, "Customers held back")).isEqualTo(1);
            assertThat(numberBeside(summary, "Total lines ignored")).isEqualTo(2);
            assertThat(numberBeside(summary, "Duplicate rows ignored")).isEqualTo(1);
            assertThat(numberBeside(summary, "One-time vendors created")).isEqualTo(1);
            assertThat(valueBeside(summary, "Legal entity")).isEqualTo("FR01");
            assertThat(valueBeside(summary, "Run id")).isEqualTo("run-42");
            assertThat(firstColumn).contains("Approval", "Checked by", "Signature");

            assertThat(summary.getDrawingPatriarch()).isNotNull();
            assertThat(summary.getDrawingPatriarch().getCharts()).hasSize(1);
        }
    }

    @Test
    void largestRefundsAreTheThreeLargestOfEachCurrency() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(withReimbursements(10))) {
            XSSFSheet summary = workbook.getSheet("Summary");
            List<String> largest = new ArrayList<>();
            for (Row row : summary) {
                Cell first = row.getCell(0);
                if (first != null && first.toString().matches("C\\d{4} Customer \\d")) {
                    largest.add(first.toString());
                }
            }
            // ten customers: EUR 10.50 each (even ones), JPY 1000 each (odd ones): ties in invoice order
            assertThat(largest).containsExactly("C0000 Customer 0", "C0002 Customer 2", "C0004 Customer 4",
                    "C0001 Customer 1", "C0003 Customer 3", "C0005 Customer 5");
        }
    }

    @Test
    void parametersHaveTheirOwnSheetNonDefaultsFirstDefaultsMarkedInTheReadersLanguage() throws IOException {
        List<UsedParameter> used = List.of(
                new UsedParameter("Summarize", "Regrouper", "", "Yes", UsedParameter.Kind.YES_NO, true),
                new UsedParameter("MinimumReimbursement", "Remboursement minimal", "Remboursement minimal", "10.50",
                        UsedParameter.Kind.AMOUNT, false),
                new UsedParameter("CustomerAccounts", "Comptes clients", "", "", UsedParameter.Kind.SELECTION, true),
                new UsedParameter("BalanceDate", "Date du solde", "Date de solde", "2025-03-31",
                        UsedParameter.Kind.DATE, false),
                new UsedParameter("Payments", "Paiements", "Payments", "No", UsedParameter.Kind.YES_NO, false));
        RunResult run = result(Language.FR, false);
        Parameters parameters = run.parameters();
        RunResult withUsed = new RunResult(run.runId(), run.startedAt(), run.toolVersion(), new Parameters(
                parameters.legalEntity(), parameters.accountingCurrency(), parameters.minimums(),
                parameters.balanceDate(), parameters.transactionDate(), parameters.paymentTermsDays(),
                parameters.customerAccounts(), parameters.customerGroups(), parameters.dimensions(),
                parameters.includeCustomersWithDebitTransactions(), parameters.reading(), parameters.numbering(),
                parameters.erp(), parameters.output(), parameters.payments(), new UsedParameters(used)),
                run.inputs(), run.decisions(), run.payments(), run.rowProblems(), 0, 0, false);
        try (XSSFWorkbook workbook = writeAndRead(withUsed)) {
            Sheet sheet = workbook.getSheet("Paramètres");
            assertThat(texts(sheet.getRow(0))).containsExactly("Paramètre", "Valeur", "Par défaut");
            // as written (in French or English), else in the report's language
            assertThat(texts(sheet.getRow(1))).containsExactly("Remboursement minimal", "10,50");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Date de solde");
            assertThat(sheet.getRow(2).getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(BALANCE_DATE);
            assertThat(sheet.getRow(2).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(texts(sheet.getRow(3))).containsExactly("Payments", "Non");
            assertThat(texts(sheet.getRow(4))).containsExactly("Regrouper", "Oui", "Oui");
            assertThat(texts(sheet.getRow(5))).containsExactly("Comptes clients", "tous", "Oui");
        }
    }

    @Test
    void aFrenchReportIsWhollyFrench() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(result(Language.FR, false))) {
            Row created = rowOfCustomer(workbook.getSheet("Remboursements"), "C002");
            assertThat(created.getCell(8).getStringCellValue()).isEqualTo("créé");
            assertThat(rowOfCustomer(workbook.getSheet("Remboursements"), "C003").getCell(8).getStringCellValue())
                    .isEqualTo("réutilisé");
            assertThat(rowOfCustomer(workbook.getSheet("Remboursements"), "C001").getCell(8).getStringCellValue())
                    .isEqualTo("non");
            assertThat(created.getCell(10).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            Row below = rowOfCustomer(workbook.getSheet("Non remboursés"), "C010");
            assertThat(below.getCell(6).getStringCellValue()).isEqualTo("Sous le minimum");
            assertThat(below.getCell(7).getStringCellValue()).isEqualTo("BELOW_MINIMUM");
            Sheet summary = workbook.getSheet("Synthèse");
            assertThat(rowStartingWith(summary, "Rapport de remboursement FR01 — soldes au 31/03/2025")).isNotNull();
            assertThat(rowStartingWith(summary, "Client bloqué").getCell(2).getStringCellValue())
                    .isEqualTo("CUSTOMER_BLOCKED");
            assertThat(summary.getFooter().getCenter()).isEqualTo("Page &P sur &N");
        }
    }

    @Test
    void everyDecisionPaymentAndVendorCodeHasItsWordsInBothLanguages() {
        for (Language language : Language.values()) {
            for (SkipReason reason : SkipReason.values()) {
                assertThat(ReportLabels.reason(reason, language)).isNotBlank();
            }
            for (io.reimburse.model.PaymentStatus status : io.reimburse.model.PaymentStatus.values()) {
                assertThat(ReportLabels.paymentStatus(status, language)).isNotBlank();
            }
            for (OneTimeVendorStatus status : OneTimeVendorStatus.values()) {
                assertThat(ReportLabels.oneTimeVendor(status, language)).isNotBlank();
            }
        }
    }

    @Test
    void everySheetPrintsOnA4OnePageWideWithTheRunOnEveryPage() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(result(Language.EN, false))) {
            for (Sheet sheet : workbook) {
                XSSFSheet printed = (XSSFSheet) sheet;
                assertThat(printed.getPrintSetup().getPaperSize()).as(sheet.getSheetName())
                        .isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(printed.getFitToPage()).as(sheet.getSheetName()).isTrue();
                assertThat(printed.getPrintSetup().getFitWidth()).as(sheet.getSheetName()).isEqualTo((short) 1);
                assertThat(printed.getHeader().getLeft()).isEqualTo("Reimbursement report FR01");
                assertThat(printed.getHeader().getRight()).isEqualTo("Run id run-42");
                assertThat(printed.getHeader().getCenter()).as("no DRAFT for a real run").isEmpty();
                assertThat(printed.getFooter().getLeft()).isEqualTo("balances of 2025-03-31");
                assertThat(printed.getFooter().getCenter()).isEqualTo("Page &P of &N");
                assertThat(printed.getFooter().getRight()).isEqualTo("&A");
                if (sheet.getSheetName().equals("Summary")) {
                    assertThat(printed.getPrintSetup().getFitHeight()).as("the Summary on one page").isEqualTo((short) 1);
                    assertThat(printed.getPrintSetup().getLandscape()).isTrue();
                } else {
                    assertThat(printed.getPrintSetup().getFitHeight()).as("as many pages down as needed").isZero();
                    assertThat(printed.getRepeatingRows()).as(sheet.getSheetName() + " header on every page")
                            .isEqualTo(CellRangeAddress.valueOf("1:1"));
                    assertThat(printed.isPrintGridlines()).isTrue();
                }
            }
            assertThat(workbook.getSheet("Reimbursements").getPrintSetup().getLandscape()).as("wide").isTrue();
            assertThat(workbook.getSheet("Parameters").getPrintSetup().getLandscape()).as("narrow").isFalse();
        }
    }

    @Test
    void aDryRunSaysDraftOnEveryPrintedPage() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(result(Language.FR, true))) {
            for (Sheet sheet : workbook) {
                assertThat(sheet.getHeader().getCenter()).as(sheet.getSheetName()).isEqualTo("&\"-,Bold\"&KFF0000BROUILLON");
            }
        }
    }

    @Test
    void anAmpersandInTheLegalEntityIsNotReadAsAHeaderCode() {
        PageLayout layout = PageLayout.of("Reimbursement report A&B", "Run id 1", null, "balances of 2025-03-31",
                "Page {page} of {pages}");
        assertThat(layout.title()).isEqualTo("Reimbursement report A&&B");
        assertThat(layout.pageOfPages()).isEqualTo("Page &P of &N");
    }

    @Test
    void skippedListsEveryCreditNotReimbursedWithReasonAndExplanation() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(result(Language.EN, false))) {
            Sheet sheet = workbook.getSheet("Skipped");
            assertThat(sheet.getLastRowNum()).isEqualTo(3); // debit and not-selected keys are only counted
            Row below = rowOfCustomer(sheet, "C010");
            assertThat(below.getCell(5).getNumericCellValue()).isEqualTo(-2.0);
            assertThat(below.getCell(6).getStringCellValue()).isEqualTo("Below the minimum");
            assertThat(below.getCell(7).getStringCellValue()).isEqualTo("BELOW_MINIMUM");
            assertThat(below.getCell(8).getStringCellValue()).startsWith("Credit 2.00 EUR is below");
            Row inputError = rowOfCustomer(sheet, "C012");
            assertThat(inputError.getCell(5)).as("unknown balance is blank").isNull();
            assertThat(inputError.getCell(7).getStringCellValue()).isEqualTo("INPUT_ERROR");
        }
    }

    @Test
    void inputErrorsAndOneTimeVendorsAreListed() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(result(Language.EN, false))) {
            Row problem = workbook.getSheet("Input errors").getRow(1);
            assertThat(problem.getCell(0).getStringCellValue()).isEqualTo("balances.csv");
            assertThat(problem.getCell(1)).isNull();
            assertThat(problem.getCell(2).getNumericCellValue()).isEqualTo(14);
            assertThat(problem.getCell(3).getStringCellValue()).isEqualTo("Balance");
            assertThat(problem.getCell(4).getStringCellValue()).isEqualTo("-1,2,3");
            assertThat(problem.getCell(4).getCellType()).isEqualTo(CellType.STRING);
            assertThat(problem.getCell(5).getStringCellValue()).isEqualTo("is not an amount");

            Row vendor = workbook.getSheet("One-time vendors").getRow(1);
            assertThat(vendor.getCell(0).getStringCellValue()).isEqualTo("OTV000001");
            assertThat(vendor.getCell(2).getStringCellValue()).isEqualTo("C002");
            assertThat(vendor.getCell(6).getStringCellValue()).isEqualTo("Lyon");
            assertThat(vendor.getCell(9).getStringCellValue()).isEqualTo("OTV");
            Row created = rowOfCustomer(workbook.getSheet("Reimbursements"), "C002");
            assertThat(created.getCell(8).getStringCellValue()).isEqualTo("created");
        }
    }

    @Test
    void draftRunSaysSoAtTheTopOfSummary() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(result(Language.EN, true))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("DRAFT — nothing was reimbursed");
        }
        try (XSSFWorkbook workbook = writeAndRead(result(Language.FR, true))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("BROUILLON — aucun remboursement effectué");
        }
    }

    @Test
    void runWithoutReimbursementsWritesAValidWorkbookWithoutChart() throws IOException {
        RunResult nothing = withDecisions(result(Language.EN, false),
                new Decisions(List.of(), List.of(), Map.of(), List.of()));
        try (XSSFWorkbook workbook = writeAndRead(nothing)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(6);
            assertThat(numberBeside(workbook.getSheet("Summary"), "Reimbursed")).isZero();
            assertThat(workbook.getSheet("Summary").getDrawingPatriarch()).isNull();
            assertThat(workbook.getSheet("Reimbursements").getLastRowNum()).isEqualTo(1);
            assertThat(workbook.getSheet("Skipped").getCTWorksheet().isSetAutoFilter()).isTrue();
        }
    }

    @Test
    void summarizeNoShowsTheDimensionSetOfEachRow() throws IOException {
        RunResult run = result(Language.EN, false);
        Reimbursement sales = new Reimbursement(new BalanceKey("FR01", "C030", "EUR", List.of("SALES", "PARIS")),
                "Dimensional SA", "RETAIL", new BigDecimal("-40.00"), new Money(new BigDecimal("40.00"), "EUR"),
                "V030", OneTimeVendorStatus.NO, "RB000030", TRANSACTION_DATE, DUE_DATE,
                new InvoiceText(Language.EN, LocalDate.of(2026, 10, 31)));
        RunResult split = new RunResult(run.runId(), run.startedAt(), run.toolVersion(),
                parameters(Language.EN, List.of("Department", "City")), run.inputs(),
                new Decisions(List.of(sales), List.of(), Map.of(), List.of()), Payments.NONE, run.rowProblems(), 0, 0, false);
        try (XSSFWorkbook workbook = writeAndRead(split)) {
            Sheet sheet = workbook.getSheet("Reimbursements");
            assertThat(sheet.getRow(0).getCell(12).getStringCellValue()).isEqualTo("Department / City");
            assertThat(rowOfCustomer(sheet, "C030").getCell(12).getStringCellValue()).isEqualTo("SALES / PARIS");
            assertThat(workbook.getSheet("Skipped").getRow(0).getCell(9).getStringCellValue())
                    .isEqualTo("Department / City");
        }
    }

    @Test
    void cellStylesAreSharedNotCreatedPerCell() throws IOException {
        int stylesOfTwoRows;
        try (XSSFWorkbook workbook = writeAndRead(withReimbursements(2))) {
            stylesOfTwoRows = workbook.getNumCellStyles();
        }
        try (XSSFWorkbook workbook = writeAndRead(withReimbursements(500))) {
            assertThat(workbook.getSheet("Reimbursements").getLastRowNum()).isEqualTo(503);
            assertThat(workbook.getNumCellStyles()).as("styles do not grow with the rows").isEqualTo(stylesOfTwoRows);
        }
    }

    /** A run of {@code count} reimbursements, in EUR and JPY by turns. */
    private static RunResult withReimbursements(int count) {
        List<Reimbursement> many = IntStream.range(0, count)
                .mapToObj(i -> reimbursement("C%04d".formatted(i), "Customer " + i, i % 2 == 0 ? "EUR" : "JPY",
                        i % 2 == 0 ? "10.50" : "1000", "V" + i, OneTimeVendorStatus.NO, "RB%06d".formatted(i)))
                .toList();
        return withDecisions(result(Language.EN, false), new Decisions(many, List.of(), Map.of(), List.of()));
    }

    @Test
    void aTableLongerThanASheetContinuesOnSheetsOfItsOwnWithItsHeaderAndTheTotalsOnTheLast() throws IOException {
        Path target = folder.resolve("long.xlsx");
        // sheets of 6 rows: the header, 2 lines, and room for a blank row and the totals of EUR and JPY
        ReportWorkbook.write(withReimbursements(10), target, 6);

        try (InputStream in = Files.newInputStream(target); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(sheetNames(workbook)).containsSubsequence("Reimbursements", "Reimbursements (2)",
                    "Reimbursements (3)", "Reimbursements (4)", "Reimbursements (5)", "Skipped");
            assertThat(sheetNames(workbook)).doesNotContain("Reimbursements (6)");
            List<String> customers = new ArrayList<>();
            for (int part = 1; part <= 5; part++) {
                XSSFSheet sheet = workbook.getSheet(part == 1 ? "Reimbursements" : "Reimbursements (" + part + ")");
                assertThat(sheet.getLastRowNum()).isLessThan(6);
                assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Customer");
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:L3");
                for (int row = 1; row <= 2; row++) {
                    customers.add(sheet.getRow(row).getCell(1).getStringCellValue());
                }
                boolean last = part == 5;
                assertThat(rowStartingWithOrNull(sheet, "Total EUR") != null).as("totals on sheet " + part)
                        .isEqualTo(last);
            }
            assertThat(customers).containsExactlyElementsOf(IntStream.range(0, 10)
                    .mapToObj("C%04d"::formatted).toList());
            Row euros = rowStartingWith(workbook.getSheet("Reimbursements (5)"), "Total EUR");
            assertThat(euros.getCell(6).getNumericCellValue()).isEqualTo(52.5);
        }
    }

    @Test
    void workbookCreationDateIsTheRunStart() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(result(Language.EN, false))) {
            assertThat(workbook.getProperties().getCoreProperties().getCreated().toInstant()).isEqualTo(STARTED_AT);
        }
    }

    @Test
    void theSameRunWritesTheSameBytes() throws IOException {
        Path first = folder.resolve("first.xlsx");
        Path second = folder.resolve("second.xlsx");
        ReportWorkbook.write(result(Language.FR, false), first);
        ReportWorkbook.write(result(Language.FR, false), second);
        assertThat(Files.mismatch(first, second)).isEqualTo(-1L);
    }

    @Test
    void temporaryFilesThatCannotBeWrittenRefuseTheReportNotCrashIt() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("not-a-folder"), "a file where POI wants its folder");
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(notAFolder.toFile()));
        Path target = folder.resolve("report.xlsx");
        try {
            assertThatThrownBy(() -> ReportWorkbook.write(result(Language.EN, false), target))
                    .isInstanceOf(IOException.class).hasMessageStartingWith("the report's temporary files in ");
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy()); // POI's default again
        }
        assertThat(target).doesNotExist();
    }

    // --- the run, built by hand ---

    private XSSFWorkbook writeAndRead(RunResult result) throws IOException {
        Path target = folder.resolve("report-" + System.nanoTime() + ".xlsx");
        ReportWorkbook.write(result, target);
        try (InputStream in = Files.newInputStream(target)) {
            return new XSSFWorkbook(in);
        }
    }

    private static RunResult result(Language language, boolean dryRun) {
        List<Reimbursement> reimbursements = List.of(
                reimbursement("C001", "Alice SARL", "EUR", "120.50", "V001", OneTimeVendorStatus.NO, "RB000001"),
                reimbursement("C002", FORMULA_NAME, "EUR", "1234.56", "OTV000001", OneTimeVendorStatus.CREATED,
                        "RB000002"),
                reimbursement("C003", "Tanaka KK", "JPY", "5000", "V003", OneTimeVendorStatus.REUSED, "RB000003"));
        List<Skip> skips = List.of(
                skip("C010", new BigDecimal("-2.00"), SkipReason.BELOW_MINIMUM,
                        "Credit 2.00 EUR is below the minimum reimbursement 10.00 EUR."),
                skip("C011", new BigDecimal("-50.00"), SkipReason.CUSTOMER_BLOCKED, "The customer is blocked (All)."),
                skip("C012", null, SkipReason.INPUT_ERROR, "Held back: 1 problem(s) in this customer's input rows."));
        // one debit balance and one customer not selected: counted, not listed
        Map<SkipReason, Integer> counts = Map.of(SkipReason.BELOW_MINIMUM, 1, SkipReason.CUSTOMER_BLOCKED, 1,
                SkipReason.INPUT_ERROR, 1, SkipReason.DEBIT_BALANCE, 1, SkipReason.NOT_SELECTED, 1);
        OneTimeVendor vendor = new OneTimeVendor("OTV000001", new CustomerRef("FR01", "C002"), FORMULA_NAME,
                new Address("1 rue de la Paix", "69001", "Lyon", "", "FR"), io.reimburse.model.Party.ORGANIZATION, "OTV", "EUR");
        RowProblem problem = new RowProblem("balances.csv", null, 14, "Balance", "-1,2,3", "is not an amount",
                "FR01", "C012");
        return new RunResult("run-42", STARTED_AT, "0.1.0", parameters(language),
                List.of(), new Decisions(reimbursements, skips, counts, List.of(vendor)), Payments.NONE, List.of(problem), 2, 1,
                dryRun);
    }

    private static RunResult withDecisions(RunResult run, Decisions decisions) {
        return new RunResult(run.runId(), run.startedAt(), run.toolVersion(), run.parameters(), run.inputs(),
                decisions, run.payments(), run.rowProblems(), run.totalLines(), run.duplicateRows(), run.dryRun());
    }

    private static Reimbursement reimbursement(String customer, String name, String currency, String amount,
                                               String vendor, OneTimeVendorStatus status, String invoice) {
        BigDecimal credit = new BigDecimal(amount);
        return new Reimbursement(new BalanceKey("FR01", customer, currency, List.of()), name, "RETAIL",
                credit.negate(), new Money(credit, currency), vendor, status, invoice, TRANSACTION_DATE, DUE_DATE,
                new InvoiceText(Language.EN, LocalDate.of(2026, 10, 31)));
    }

    private static Skip skip(String customer, BigDecimal balance, SkipReason reason, String detail) {
        return new Skip(new BalanceKey("FR01", customer, "EUR", List.of()), "Customer " + customer, "RETAIL",
                balance, reason, detail);
    }

    private static Parameters parameters(Language language) {
        return parameters(language, List.of());
    }

    /** Summarize is No when dimensions are given. */
    private static Parameters parameters(Language language, List<String> dimensions) {
        Map<String, String> used = new LinkedHashMap<>();
        used.put("LegalEntity", "FR01");
        used.put("MinimumReimbursement", "10.00");
        used.put("InvoicePrefix", "RB");
        return new Parameters("FR01", "EUR", new Minimums(new BigDecimal("10.00"), Map.of(),
                Map.of("JPY", new BigDecimal("0.0061"))), BALANCE_DATE, TRANSACTION_DATE, 30, Selection.ALL,
                Selection.ALL, new DimensionParameters(dimensions.isEmpty(), dimensions), false,
                new ReadingParameters(BalanceSign.CREDIT_NEGATIVE, DecimalSeparator.AUTO, "yyyy-MM-dd"),
                new NumberingParameters("RB", 1, "OTV", 1), new ErpParameters("APInvoice", "SEPA", Map.of(), "OTV"),
                new OutputStyle(language, ';', true, true),
                new PaymentParameters(false, "", TRANSACTION_DATE, "", "", "", Selection.ALL), UsedParameters.of(used));
    }

    // --- reading the workbook back ---

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static Row rowOfCustomer(Sheet sheet, String customer) {
        for (Row row : sheet) {
            Cell cell = row.getCell(1);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(customer)) {
                return row;
            }
        }
        throw new AssertionError("no row for customer " + customer + " on " + sheet.getSheetName());
    }

    private static Row rowStartingWith(Sheet sheet, String label) {
        Row row = rowStartingWithOrNull(sheet, label);
        if (row == null) {
            throw new AssertionError("no row '" + label + "' on " + sheet.getSheetName());
        }
        return row;
    }

    private static Row rowStartingWithOrNull(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
                return row;
            }
        }
        return null;
    }

    private static String valueBeside(Sheet sheet, String label) {
        return rowStartingWith(sheet, label).getCell(1).getStringCellValue();
    }

    private static double numberBeside(Sheet sheet, String label) {
        return rowStartingWith(sheet, label).getCell(1).getNumericCellValue();
    }
}
