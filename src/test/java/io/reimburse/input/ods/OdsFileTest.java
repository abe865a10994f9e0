package io.reimburse.input.ods;

import io.reimburse.input.CellValue;
import io.reimburse.input.Limits;
import io.reimburse.input.RawRow;
import io.reimburse.input.RowStream;
import io.reimburse.input.SpreadsheetFiles;
import io.reimburse.input.TableSource;
import io.reimburse.model.RunRefused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The .ods reader on documents written part by part, for what LibreOffice writes only in some
 * cases (runs of equal rows, row groups) or never (crafted repeats, an entity declaration); the
 * files LibreOffice itself writes are read in ReadersOnRealFilesTest.
 */
class OdsFileTest {

    private static final String SPREADSHEET = "application/vnd.oasis.opendocument.spreadsheet";

    @TempDir
    Path folder;

    @Test
    void runsOfEqualRowsAreThatManyRowsAndBlankRunsAreSkipped() throws IOException {
        Path file = ods("runs.ods", table("Balances",
                row("<table:table-cell office:value-type=\"string\"><text:p>C1</text:p></table:table-cell>"
                        + "<table:table-cell table:number-columns-repeated=\"2\" office:value-type=\"float\" "
                        + "office:value=\"-1.5\"/>", 3)
                        + row("<table:table-cell table:number-columns-repeated=\"1024\"/>", 1_048_000)
                        + row("<table:table-cell/><table:table-cell office:value-type=\"float\" office:value=\"2\"/>", 1)));

        List<RawRow> rows = rows(file, "Balances");

        CellValue c1 = new CellValue.Text("C1");
        CellValue amount = new CellValue.Number(new BigDecimal("-1.5"));
        assertThat(rows).containsExactly(new RawRow(1, List.of(c1, amount, amount)),
                new RawRow(2, List.of(c1, amount, amount)), new RawRow(3, List.of(c1, amount, amount)),
                new RawRow(1_048_004, List.of(CellValue.BLANK, new CellValue.Number(new BigDecimal("2")))));
    }

    @Test
    void rowsInGroupsAndHeaderRowsAreRowsAndColumnsAndShapesAreNot() throws IOException {
        Path file = ods("groups.ods", table("Balances",
                "<table:table-column table:number-columns-repeated=\"3\"/><table:shapes><draw:frame/></table:shapes>"
                        + "<table:table-header-rows>" + row(text("Customer") + text("Balance"), 1)
                        + "</table:table-header-rows><table:table-row-group>" + row(text("C1") + text("-2"), 1)
                        + "<table:table-row-group>" + row(text("C2") + text("-3"), 1) + "</table:table-row-group>"
                        + "</table:table-row-group>"));

        assertThat(rows(file, "Balances")).extracting(r -> r.cell(0).display() + "=" + r.cell(1).display())
                .containsExactly("Customer=Balance", "C1=-2", "C2=-3");
    }

    @Test
    void textIsItsParagraphsWithTheSpacesTabsAndLineBreaksWrittenAndNoComment() throws IOException {
        Path file = ods("text.ods", table("Balances", row(
                "<table:table-cell office:value-type=\"string\"><office:annotation><text:p>a comment</text:p>"
                        + "</office:annotation><text:p>  Caf<text:span>é</text:span><text:s text:c=\"3\"/>de\n  la"
                        + "<text:tab/>Gare<text:line-break/>Lyon</text:p><text:p>2e ligne</text:p></table:table-cell>"
                        + "<table:table-cell office:value-type=\"string\" office:string-value=\"as written\">"
                        + "<text:p>as shown</text:p></table:table-cell>", 1)));

        assertThat(rows(file, "Balances").get(0).cells()).containsExactly(
                new CellValue.Text("Café   de la\tGare\nLyon\n2e ligne"), new CellValue.Text("as written"));
    }

