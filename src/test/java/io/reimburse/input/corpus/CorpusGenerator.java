package io.reimburse.input.corpus;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the corpus of nasty input files under src/test/resources/corpus/ (run by
 * scripts/make-corpus). Every file is made here, binary ones included, so none is ever edited by
 * hand; the expected outcomes are in corpus/expectations.txt, read by CorpusTest.
 */
public final class CorpusGenerator {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private final Path folder;

    private CorpusGenerator(Path folder) {
        this.folder = folder;
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "src/test/resources/corpus");
        Files.createDirectories(folder);
        CorpusGenerator corpus = new CorpusGenerator(folder);
        corpus.parameters();
        corpus.csvEncodingsAndShapes();
        corpus.csvAmounts();
        corpus.csvHeadersAndRows();
        corpus.csvBroken();
        corpus.workbooks();
        corpus.craftedWorkbooks();
        corpus.formatsNotRead();
        corpus.openDocumentSpreadsheets();
        corpus.hostileWorkbooks();
        System.out.println("corpus written to " + folder.toAbsolutePath());
    }

    // ---- parameters shared by the balances files -------------------------------------------------

    private void parameters() throws IOException {
        text("parameters.csv", "Parameter,Value\nMinimumReimbursement,10\nBalanceDate,2026-10-31\n"
                + "AccountingCurrency,EUR\nOneTimeVendorGroup,OTV\n");
        text("parameters-decimal-point.csv", "Parameter,Value\nMinimumReimbursement,10\nBalanceDate,2026-10-31\n"
                + "AccountingCurrency,EUR\nOneTimeVendorGroup,OTV\nDecimalSeparator,\".\"\n");
        bytes("parameters-french-dates-dd-mm-yyyy.csv", ("Paramètre;Valeur\r\nRemboursement minimal;10,00\r\n"
                + "Date du solde;31/10/2026\r\nDate de transaction;05/11/2026\r\nFormat de date;dd/MM/yyyy\r\n"
                + "Devise comptable;EUR\r\nGroupe fournisseur occasionnel;OCC\r\n").getBytes(CP1252));
        text("parameters-bad-date-format.csv", "Parameter;Value\nMinimumReimbursement;10\nBalanceDate;31/10/2026\n"
                + "DateFormat;dd/MM/yyyyi\nAccountingCurrency;EUR\n");
    }

    // ---- CSV: encodings, delimiters, quoting, line ends ------------------------------------------

    private void csvEncodingsAndShapes() throws IOException {
        bytes("balances-cp1252-semicolon-title-rows.csv", ("Soldes clients;;;\r\nSociété FR01 au 31/10/2026;;;\r\n"
                + ";;;\r\nCompte client;Nom;Devise;Solde\r\nC1;Boulangerie Médard;EUR;-1 250,00\r\n"
                + "C2;Café Œuvre;EUR;-87,40\r\nC3;Hôtel;EUR;-4\u00A0980,20\r\n").getBytes(CP1252));
        bytes("balances-utf8-bom-comma-quoted-fields.csv", withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                ("Customer,Name,Balance\nC1,\"Dupont, \"\"Fils\"\"\",\"-1,234.56\"\n"
                        + "C2,\"Two\nlines\",-10.00\n").getBytes(StandardCharsets.UTF_8)));
        bytes("balances-utf16le-bom-tab-excel-unicode-text.csv", withBom(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "Client\tNom\tSolde\r\nC1\tÉlise Ærø\t-1 234,56\r\nC2\tZoë\t-12,00\r\n"
                        .getBytes(StandardCharsets.UTF_16LE)));
        bytes("balances-utf16be-bom.csv", withBom(new byte[] {(byte) 0xFE, (byte) 0xFF},
                "Customer;Balance\r\nC1;-99,95\r\n".getBytes(StandardCharsets.UTF_16BE)));
        text("balances-utf8-no-bom-accents.csv", "Compte client;Nom;Solde\nC1;Société Générale;-10,50\n");
        text("balances-no-final-newline-blank-lines-mixed-eol.csv",
                "Customer;Balance\r\n\r\nC1;-1,50\n\nC2;-2,50\r\n;\r\nC3;-3,50");
        text("balances-trailing-delimiters.csv", "Customer;Balance;;;\nC1;-1,50;;;\nC2;-2,50;;;;;\n");
        text("balances-pipe-delimited.csv", "Customer|Currency|Balance\nC1|EUR|-1,234.50\nC2|EUR|-20.00\n");
    }

    // ---- CSV: every way of writing an amount ------------------------------------------------------

    private void csvAmounts() throws IOException {
        text("balances-trailing-minus-sap.csv", "Customer;Balance\nC1;1.234,56-\nC2;250,00-\nC3;12,00\n");
        text("balances-swiss-apostrophe.csv", "Customer;Currency;Balance\nC1;CHF;-1'234.56\n"
                + "C2;CHF;-1\u2019234\u2019567.00\nC3;CHF;-12.50\n");
        text("balances-parentheses-negative.csv", "Customer,Balance\nC1,\"(1,234.56)\"\nC2,( 87.40 )\nC3,(0.99)\n");
        text("balances-cr-dr-suffix.csv", "Customer,Balance\nC1,\"1,234.56 CR\"\nC2,87.40CR\nC3,15.00 DR\n");
        text("balances-currency-codes-and-symbols.csv", "Customer;Currency;Balance\nC1;EUR;EUR -1 234,56\n"
                + "C2;EUR;-87,40 €\nC3;EUR;€-12,00\nC4;USD;-12,50 USD\nC5;USD;$ -1 000,00\n");
        text("balances-no-break-and-narrow-spaces.csv", "Customer;Balance\nC1;-1\u00A0234,56\u00A0€\n"
                + "C2;-12\u202F345,00\nC3;\u00A0-1 000 000,00\u00A0\n");
        text("balances-ambiguous-column.csv", "Customer;Balance\nC1;-1,234\nC2;-2,500\nC3;-10,000\n");
        text("balances-ambiguous-resolved-by-later-row.csv", "Customer;Currency;Balance\nC1;KWD;-1,234\n"
                + "C2;EUR;-2 500,50\n");
        text("balances-ambiguous-with-decimal-separator-point.csv", "Customer;Balance\nC1;-1,234\nC2;-2,500\n");
        text("balances-contradicting-separators.csv", "Customer;Balance\nC1;-1 234,56\nC2;-10,00\n"
                + "C3;-1,234.56\n");
        text("balances-too-many-decimals.csv", "Customer;Currency;Balance\nC1;EUR;-12.345\nC2;EUR;-12.30\n"
                + "C3;JPY;-1200.5\nC4;KWD;-1.234\n");
        text("balances-unicode-digits-arabic-fullwidth.csv", "Customer,Balance\nC1,-\u0661\u0662\u0663\n"
                + "C2,-\uFF11\uFF12\uFF13\nC3,-12.50\n");
        text("balances-junk-around-amounts.csv", "Customer;Balance\nC1;1,234.5,6\nC2;12abc\nC3;--12\n"
                + "C4;1 234.567,89\nC5;#N/A\nC6;\nC7;1e5\nC8;-12,50\n");
        text("balances-currency-symbol-of-another-currency.csv", "Customer;Currency;Balance\nC1;USD;-€12.50\n"
                + "C2;USD;-$12.50\n");
        text("balances-unknown-currency-code.csv", "Customer;Currency;Balance\nC1;XYZ;-12.50\nC2;EUR;-3.00\n");
        text("balances-debit-credit-columns.csv", "Customer;Débit;Crédit\nC1;0,00;1 250,00\nC2;;87,40\n"
                + "C3;100,00;\n");
    }

    // ---- CSV: headers and rows that are not customers --------------------------------------------

    private void csvHeadersAndRows() throws IOException {
        StringBuilder title = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            title.append("Report line ").append(i).append(";;\n");
        }
        text("balances-header-below-30-title-rows.csv", title + "Customer;Name;Balance\nC1;Alpha;-5,00\n");
        StringBuilder tooLow = new StringBuilder();
        for (int i = 1; i <= 55; i++) {
            tooLow.append("Report line ").append(i).append(";;\n");
        }
        text("balances-header-below-50-rows.csv", tooLow + "Customer;Name;Balance\nC1;Alpha;-5,00\n");
        text("balances-repeated-header.csv", "Customer;Name;Balance\nC1;Alpha;-1,50\nC2;Beta;-2,50\n"
                + "Customer;Name;Balance\nC3;Gamma;-3,50\ncustomer ; NAME ; balance\nC4;Delta;-4,50\n");
        text("balances-total-and-subtotal-lines.csv", "Compte client;Nom;Solde\nC1;Alpha;-1,50\nC2;Beta;-2,50\n"
                + ";Sous-total;-4,00\nC3;Gamma;-3,50\n;Total général;-7,50\n");
        text("balances-transaction-level-customer-subtotals.csv", "Customer,Voucher,Name,Balance\n"
                + "C1,INV-1,Alpha,-100.00\nC1,INV-2,Alpha,-50.00\nC1,,Total C1,-150.00\nC2,INV-3,Beta,-20.00\n");
        text("balances-empty-account-row.csv", "Customer;Name;Balance\nC1;Alpha;-1,50\n;Orphan;-2,50\n");
        text("balances-duplicate-account-column.csv", "Client;Compte client;Solde\nC1;C1;-1,50\n");
        text("balances-header-accents-case-punctuation.csv", "N° CLIENT;Solde-Ouvert;code_devise;Remarks\n"
                + "C1;-1,50;EUR;first\nC2;-2,50;eur;\n");
        text("balances-columns-reordered-extra-unknown.csv", "Balance;Region;Sales rep;Currency;Customer\n"
                + "-1.50;North;Ann;EUR;C1\n-2.50;South;Bob;EUR;C2\n");
        text("balances-for-french-dates.csv", "Compte client;Solde\nC1;-15,00\n");
    }

    // ---- CSV: broken or not CSV at all -----------------------------------------------------------

    private void csvBroken() throws IOException {
        text("balances-unterminated-quote.csv", "Customer,Balance\nC1,-1.50\nC2,\"-2.50\nC3,-3.50\n");
        bytes("balances-binary-garbage.csv", new byte[] {'C', 'u', 's', 't', ';', (byte) 0x81, (byte) 0x8D,
                (byte) 0x00, (byte) 0xFF, '\n', (byte) 0x90, (byte) 0x9D});
        bytes("balances-empty-file.csv", new byte[0]);
        bytes("csv-that-is-xlsx.csv", xlsx(simpleBalances()));
        text("xlsx-that-is-csv.xlsx", "Customer,Balance\nC1,-1.50\n");
    }

    // ---- Workbooks as Excel and exporters write them ---------------------------------------------

    private static Workbook simpleBalances() {
        Workbook workbook = new XSSFWorkbook();
        fill(workbook.createSheet("Balances"), new Object[][] {{"Customer", "Balance"}, {"C1", -1.5}, {"C2", -2.5}});
        return workbook;
    }

    private void workbooks() throws IOException {
        XSSFWorkbook formulas = new XSSFWorkbook();
        Sheet sheet = formulas.createSheet("Balances");
        fill(sheet, new Object[][] {{"Customer", "Name", "Balance"}, {"C1", "Numeric cell", -100.25},
                {"C2", "Number stored as text", "-1 234,56"}, {"C3", "Formula", null}, {"C4", "Text formula", null}});
        sheet.getRow(3).createCell(2).setCellFormula("-0.1-0.2");
        sheet.getRow(4).createCell(2).setCellFormula("\"-7,\"&\"50\"");
        formulas.getCreationHelper().createFormulaEvaluator().evaluateAll();
        bytes("workbook-numbers-stored-as-text-and-formulas.xlsx", xlsx(formulas));

        XSSFWorkbook uncomputed = new XSSFWorkbook();
        Sheet noCache = uncomputed.createSheet("Balances");
        fill(noCache, new Object[][] {{"Customer", "Balance"}, {"C1", -10.0}, {"C2", null}});
        noCache.getRow(2).createCell(1).setCellFormula("B2*2"); // never evaluated: no <v> is written
        bytes("workbook-formula-without-cached-value.xlsx", xlsx(uncomputed));

        XSSFWorkbook errors = new XSSFWorkbook();
        Sheet errorSheet = errors.createSheet("Balances");
        fill(errorSheet, new Object[][] {{"Customer", "Balance"}, {"C1", -10.0}, {"C2", null}});
        errorSheet.getRow(2).createCell(1).setCellFormula("NA()");
        errors.getCreationHelper().createFormulaEvaluator().evaluateAll();
        bytes("workbook-error-cell-na.xlsx", xlsx(errors));

        // an error where a text is read: "#N/A" must be neither a customer account nor a currency
        XSSFWorkbook textErrors = new XSSFWorkbook();
        Sheet textErrorSheet = textErrors.createSheet("Balances");
        fill(textErrorSheet, new Object[][] {{"Customer", "Currency", "Balance"}, {"C1", "EUR", -10.0},
                {null, "EUR", -10.0}, {"C3", null, -20.0}, {"C4", "EUR", -30.0}});
        textErrorSheet.getRow(2).createCell(0).setCellFormula("NA()");
        textErrorSheet.getRow(3).createCell(1).setCellFormula("NA()");
        textErrors.getCreationHelper().createFormulaEvaluator().evaluateAll();
        bytes("workbook-error-cell-in-account-and-currency.xlsx", xlsx(textErrors));

        XSSFWorkbook layout = new XSSFWorkbook();
        Sheet notes = layout.createSheet("Notes");
        fill(notes, new Object[][] {{"Exported by the ERP"}, {"Do not edit"}});
        Sheet balances = layout.createSheet("Export");
        fill(balances, new Object[][] {{"Customer balances as of 31/10/2026", null, null}, {null, null, null},
                {"Customer account", "Name", "Balance"}, {"C1", "Alpha", -1.5}, {"C2", "Hidden row", -2.5},
                {"C3", "Gamma", -3.5}, {null, "Total", -7.5}});
        balances.addMergedRegion(new CellRangeAddress(0, 1, 0, 2));
        balances.getRow(4).setZeroHeight(true);
        layout.setSheetHidden(0, true);
        bytes("workbook-merged-title-hidden-rows-hidden-sheet.xlsx", xlsx(layout));

        XSSFWorkbook several = new XSSFWorkbook();
        fill(several.createSheet("Read me"), new Object[][] {{"Reimbursement inputs, October"}});
        fill(several.createSheet("Summary"), new Object[][] {{"Currency", "Total"}, {"EUR", -4.0}});
        fill(several.createSheet("Soldes"), new Object[][] {{"Compte client", "Solde"}, {"C1", -1.5}, {"C2", -2.5}});
        Sheet params = several.createSheet("Paramètres");
        fill(params, new Object[][] {{"Paramètre", "Valeur"}, {"Remboursement minimal", 10.0},
                {"Date du solde", LocalDate.of(2026, 10, 31)}, {"Date de transaction", 46331.0},
                {"Devise comptable", "EUR"}, {"Groupe fournisseur occasionnel", "OCC"}});
        CellStyle date = several.createCellStyle();
        date.setDataFormat(several.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        params.getRow(2).getCell(1).setCellStyle(date);
        bytes("workbook-several-sheets-date-cell-and-serial.xlsx", xlsx(several));

        XSSFWorkbook dates1904 = new XSSFWorkbook();
        (dates1904.getCTWorkbook().isSetWorkbookPr() ? dates1904.getCTWorkbook().getWorkbookPr()
                : dates1904.getCTWorkbook().addNewWorkbookPr()).setDate1904(true);
        fill(dates1904.createSheet("Balances"), new Object[][] {{"Customer", "Balance"}, {"C1", -1.5}});
        Sheet params1904 = dates1904.createSheet("Parameters");
        fill(params1904, new Object[][] {{"Parameter", "Value"}, {"MinimumReimbursement", 10.0},
                {"BalanceDate", LocalDate.of(2026, 10, 31)}, {"AccountingCurrency", "EUR"},
                {"TransactionDate", 44869.0}}); // 2026-11-05 as a plain serial of the 1904 date system
        CellStyle date1904 = dates1904.createCellStyle();
        date1904.setDataFormat(dates1904.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        params1904.getRow(2).getCell(1).setCellStyle(date1904);
        bytes("workbook-1904-date-system.xlsx", xlsx(dates1904));

        HSSFWorkbook old = new HSSFWorkbook();
        fill(old.createSheet("Soldes"), new Object[][] {{"Export comptable"}, {"Compte client", "Nom", "Solde"},
                {"C1", "Alpha", -1250.0}, {"C2", "Beta", "-87,40"}, {null, "Total", -1337.4}});
        byte[] oldExport = xls(old);
        bytes("workbook-old-export.xls", oldExport);
        // the byte the reader fuzz test changed: the OLE2 header then sends POI to a sector index out of its table
        byte[] damaged = oldExport.clone();
        damaged[73] = (byte) 0xE0;
        bytes("workbook-xls-damaged-sector-index.xls", damaged);
        HSSFWorkbook renamed = new HSSFWorkbook();
        fill(renamed.createSheet("Balances"), new Object[][] {{"Customer", "Balance"}, {"C1", -3.0}});
        bytes("workbook-xls-saved-as-xlsx.xlsx", xls(renamed));
    }

    // ---- Workbooks written part by part: what other exporters (or attackers) write ---------------

    private void craftedWorkbooks() throws IOException {
        String header = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Customer</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>Balance</t></is></c></row>";
        bytes("workbook-inline-strings.xlsx", sheetZip(header
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>C1</t></is></c>"
                + "<c r=\"B2\" t=\"inlineStr\"><is><t>-1 234,56</t></is></c></row>"
                + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>C2</t></is></c><c r=\"B3\"><v>-2.5</v></c></row>"));
        bytes("workbook-nan-and-infinity-cells.xlsx", sheetZip(header
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>C1</t></is></c><c r=\"B2\"><v>NaN</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>C2</t></is></c><c r=\"B3\"><v>-1e400</v></c></row>"
                + "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>C3</t></is></c><c r=\"B4\"><v>-4.5</v></c></row>"));
        bytes("workbook-cell-beyond-column-limit.xlsx", sheetZip(header
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>C1</t></is></c><c r=\"ZZZZZ2\"><v>1</v></c></row>"));
        bytes("workbook-shared-string-without-table.xlsx", sheetZip(header
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>5</v></c><c r=\"B2\"><v>-1</v></c></row>"));
        bytes("workbook-formula-with-empty-value.xlsx", sheetZip(header
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>C1</t></is></c><c r=\"B2\"><f>1+1</f><v></v></c></row>"));
        // openpyxl writes a datetime.time as an ISO time in a date cell: unread here, a row problem there
        String time = "<c t=\"d\"><v>10:10:10</v></c>";
        Map<String, String> sheets = new LinkedHashMap<>();
        sheets.put("Notes", "<row r=\"1\"><c t=\"inlineStr\"><is><t>Exported at</t></is></c>" + time + "</row>");
        sheets.put("Balances", "<row r=\"1\"><c t=\"inlineStr\"><is><t>Customer</t></is></c><c t=\"inlineStr\"><is>"
                + "<t>Balance</t></is></c><c t=\"inlineStr\"><is><t>Checked at</t></is></c></row>"
                + "<row r=\"2\"><c t=\"inlineStr\"><is><t>C1</t></is></c><c><v>-1.5</v></c>" + time + "</row>"
                + "<row r=\"3\"><c t=\"inlineStr\"><is><t>C2</t></is></c>" + time + "</row>");
        bytes("workbook-time-only-iso-cells-openpyxl.xlsx", zip(workbookParts(sheets)));
        // what the Finder's "Compress" leaves in a workbook it zips again: entries without a content type
        Map<String, String> zippedOnAMac = workbookParts(header + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>C1"
                + "</t></is></c><c r=\"B2\"><v>-12.5</v></c></row>");
        zippedOnAMac.put("xl/.DS_Store", "\0\0\0\1Bud1");
        zippedOnAMac.put("__MACOSX/._balances.xlsx", "\0\5\26\7\0\2\0\0Mac OS X");
        bytes("workbook-zip-entries-left-by-macos.xlsx", zip(zippedOnAMac));
        bytes("workbook-corrupt-sheet-xml.xlsx", sheetZip(header + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is>"));
        byte[] whole = xlsx(simpleBalances());
        bytes("workbook-truncated.xlsx", Arrays.copyOf(whole, whole.length / 2));
    }

    // ---- Hostile workbooks: each must be a clear run problem, never memory or time exhausted -----

    /** Formats that look like the ones read but are not: each refused in words that say what to do. */
    private void formatsNotRead() throws IOException {
        // an .xlsb: the package of an .xlsx around a binary workbook part (no tool here writes one)
        Map<String, String> xlsb = new LinkedHashMap<>();
        xlsb.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
                + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"bin\" ContentType=\"application/"
                + "vnd.ms-excel.sheetBinary\"/><Override PartName=\"/xl/workbook.bin\" ContentType=\"application/"
                + "vnd.ms-excel.sheet.binary.macroEnabled.main\"/></Types>");
        xlsb.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + relationship("officeDocument",
                "xl/workbook.bin"));
        xlsb.put("xl/workbook.bin", "\u0083\u0001\u0000");
        bytes("workbook-excel-binary.xlsb", zip(xlsb));
        // an Excel 5.0/95 workbook: its records are in a stream "Book" (Excel 97 and later: "Workbook"),
        // starting with a BIFF5 BOF record (0x0809, version 0x0500); LibreOffice no longer writes the format
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[] {0x09, 0x08, 0x08, 0x00, 0x00, 0x05, 0x05,
                    0x00, 0x00, 0x00, 0x00, 0x00}), "Book");
            ByteArrayOutputStream excel95 = new ByteArrayOutputStream();
            fs.writeFilesystem(excel95);
            bytes("workbook-excel-95.xls", excel95.toByteArray());
        }
    }

    private void hostileWorkbooks() throws Exception {
        bytes("workbook-password.xlsx", encrypted(xlsx(simpleBalances()), "secret"));
        HSSFWorkbook protectedXls = new HSSFWorkbook();
        fill(protectedXls.createSheet("Balances"), new Object[][] {{"Customer", "Balance"}, {"C1", -1.5}});
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try {
            bytes("workbook-password.xls", xls(protectedXls));
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        // 40 MB of zeros in one cell: a few tens of kilobytes zipped, a ratio of about 1 to 1000
        String zeros = "0".repeat(40 * 1024 * 1024);
        bytes("zip-bomb.xlsx", sheetZip("<row r=\"1\"><c r=\"A1\"><v>" + zeros + "</v></c></row>"));
        String laughs = "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>";
        Map<String, String> parts = workbookParts("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol4;</t></is></c></row>");
        parts.put("xl/worksheets/sheet1.xml", parts.get("xl/worksheets/sheet1.xml").replace("?>", "?>" + laughs));
        bytes("workbook-billion-laughs.xlsx", zip(parts));
        Map<String, String> many = workbookParts("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
        for (int i = 0; i < 1_100; i++) {
            many.put("x/" + i, "");
        }
        bytes("workbook-too-many-zip-entries.xlsx", zip(many));
    }

    // ---- OpenDocument spreadsheets, written part by part as LibreOffice lays them out ----------------

    private void openDocumentSpreadsheets() throws IOException {
        String header = odsRow(odsText("Compte client") + odsText("Solde"));
        bytes("workbook-ods-balances-and-parameters.ods", ods(odsTable("Soldes",
                odsRow("<table:table-cell office:value-type=\"string\" table:number-columns-spanned=\"3\"><text:p>Soldes"
                        + "<text:s/>au 31/10/2026</text:p></table:table-cell><table:covered-table-cell "
                        + "table:number-columns-repeated=\"2\"/>")
                        + header
                        + odsRow(odsText("C1") + "<table:table-cell office:value-type=\"float\" office:value=\"-1250\">"
                        + "<text:p>-1 250,00</text:p></table:table-cell><table:table-cell table:number-columns-repeated="
                        + "\"1022\"/>")
                        + odsRow(odsText("C2") + "<table:table-cell office:value-type=\"currency\" office:currency=\"EUR\" "
                        + "office:value=\"-87.4\"><text:p>-87,40 €</text:p></table:table-cell>")
                        + odsRow(odsText("C3") + odsText("-4 980,20"))
                        + "<table:table-row table:number-rows-repeated=\"1000\"><table:table-cell "
                        + "table:number-columns-repeated=\"1024\"/></table:table-row>"
                        + odsRow(odsText("C4") + "<table:table-cell table:formula=\"of:=-1-2\" office:value-type=\"float\" "
                        + "office:value=\"-3\"><text:p>-3</text:p></table:table-cell>"))
                + odsTable("Paramètres", odsRow(odsText("Paramètre") + odsText("Valeur"))
                        + odsRow(odsText("Remboursement minimal") + "<table:table-cell office:value-type=\"float\" "
                        + "office:value=\"10\"/>")
                        + odsRow(odsText("Date du solde") + "<table:table-cell office:value-type=\"date\" "
                        + "office:date-value=\"2026-10-31\"><text:p>31/10/2026</text:p></table:table-cell>")
                        + odsRow(odsText("Devise comptable") + odsText("EUR"))
                        + odsRow(odsText("Groupe fournisseur occasionnel") + odsText("OCC")))));
        bytes("workbook-ods-error-and-uncomputed-formula.ods", ods(odsTable("Balances", header
                + odsRow(odsText("C1") + "<table:table-cell table:formula=\"of:=1/0\" office:value-type=\"string\" "
                + "office:string-value=\"\" calcext:value-type=\"error\"><text:p>#DIV/0!</text:p></table:table-cell>")
                + odsRow(odsText("C2") + "<table:table-cell table:formula=\"of:=[.B2]*2\"/>")
                + odsRow(odsText("C3") + "<table:table-cell office:value-type=\"float\" office:value=\"-1\"/>"))));
        bytes("workbook-ods-cell-beyond-column-limit.ods", ods(odsTable("Balances", header
                + odsRow(odsText("C1") + "<table:table-cell table:number-columns-repeated=\"2000\" "
                + "office:value-type=\"float\" office:value=\"-1\"/>"))));
        Map<String, String> encrypted = odsParts(odsTable("Balances", header));
        encrypted.put("content.xml", "\u0001\u0002 ciphered");
        encrypted.put("META-INF/manifest.xml", "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:"
                + "xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type="
                + "\"text/xml\"><manifest:encryption-data manifest:checksum-type=\"SHA1/1K\"/></manifest:file-entry>"
                + "</manifest:manifest>");
        bytes("workbook-ods-password.ods", zip(encrypted));
        bytes("workbook-ods-zip-bomb.ods", ods(odsTable("Balances", odsRow(odsText("0".repeat(40 * 1024 * 1024))))));
        Map<String, String> laughs = odsParts(odsTable("Balances", odsRow(odsText("&lol4;"))));
        laughs.put("content.xml", laughs.get("content.xml").replace("?>", "?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;\">"
                + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;\">]>"));
        bytes("workbook-ods-billion-laughs.ods", zip(laughs));
        Map<String, String> letter = odsParts(odsTable("Balances", header));
        letter.put("mimetype", "application/vnd.oasis.opendocument.text");
        bytes("workbook-ods-that-is-a-text-document.ods", zip(letter));
        byte[] whole = ods(odsTable("Balances", header + odsRow(odsText("C1") + odsText("-1"))));
        bytes("workbook-ods-truncated.ods", Arrays.copyOf(whole, whole.length / 2));
    }

    private static String odsText(String text) {
        return "<table:table-cell office:value-type=\"string\"><text:p>" + text + "</text:p></table:table-cell>";
    }

    private static String odsRow(String cells) {
        return "<table:table-row>" + cells + "</table:table-row>";
    }

    private static String odsTable(String name, String rows) {
        return "<table:table table:name=\"" + name + "\">" + rows + "</table:table>";
    }

    private static byte[] ods(String tables) throws IOException {
        return zip(odsParts(tables));
    }

    /** An .ods's parts: its mimetype first (the zip helper stores each part as given), the manifest, the content. */
    private static Map<String, String> odsParts(String tables) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
        parts.put("META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest "
                + "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis."
                + "opendocument.spreadsheet\"/><manifest:file-entry manifest:full-path=\"content.xml\" "
                + "manifest:media-type=\"text/xml\"/></manifest:manifest>");
        parts.put("content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
                + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                + "xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\" "
                + "office:version=\"1.3\"><office:body><office:spreadsheet>" + tables
                + "</office:spreadsheet></office:body></office:document-content>");
        return parts;
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static void fill(Sheet sheet, Object[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object value = rows[r][c];
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (value instanceof Double number) {
                    cell.setCellValue(number);
                } else if (value instanceof LocalDate date) {
                    cell.setCellValue(date);
                } else {
                    cell.setCellValue(value.toString());
                }
            }
        }
    }

    private static byte[] xlsx(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (workbook) {
            workbook.write(out);
        }
        return out.toByteArray();
    }

    private static byte[] xls(HSSFWorkbook workbook) throws IOException {
        return xlsx(workbook);
    }

    private static byte[] encrypted(byte[] xlsx, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(xlsx);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            fs.writeFilesystem(bytes);
            return bytes.toByteArray();
        }
    }

    /** The smallest .xlsx the reader opens: one sheet "Balances" with the given rows. */
    private static Map<String, String> workbookParts(String rows) {
        return workbookParts(Map.of("Balances", rows));
    }

    /** The smallest .xlsx the reader opens with these sheets (name to rows), in their map's order. */
    private static Map<String, String> workbookParts(Map<String, String> sheets) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
        StringBuilder overrides = new StringBuilder();
        StringBuilder names = new StringBuilder();
        StringBuilder relationships = new StringBuilder();
        Map<String, String> sheetParts = new LinkedHashMap<>();
        int n = 0;
        for (Map.Entry<String, String> sheet : sheets.entrySet()) {
            n++;
            overrides.append("<Override PartName=\"/xl/worksheets/sheet").append(n).append(".xml\" ContentType=")
                    .append("\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            names.append("<sheet name=\"").append(sheet.getKey()).append("\" sheetId=\"").append(n)
                    .append("\" r:id=\"rId").append(n).append("\"/>");
            relationships.append(relationshipElement("rId" + n, "worksheet", "worksheets/sheet" + n + ".xml"));
            sheetParts.put("xl/worksheets/sheet" + n + ".xml", xml + "<worksheet xmlns=\"http://schemas.openxmlformats."
                    + "org/spreadsheetml/2006/main\"><sheetData>" + sheet.getValue() + "</sheetData></worksheet>");
        }
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", xml + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override "
                + "PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                + "spreadsheetml.sheet.main+xml\"/>" + overrides + "</Types>");
        parts.put("_rels/.rels", xml + relationship("officeDocument", "xl/workbook.xml"));
        parts.put("xl/workbook.xml", xml + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                + "main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                + names + "</sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", xml + relationships(relationships.toString()));
        parts.putAll(sheetParts);
        return parts;
    }

    private static String relationship(String type, String target) {
        return relationships(relationshipElement("rId1", type, target));
    }

    private static String relationships(String elements) {
        return "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + elements
                + "</Relationships>";
    }

    private static String relationshipElement(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/" + type + "\" Target=\"" + target + "\"/>";
    }

    private static byte[] sheetZip(String rows) throws IOException {
        return zip(workbookParts(rows));
    }

    private static byte[] zip(Map<String, String> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            for (Map.Entry<String, String> part : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                entry.setTime(0);
                zip.putNextEntry(entry);
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] withBom(byte[] bom, byte[] text) {
        byte[] all = Arrays.copyOf(bom, bom.length + text.length);
        System.arraycopy(text, 0, all, bom.length, text.length);
        return all;
    }

    private void text(String name, String content) throws IOException {
        bytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private void bytes(String name, byte[] content) throws IOException {
        Files.write(folder.resolve(name), content);
    }
}
