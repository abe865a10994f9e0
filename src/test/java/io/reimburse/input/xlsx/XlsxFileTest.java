package io.reimburse.input.xlsx;

import io.reimburse.input.CellValue;
import io.reimburse.input.Limits;
import io.reimburse.input.RawRow;
import io.reimburse.input.RowStream;
import io.reimburse.input.TableSource;
import io.reimburse.input.workbook.PoiCells;
import io.reimburse.model.RunRefused;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The .xlsx reader on small workbooks made here: written by POI (then read as well through POI's
 * own object model and {@link PoiCells}, which must give the same rows) or written part by part
 * for what POI does not write (phonetic runs, cells without references, a cell written twice...).
 */
class XlsxFileTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    @TempDir
    Path folder;

    // ---- workbooks written by POI: the new reader gives what PoiCells gives on POI's model ----------

    @Test
    void aDateFormattedNumberIsADateInA1900AndInA1904Workbook() throws IOException {
        for (boolean date1904 : new boolean[] {false, true}) {
            XSSFWorkbook workbook = new XSSFWorkbook();
            if (date1904) {
                (workbook.getCTWorkbook().isSetWorkbookPr() ? workbook.getCTWorkbook().getWorkbookPr()
                        : workbook.getCTWorkbook().addNewWorkbookPr()).setDate1904(true);
            }
            Sheet sheet = workbook.createSheet("Parameters");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle builtInDate = workbook.createCellStyle();
            builtInDate.setDataFormat((short) 14); // m/d/yy, one of Excel's built-in formats
            Row row = sheet.createRow(0);
            row.createCell(0).setCellValue(date1904 ? 44864 : 46326); // 2026-10-31 in either date system
            row.getCell(0).setCellStyle(date);
            row.createCell(1).setCellValue(date1904 ? 44869 : 46331);
            row.getCell(1).setCellStyle(builtInDate);
            row.createCell(2).setCellValue(-3.0); // formatted as a date but before any date: a number
            row.getCell(2).setCellStyle(date);
            row.createCell(3).setCellValue(46326); // a serial without a date format stays a number
            Path file = save(workbook, date1904 ? "dates-1904.xlsx" : "dates-1900.xlsx");

            List<RawRow> rows = rows(file, "Parameters");

            assertThat(rows).isEqualTo(poiRows(file, "Parameters"));
            assertThat(rows.get(0).cells()).containsExactly(new CellValue.Date(LocalDate.of(2026, 10, 31)),
                    new CellValue.Date(LocalDate.of(2026, 11, 5)), new CellValue.Number(new BigDecimal("-3"), date1904),
                    new CellValue.Number(new BigDecimal("46326"), date1904));
        }
    }

    @Test
    void formulasGiveTheirSavedResultAndAFormulaNeverComputedIsUnavailable() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("Balances");
        Row row = sheet.createRow(0);
        row.createCell(0).setCellFormula("-0.1-0.2");
        row.createCell(1).setCellFormula("CONCATENATE(\"C\",\"1\")");
        row.createCell(2).setCellFormula("\"\"&\"\"");
        row.createCell(3).setCellFormula("NA()");
        row.createCell(4).setCellFormula("1=1");
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        row.createCell(5).setCellFormula("A1*2"); // after evaluating: saved without a result
        Path file = save(workbook, "formulas.xlsx");

        List<RawRow> rows = rows(file, "Balances");

        // POI's model answers 0 for the formula without a result: the one cell where the two differ
        assertThat(rows.get(0).cells().subList(0, 5)).isEqualTo(poiRows(file, "Balances").get(0).cells().subList(0, 5));
        assertThat(rows.get(0).cells()).containsExactly(new CellValue.Number(new BigDecimal("-0.3"), false),
                new CellValue.Text("C1"), CellValue.BLANK, new CellValue.Unavailable("error cell", "#N/A"),
                new CellValue.Text("TRUE"), new CellValue.Unavailable("formula without a saved result", "=A1*2"));
    }

    @Test
    void errorBooleanTextAndSpacesAreReadAsWritten() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("Balances");
        Row row = sheet.createRow(0);
        row.createCell(0).setCellErrorValue(FormulaError.DIV0.getCode());
        row.createCell(1).setCellValue(true);
        row.createCell(2).setCellValue(false);
        row.createCell(3).setCellValue("  C1 ");
        row.createCell(4).setCellValue("");
        row.createCell(6).setCellValue("line\r\nbreak"); // Excel writes the carriage return as _x000D_
        row.createCell(7).setCellValue(0.1 + 0.2);
        Path file = save(workbook, "values.xlsx");

        List<RawRow> rows = rows(file, "Balances");

        assertThat(rows).isEqualTo(poiRows(file, "Balances"));
        assertThat(rows.get(0).cells()).containsExactly(new CellValue.Unavailable("error cell", "#DIV/0!"),
                new CellValue.Text("TRUE"), new CellValue.Text("FALSE"), new CellValue.Text("  C1 "), CellValue.BLANK,
                CellValue.BLANK, new CellValue.Text("line\r\nbreak"), new CellValue.Number(new BigDecimal("0.3"), false));
    }

    @Test
    void sheetsAreTablesInWorkbookOrderHiddenOnesIncluded() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.createSheet("Soldes").createRow(0).createCell(0).setCellValue("a");
        workbook.createSheet("Notes (hidden)").createRow(2).createCell(1).setCellValue("b");
        workbook.createSheet("Paramètres");
        workbook.setSheetHidden(1, true);
        Path file = save(workbook, "sheets.xlsx");

        List<TableSource> tables = XlsxFile.tables(file);

        assertThat(tables).extracting(TableSource::sheet).containsExactly("Soldes", "Notes (hidden)", "Paramètres");
        assertThat(rows(file, "Notes (hidden)")).containsExactly(
                new RawRow(3, List.of(CellValue.BLANK, new CellValue.Text("b"))));
        assertThat(rows(file, "Paramètres")).isEmpty();
    }

    // ---- workbooks written part by part: what POI does not write --------------------------------

    @Test
    void sharedStringsJoinTheirRunsAndLeavePhoneticRunsOut() throws IOException {
        String sharedStrings = "<si><r><t>Caf</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">é  </t></r>"
                + "<rPh sb=\"0\" eb=\"3\"><t>カフェ</t></rPh><phoneticPr fontId=\"1\"/></si>"
                + "<si><t xml:space=\"preserve\"> 東京 </t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh></si>"
                + "<si><t>A_x000D_B</t></si><si><t/></si>";
        Path file = workbook("strings.xlsx", Map.of("sharedStrings", sharedStrings),
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                        + "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c></row>");

        List<RawRow> rows = rows(file, "Balances");

        assertThat(rows).isEqualTo(poiRows(file, "Balances"));
        assertThat(rows.get(0).cells()).containsExactly(new CellValue.Text("Café  "), new CellValue.Text(" 東京 "),
                new CellValue.Text("A\rB"), CellValue.BLANK);
    }

    @Test
    void inlineStringsFollowTheSameRules() throws IOException {
        Path file = workbook("inline.xlsx", Map.of(),
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">  C1</t></is></c>"
                        + "<c r=\"B1\" t=\"inlineStr\"><is><r><t>Caf</t></r><r><t>é</t></r>"
                        + "<rPh sb=\"0\" eb=\"1\"><t>カ</t></rPh></is></c>"
                        + "<c r=\"C1\" t=\"inlineStr\"><is><t></t></is></c></row>");

        List<RawRow> rows = rows(file, "Balances");

        assertThat(rows).isEqualTo(poiRows(file, "Balances"));
        assertThat(rows.get(0).cells()).containsExactly(new CellValue.Text("  C1"), new CellValue.Text("Café"),
                CellValue.BLANK);
    }

    @Test
    void rowsAndCellsWithoutReferencesFollowThePreviousOne() throws IOException {
        Path file = workbook("no-references.xlsx", Map.of(),
                "<row><c t=\"inlineStr\"><is><t>C1</t></is></c><c><v>-1.5</v></c></row>"
                        + "<row r=\"5\"><c r=\"C5\"><v>2</v></c><c><v>3</v></c></row>"
                        + "<row><c><v>4</v></c></row>");

        List<RawRow> rows = rows(file, "Balances");

        assertThat(rows).isEqualTo(poiRows(file, "Balances"));
        assertThat(rows).containsExactly(
                new RawRow(1, List.of(new CellValue.Text("C1"), new CellValue.Number(new BigDecimal("-1.5"), false))),
                new RawRow(5, List.of(CellValue.BLANK, CellValue.BLANK, new CellValue.Number(new BigDecimal("2"), false),
                        new CellValue.Number(new BigDecimal("3"), false))),
                new RawRow(6, List.of(new CellValue.Number(new BigDecimal("4"), false))));
    }

    @Test
    void aCellWrittenTwiceIsTheLaterOne() throws IOException {
        Path file = workbook("twice.xlsx", Map.of(),
                "<row r=\"1\"><c r=\"B1\"><v>1</v></c><c r=\"A1\"><v>2</v></c><c r=\"B1\"><v>3</v></c></row>");

        List<RawRow> rows = rows(file, "Balances");

        assertThat(rows).isEqualTo(poiRows(file, "Balances"));
        assertThat(rows.get(0).cells()).containsExactly(new CellValue.Number(new BigDecimal("2"), false),
                new CellValue.Number(new BigDecimal("3"), false));
    }

    @Test
    void theDateSystemComesFromTheWorkbookAndAnIsoDateCellIsADate() throws IOException {
        String styles = "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/></numFmts>"
                + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs>";
        String sheet = "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>44864</v></c><c r=\"B1\"><v>44864</v></c>"
                + "<c r=\"C1\" t=\"d\"><v>2026-10-31T18:30:00</v></c><c r=\"D1\" t=\"d\"><v>2026-11-05</v></c></row>";
        Path file = workbook("iso-dates.xlsx", Map.of("styles", styles, "workbookPr", "<workbookPr date1904=\"true\"/>"),
                sheet);

        assertThat(rows(file, "Balances").get(0).cells()).containsExactly(
                new CellValue.Date(LocalDate.of(2026, 10, 31)), new CellValue.Number(new BigDecimal("44864"), true),
                new CellValue.Date(LocalDate.of(2026, 10, 31)), new CellValue.Date(LocalDate.of(2026, 11, 5)));
    }

    @Test
    void numbersThatAreNotFiniteAndFormulasWithoutResultAreUnavailable() throws IOException {
        Path file = workbook("unavailable.xlsx", Map.of(),
                "<row r=\"1\"><c r=\"A1\"><v>NaN</v></c><c r=\"B1\"><v>-1e400</v></c>"
                        + "<c r=\"C1\"><f t=\"shared\" ref=\"C1:C2\" si=\"0\">A1+1</f></c>"
                        + "<c r=\"D1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c></row>"
                        + "<row r=\"2\"><c r=\"C2\"><f t=\"shared\" si=\"0\"/></c></row>");

        List<RawRow> rows = rows(file, "Balances");

        assertThat(rows.get(0).cells()).containsExactly(new CellValue.Unavailable("not a finite number", "NaN"),
                new CellValue.Unavailable("not a finite number", "-Infinity"),
                new CellValue.Unavailable("formula without a saved result", "=A1+1"),
                new CellValue.Unavailable("error cell", "#DIV/0!"));
        assertThat(rows.get(1).cells()).containsExactly(CellValue.BLANK, CellValue.BLANK,
                new CellValue.Unavailable("formula without a saved result", "="));
    }

    @Test
    void aSharedStringIndexOutOfRangeIsARunProblemNamingFileSheetAndRow() throws IOException {
        Path file = workbook("index.xlsx", Map.of("sharedStrings", "<si><t>C1</t></si>"),
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>7</v></c></row>");

        assertThatThrownBy(() -> rows(file, "Balances")).isInstanceOf(RunRefused.class)
                .hasMessageStartingWith("index.xlsx, sheet Balances, row 2: is damaged or not a file this tool can read")
                .hasMessageContaining("shared text number 7");
        Path negative = workbook("negative.xlsx", Map.of("sharedStrings", "<si><t>C1</t></si>"),
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>-1</v></c></row>");
        assertThatThrownBy(() -> rows(negative, "Balances")).isInstanceOf(RunRefused.class)
                .hasMessageContaining("row 1: is damaged");
    }

    @Test
    void malformedCellsAreRunProblemsNeverGuesses() throws IOException {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("bad-reference", "<row r=\"1\"><c r=\"A$1\"><v>1</v></c></row>");
        cases.put("bad-row-number", "<row r=\"x\"><c r=\"A1\"><v>1</v></c></row>");
        cases.put("element-in-value", "<row r=\"1\"><c r=\"A1\"><v>1<x/>2</v></c></row>");
        cases.put("cell-outside-row", "<c r=\"A1\"><v>1</v></c>");
        cases.put("truncated", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c");
        for (Map.Entry<String, String> sheet : cases.entrySet()) {
            Path file = workbook(sheet.getKey() + ".xlsx", Map.of(), sheet.getValue());
            assertThatThrownBy(() -> rows(file, "Balances")).as(sheet.getKey()).isInstanceOf(RunRefused.class)
                    .hasMessageContaining(sheet.getKey() + ".xlsx, sheet Balances")
                    .hasMessageContaining("is damaged or not a file this tool can read");
        }
    }

    @Test
    void aCellHoldingNoValueOfItsTypeIsUnavailableNotADamagedWorkbook() throws IOException {
        Path file = workbook("cells.xlsx", Map.of(), "<row r=\"1\"><c r=\"A1\"><v>12abc</v></c>"
                + "<c r=\"B1\"><f>-10*5</f><v></v></c>" // as openpyxl saves a formula it never computed
                + "<c r=\"C1\" t=\"q\"><v>1</v></c>"
                + "<c r=\"D1\" t=\"d\"><v>31/10/2026</v></c>"
                + "<c r=\"E1\" t=\"d\"><v>10:10:10</v></c>" // openpyxl's datetime.time with ISO dates
                + "<c r=\"F1\"><v></v></c><c r=\"G1\" t=\"str\"><f>\"\"</f><v></v></c></row>");

        assertThat(rows(file, "Balances").get(0).cells()).containsExactly(
                new CellValue.Unavailable("a number cell that holds no number", "12abc"),
                new CellValue.Unavailable("formula without a saved result", "=-10*5"),
                new CellValue.Unavailable("a cell of unknown type t=\"q\"", "1"),
                new CellValue.Unavailable("not an ISO 8601 date", "31/10/2026"),
                new CellValue.Unavailable("a time of day, not a date", "10:10:10"),
                CellValue.BLANK, CellValue.BLANK);
    }

    @Test
    void limitsOfColumnsAndRowsAreRunProblems() throws IOException {
        Path wide = workbook("wide.xlsx", Map.of(), "<row r=\"3\"><c r=\"ALM3\"><v>1</v></c></row>");
        assertThatThrownBy(() -> rows(wide, "Balances")).isInstanceOf(RunRefused.class)
                .hasMessage("wide.xlsx, sheet Balances: row 3 has a cell in column 1001, beyond the 1000 columns a table"
                        + " may have");
        // seven letters overflow an int: the column must not wrap round to a small one
        Path wrapped = workbook("wrapped.xlsx", Map.of(), "<row r=\"1\"><c r=\"FXSHRXX1\"><v>1</v></c></row>");
        assertThatThrownBy(() -> rows(wrapped, "Balances")).hasMessageContaining("beyond the 1000 columns");
        Path last = workbook("last.xlsx", Map.of(), "<row r=\"1\"><c r=\"ALL1\"><v>1</v></c></row>");
        assertThat(rows(last, "Balances").get(0).cells()).hasSize(1000);
        Path deep = workbook("deep.xlsx", Map.of(), "<row r=\"" + (Limits.MAX_ROWS + 1) + "\"><c><v>1</v></c></row>");
        assertThatThrownBy(() -> rows(deep, "Balances")).isInstanceOf(RunRefused.class)
                .hasMessage("deep.xlsx, sheet Balances: has more than " + Limits.MAX_ROWS + " rows");
    }

    @Test
    void partsOutsideSpreadsheetMlAreRefusedNotReadAsEmpty() throws IOException {
        Path sheet = workbook("other-namespace.xlsx", Map.of(), "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
        rewrite(sheet, "xl/worksheets/sheet1.xml", xml -> xml.replace(MAIN, "urn:other"));
        assertThatThrownBy(() -> rows(sheet, "Balances")).hasMessageContaining("sheet XML is not SpreadsheetML");

        Path book = workbook("other-book.xlsx", Map.of("workbookPr", "<workbookPr date1904=\"1\"/>"),
                "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
        rewrite(book, "xl/workbook.xml", xml -> xml.replace(MAIN, "urn:other"));
        assertThatThrownBy(() -> XlsxFile.tables(book)).hasMessageContaining("workbook XML is not SpreadsheetML");
    }

    @Test
    void zipEntriesThatAreNoPartOfThePackageAreLeftOutAsMacOsArchiversLeaveThem() throws IOException {
        Path file = workbook("zipped-on-a-mac.xlsx", Map.of(), "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
        rewrite(file, "xl/.DS_Store", nothing -> "\0\0\0\1Bud1");
        rewrite(file, "__MACOSX/._zipped-on-a-mac.xlsx", nothing -> "\0\5\26\7");
        rewrite(file, "__MACOSX/xl/._workbook.xml", nothing -> "\0\5\26\7");

        assertThat(rows(file, "Balances")).containsExactly(
                new RawRow(1, List.of(new CellValue.Number(new BigDecimal("1"), false))));
    }

    @Test
    void aPartWithoutContentTypeThatTheWorkbookNamesIsStillDamage() throws IOException {
        Path file = workbook("untyped-sheet.xlsx", Map.of(), "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
        rewrite(file, "xl/_rels/workbook.xml.rels", rels -> rels.replace("worksheets/sheet1.xml", "worksheets/sheet1"));
        rewrite(file, "[Content_Types].xml", types -> types.replace("/xl/worksheets/sheet1.xml", "/xl/worksheets/other"));
        rewrite(file, "xl/worksheets/sheet1", nothing -> "<worksheet xmlns=\"" + MAIN + "\"><sheetData/></worksheet>");
        removePart(file, "xl/worksheets/sheet1.xml");

        assertThatThrownBy(() -> XlsxFile.tables(file)).isInstanceOf(RunRefused.class)
                .hasMessageContaining("untyped-sheet.xlsx: is damaged or not a file this tool can read")
                .hasMessageContaining("does not have any content type");
    }

    @Test
    void aTableClosedAfterAFewRowsLeavesNoFileOpen() throws IOException {
        Path fds = Path.of("/proc/self/fd");
        assumeThat(Files.isDirectory(fds)).as("a /proc file system to count open files").isTrue();
        StringBuilder sheet = new StringBuilder();
        for (int r = 1; r <= 5_000; r++) {
            sheet.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"s\"><v>")
                    .append(r % 2).append("</v></c><c r=\"B").append(r).append("\"><v>").append(r).append("</v></c></row>");
        }
        Path file = workbook("early.xlsx", Map.of("sharedStrings", "<si><t>C1</t></si><si><t>C2</t></si>"),
                sheet.toString());
        TableSource table = XlsxFile.tables(file).get(0);
        long before = openFiles(fds);

        for (int i = 0; i < 20; i++) {
            try (RowStream rows = table.open()) {
                assertThat(rows.next().row()).isEqualTo(1);
                assertThat(rows.next().cells()).containsExactly(new CellValue.Text("C1"),
                        new CellValue.Number(new BigDecimal("2"), false));
            }
        }
        try (RowStream rows = table.openReadAhead()) {
            rows.next();
        }

        assertThat(openFiles(fds)).isLessThanOrEqualTo(before);
        long count = 0;
        try (RowStream rows = table.openReadAhead()) {
            while (rows.hasNext()) {
                rows.next();
                count++;
            }
        }
        assertThat(count).isEqualTo(5_000);
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private static List<RawRow> rows(Path file, String sheet) {
        TableSource table = XlsxFile.tables(file).stream().filter(t -> t.sheet().equals(sheet)).findFirst().orElseThrow();
        List<RawRow> rows = new ArrayList<>();
        try (RowStream stream = table.open()) {
            stream.forEachRemaining(rows::add);
        }
        return rows;
    }

    /** The rows PoiCells gives on POI's whole-workbook model of the same file (the reference). */
    private static List<RawRow> poiRows(Path file, String sheet) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<RawRow> rows = new ArrayList<>();
            for (Row row : workbook.getSheet(sheet)) {
                rows.add(PoiCells.row(row, file.getFileName().toString(), sheet));
            }
            return rows;
        }
    }

    private Path save(XSSFWorkbook workbook, String name) throws IOException {
        Path file = folder.resolve(name);
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    private static long openFiles(Path fds) throws IOException {
        try (Stream<Path> open = Files.list(fds)) {
            return open.count();
        }
    }

    /**
     * A workbook of one sheet "Balances" written part by part; {@code extra} may hold the shared
     * strings' items ("sharedStrings"), the styles' content ("styles") and a workbookPr element.
     */
    private Path workbook(String name, Map<String, String> extra, String rows) throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
        String type = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", xml + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + type + "sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + type + "worksheet+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + type + "sharedStrings+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + type + "styles+xml\"/></Types>");
        String relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        parts.put("_rels/.rels", xml + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "relationships\"><Relationship Id=\"rId1\" Type=\"" + relationships + "/officeDocument\" "
                + "Target=\"xl/workbook.xml\"/></Relationships>");
        parts.put("xl/workbook.xml", xml + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + relationships + "\">"
                + extra.getOrDefault("workbookPr", "") + "<sheets><sheet name=\"Balances\" sheetId=\"1\" r:id=\"rId1\"/>"
                + "</sheets></workbook>");
        StringBuilder workbookRelationships = new StringBuilder(xml + "<Relationships xmlns=\"http://schemas."
                + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + relationships
                + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>");
        if (extra.containsKey("sharedStrings")) {
            parts.put("xl/sharedStrings.xml", xml + "<sst xmlns=\"" + MAIN + "\">" + extra.get("sharedStrings") + "</sst>");
            workbookRelationships.append("<Relationship Id=\"rId2\" Type=\"").append(relationships)
                    .append("/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        }
        if (extra.containsKey("styles")) {
            parts.put("xl/styles.xml", xml + "<styleSheet xmlns=\"" + MAIN + "\">" + extra.get("styles") + "</styleSheet>");
            workbookRelationships.append("<Relationship Id=\"rId3\" Type=\"").append(relationships)
                    .append("/styles\" Target=\"styles.xml\"/>");
        }
        parts.put("xl/_rels/workbook.xml.rels", workbookRelationships + "</Relationships>");
        parts.put("xl/worksheets/sheet1.xml", xml + "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows
                + "</sheetData></worksheet>");
        Path file = folder.resolve(name);
        zip(file, parts);
        return file;
    }

    private static void zip(Path file, Map<String, String> parts) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    private static void rewrite(Path file, String partName, java.util.function.UnaryOperator<String> change)
            throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        parts.put(partName, change.apply(parts.get(partName)));
        zip(file, parts);
    }

    private static void removePart(Path file, String partName) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        parts.remove(partName);
        zip(file, parts);
    }
}