    @Test
    void valuesByTypeAsTheOtherWorkbookReadersGiveThem() throws IOException {
        Path file = ods("types.ods", table("Balances", row(
                "<table:table-cell office:value-type=\"float\" office:value=\"0.30000000000000004\"/>"
                        + "<table:table-cell office:value-type=\"percentage\" office:value=\"0.05\"/>"
                        + "<table:table-cell office:value-type=\"currency\" office:currency=\"EUR\" office:value=\"-87.4\"/>"
                        + "<table:table-cell office:value-type=\"date\" office:date-value=\"2026-10-31T00:00:00\"/>"
                        + "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"false\"/>"
                        + "<table:table-cell table:formula=\"of:=[.A1]*2\"/>"
                        + "<table:table-cell table:formula=\"of:=NA()\" office:value-type=\"float\" office:value=\"0\">"
                        + "<text:p>#N/A</text:p></table:table-cell>"
                        + "<table:table-cell office:value-type=\"float\" office:value=\"twelve\"/>"
                        + "<table:table-cell office:value-type=\"date\" office:date-value=\"31/10/2026\"/>", 1)));

        assertThat(rows(file, "Balances").get(0).cells()).containsExactly(
                new CellValue.Number(new BigDecimal("0.3")), new CellValue.Number(new BigDecimal("0.05")),
                new CellValue.Number(new BigDecimal("-87.4")), new CellValue.Date(LocalDate.of(2026, 10, 31)),
                new CellValue.Text("FALSE"), new CellValue.Unavailable("formula without a saved result", "=[.A1]*2"),
                new CellValue.Unavailable("error cell", "#N/A"),
                new CellValue.Unavailable("a number cell that holds no number", "twelve"),
                new CellValue.Unavailable("not an ISO 8601 date", "31/10/2026"));
    }

    @Test
    void sheetsAreTheSpreadsheetsTablesInOrderAndA1904NullDateCountsSerialsFrom1904() throws IOException {
        Path file = ods("sheets.ods", "<table:calculation-settings><table:null-date table:date-value=\"1904-01-01\"/>"
                + "</table:calculation-settings>" + table("Notes", row(text("read me"), 1))
                + table("Parameters", row("<table:table-cell office:value-type=\"float\" office:value=\"44864\"/>", 1)));

        assertThat(OdsFile.tables(file)).extracting(TableSource::sheet).containsExactly("Notes", "Parameters");
        assertThat(rows(file, "Parameters").get(0).cell(0)).isEqualTo(new CellValue.Number(new BigDecimal("44864"), true));
    }

    @Test
    void anOdsIsReadForWhatItIsWhateverWorkbookNameItHas() throws IOException {
        Path file = ods("saved-as.xlsx", table("Balances", row(text("C1"), 1)));

        assertThat(SpreadsheetFiles.tables(file)).extracting(TableSource::sheet).containsExactly("Balances");
        Path csv = ods("saved-as.csv", table("Balances", row(text("C1"), 1)));
        assertThatThrownBy(() -> SpreadsheetFiles.tables(csv)).isInstanceOf(RunRefused.class)
                .hasMessage("saved-as.csv: is an OpenDocument spreadsheet saved under a .csv name; rename it to .ods");
    }

    @Test
    void limitsAreRunProblemsNamingTheFileSheetAndRow() throws IOException {
        Path wide = ods("wide.ods", table("Balances", row("<table:table-cell table:number-columns-repeated=\"999\"/>"
                + "<table:table-cell table:number-columns-repeated=\"2\" office:value-type=\"float\" office:value=\"1\"/>", 1)));
        assertThatThrownBy(() -> rows(wide, "Balances")).isInstanceOf(RunRefused.class).hasMessage("wide.ods, sheet "
                + "Balances: row 1 has a cell in column 1001, beyond the 1000 columns a table may have");
        Path deep = ods("deep.ods", table("Balances", row(text("C1"), Limits.MAX_ROWS + 1)));
        assertThatThrownBy(() -> rows(deep, "Balances")).isInstanceOf(RunRefused.class)
                .hasMessage("deep.ods, sheet Balances: has more than " + Limits.MAX_ROWS + " rows");
        Path spaces = ods("spaces.ods", table("Balances", row("<table:table-cell office:value-type=\"string\"><text:p>"
                + "<text:s text:c=\"2000000000\"/></text:p></table:table-cell>", 1)));
        assertThatThrownBy(() -> rows(spaces, "Balances")).isInstanceOf(RunRefused.class)
                .hasMessage("spaces.ods, sheet Balances: row 1 has a cell of more than 32767 characters");
        Path count = ods("count.ods", table("Balances", row(text("C1"), 1).replace("<table:table-row",
                "<table:table-row table:number-rows-repeated=\"-4\"")));
        assertThatThrownBy(() -> rows(count, "Balances")).isInstanceOf(RunRefused.class)
                .hasMessage("count.ods, sheet Balances, row 1: is damaged or not a file this tool can read (\"-4\" is "
                        + "not a number rows repeated)");
    }

