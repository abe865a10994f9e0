package io.reimburse.output.erp;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** Every ERP target on samples/fr, from the same decisions: the hand-checked files (see golden/fr-erp/README.md). */
class ErpTargetsGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/fr-erp");
    private static final Path GOLDEN_D365 = Path.of("src/test/resources/golden/fr");
    static final String ALL_TARGETS = "Cibles ERP;d365, d365-package, oracle-fbdi, odoo, template:xero-bills, "
            + "template:fixed-width\r\n" + FrenchSampleWithTargets.FBDI + "Compte Odoo;411000 Clients\r\n";

    @TempDir
    static Path temp;
    private static Path out;

    @BeforeAll
    static void runWithEveryTarget() throws IOException {
        out = FrenchSampleWithTargets.run(temp, ALL_TARGETS);
    }

    private static byte[] entry(String zip, String name) throws IOException {
        try (ZipFile file = new ZipFile(out.resolve(zip).toFile())) {
            assertThat(file.getEntry(name)).as(zip + " holds " + name).isNotNull();
            return file.getInputStream(file.getEntry(name)).readAllBytes();
        }
    }

    private static byte[] golden(String name) throws IOException {
        return Files.readAllBytes(GOLDEN.resolve(name));
    }

    @Test
    void theD365FilesStayAsTheyWere() throws IOException {
        for (String file : List.of("reimbursements.csv", "vendor-invoice-journal-header.csv", "vendor-invoice-journal.csv",
                "one-time-vendors.csv", "vendor-payment-journal.csv")) {
            assertThat(Files.readAllBytes(out.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(GOLDEN_D365.resolve(file)));
        }
    }

    @Test
    void oracleGetsTheInvoicesTheirLinesAndTheSuppliersToCreate() throws IOException {
        assertThat(entry(OracleFbdi.INVOICES, "ApInvoicesInterface.csv")).isEqualTo(golden("ApInvoicesInterface.csv"));
        assertThat(entry(OracleFbdi.INVOICES, "ApInvoiceLinesInterface.csv"))
                .isEqualTo(golden("ApInvoiceLinesInterface.csv"));
        assertThat(entry(OracleFbdi.SUPPLIERS, "PozSuppliersInt.csv")).isEqualTo(golden("PozSuppliersInt.csv"));
    }

    @Test
    void odooGetsTheBillsAndThePartnersInCsv() throws IOException {
        assertThat(Files.readAllBytes(out.resolve("odoo-vendor-bills.csv"))).isEqualTo(golden("odoo-vendor-bills.csv"));
        assertThat(Files.readAllBytes(out.resolve("odoo-partners.csv"))).isEqualTo(golden("odoo-partners.csv"));
    }

    @Test
    void odoosWorkbookHoldsTheSameBillsWithNumberAndDateCells() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(out.resolve("odoo-vendor-bills.xlsx")))) {
            Sheet bills = workbook.getSheetAt(0);
            assertThat(bills.getRow(0).getCell(0).getStringCellValue()).isEqualTo("id");
            assertThat(bills.getRow(0).getCell(10).getStringCellValue()).isEqualTo("invoice_line_ids/account_id");
            assertThat(bills.getLastRowNum()).isEqualTo(5);
            Row first = bills.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("RMB-FR-000001");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("in_invoice");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("OTV-000001");
            assertThat(DateUtil.isCellDateFormatted(first.getCell(4))).isTrue();
            assertThat(first.getCell(4).getLocalDateTimeCellValue().toLocalDate()).hasToString("2026-11-05");
            assertThat(first.getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(9).getNumericCellValue()).isEqualTo(1250.00);
            assertThat(bills.getRow(4).getCell(7).getStringCellValue()).contains("client C00092");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(out.resolve("odoo-partners.xlsx")))) {
            // a plain text cell: the workbook needs no formula guard
            assertThat(workbook.getSheetAt(0).getRow(3).getCell(1).getStringCellValue()).isEqualTo("=Transports Rapides");
            assertThat(workbook.getSheetAt(0).getRow(3).getCell(1).getCellType()).isEqualTo(CellType.STRING);
        }
    }

    @Test
    void theSampleTemplatesGiveTheHandCheckedFiles() throws IOException {
        assertThat(Files.readAllBytes(out.resolve("xero-bills.csv"))).isEqualTo(golden("xero-bills.csv"));
        assertThat(Files.readAllBytes(out.resolve("refunds.txt"))).isEqualTo(golden("refunds.txt"));
    }

    @Test
    void theInvoicePackageHoldsTheD365EntityFilesInUnicode() throws IOException {
        assertThat(entry(D365Package.INVOICE_PACKAGE, "vendor-invoice-journal.csv"))
                .isEqualTo(golden("package-vendor-invoice-journal.csv"));
        assertThat(entry(D365Package.INVOICE_PACKAGE, "PackageHeader.xml")).isEqualTo(golden("package-PackageHeader.xml"));
    }

    @Test
    void everyTargetFileIsInTheManifestWithItsSha256() throws IOException {
        String manifest = Files.readString(out.resolve("manifest.json"));
        for (String file : List.of(D365Package.INVOICE_PACKAGE, D365Package.PAYMENT_PACKAGE, OracleFbdi.INVOICES,
                OracleFbdi.SUPPLIERS, "odoo-vendor-bills.csv", "odoo-vendor-bills.xlsx", "odoo-partners.csv",
                "odoo-partners.xlsx", "xero-bills.csv", "refunds.txt")) {
            assertThat(manifest.replaceAll("\\s+", " ")).contains("\"file\" : \"" + file + "\", \"sha256\" : \""
                    + io.reimburse.output.Sha256.of(out.resolve(file)) + "\"");
        }
        assertThat(manifest).contains("\"ErpTargets\" : \"d365,d365-package,oracle-fbdi,odoo,template:xero-bills,"
                + "template:fixed-width,neutral\"");
    }

    /** The workbooks carry their creation time, as the report does: their CSV twins are the files to compare. */
    @Test
    void theSameInputsGiveByteIdenticalTargetFiles() throws IOException {
        Path second = FrenchSampleWithTargets.run(Files.createDirectories(temp.resolve("again")), ALL_TARGETS);
        for (String file : List.of(D365Package.INVOICE_PACKAGE, D365Package.PAYMENT_PACKAGE, OracleFbdi.INVOICES,
                OracleFbdi.SUPPLIERS, "odoo-vendor-bills.csv", "odoo-partners.csv", "xero-bills.csv", "refunds.txt")) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(Files.readAllBytes(out.resolve(file)));
        }
    }
}