    @Test
    void whatIsNoReadableSpreadsheetIsRefusedInTheToolsWords() throws IOException {
        Path text = zip("letter.ods", "application/vnd.oasis.opendocument.text", Map.of("content.xml", content("")));
        assertThatThrownBy(() -> OdsFile.tables(text)).hasMessage("letter.ods: is an OpenDocument file but not a "
                + "spreadsheet (text); give the spreadsheet");
        Path encrypted = zip("secret.ods", SPREADSHEET, Map.of("content.xml", "\u0001\u0002binary",
                "META-INF/manifest.xml", "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:"
                        + "manifest:1.0\"><manifest:file-entry manifest:full-path=\"content.xml\"><manifest:encryption-data/>"
                        + "</manifest:file-entry></manifest:manifest>"));
        assertThatThrownBy(() -> OdsFile.tables(encrypted))
                .hasMessage("secret.ods: is password-protected; save it without a password and try again");
        Path laughs = zip("laughs.ods", SPREADSHEET, Map.of("content.xml", "<?xml version=\"1.0\"?><!DOCTYPE lolz ["
                + "<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>" + content(table("Balances", row(
                "<table:table-cell office:value-type=\"string\"><text:p>&lol2;</text:p></table:table-cell>", 1)))));
        assertThatThrownBy(() -> OdsFile.tables(laughs)).hasMessageStartingWith("laughs.ods: declares XML entities");
        Path empty = zip("empty.ods", SPREADSHEET, Map.of());
        assertThatThrownBy(() -> OdsFile.tables(empty))
                .hasMessage("empty.ods: is damaged or not a file this tool can read (it has no content.xml)");
        Path unclosed = zip("unclosed.ods", SPREADSHEET, Map.of("content.xml", content(table("Balances",
                row(text("C1"), 1))).replace("</table:table>", "")));
        assertThatThrownBy(() -> OdsFile.tables(unclosed)).isInstanceOf(RunRefused.class)
                .hasMessageStartingWith("unclosed.ods: is damaged or not a file this tool can read (Unexpected end tag");
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private static List<RawRow> rows(Path file, String sheet) {
        TableSource table = OdsFile.tables(file).stream().filter(t -> t.sheet().equals(sheet)).findFirst().orElseThrow();
        List<RawRow> rows = new ArrayList<>();
        try (RowStream stream = table.open()) {
            stream.forEachRemaining(rows::add);
        }
        return rows;
    }

    private static String text(String value) {
        return "<table:table-cell office:value-type=\"string\"><text:p>" + value + "</text:p></table:table-cell>";
    }

    private static String row(String cells, long repeated) {
        return "<table:table-row" + (repeated == 1 ? "" : " table:number-rows-repeated=\"" + repeated + "\"") + ">"
                + cells + "</table:table-row>";
    }

    private static String table(String name, String rows) {
        return "<table:table table:name=\"" + name + "\">" + rows + "</table:table>";
    }

    private static String content(String spreadsheet) {
        return "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                + "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\"><office:automatic-styles/>"
                + "<office:body><office:spreadsheet>" + spreadsheet + "</office:spreadsheet></office:body>"
                + "</office:document-content>";
    }

    private Path ods(String name, String spreadsheet) throws IOException {
        return zip(name, SPREADSHEET, Map.of("content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + content(spreadsheet)));
    }

    /** An OpenDocument package: its mimetype first and stored, as the format asks, then the parts. */
    private Path zip(String name, String mimetype, Map<String, String> parts) throws IOException {
        Path file = folder.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(type);
            zip.closeEntry();
            for (Map.Entry<String, String> part : new LinkedHashMap<>(parts).entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
