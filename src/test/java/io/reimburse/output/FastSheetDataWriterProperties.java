package io.reimburse.output;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's sheet data writer writes every row exactly as POI's own writer does. */
class FastSheetDataWriterProperties {

    /** One cell: text, a number, or a blank, in one of a few styles (0 is the workbook's default). */
    record CellSpec(int kind, String text, double number, int style, int column) {
    }

    @Provide
    Arbitrary<List<CellSpec>> rows() {
        Arbitrary<String> pieces = Arbitraries.of("a", "é", "東京", "😀", "<&>\"'", "\r\n\t", " ", "\u00A0", "\u0001",
                "\u001F", "\uFFFE", "\uFFFF", "\uD83D", "\uDE00", "=SUM(A1)", "x".repeat(300));
        Arbitrary<String> texts = pieces.list().ofMaxSize(12).map(list -> String.join("", list));
        Arbitrary<Double> numbers = Arbitraries.oneOf(Arbitraries.doubles().between(-1e12, 1e12),
                Arbitraries.of(0.0, -0.0, 1e-7, 123456789012.34, 0.1 + 0.2, Double.MAX_VALUE, 46331.0));
        Arbitrary<CellSpec> cells = Combinators.combine(Arbitraries.integers().between(0, 2), texts, numbers,
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 80)).as(CellSpec::new);
        return cells.list().ofMaxSize(20);
    }

    @Property(tries = 300)
    void writesARowCharacterForCharacterAsPoiDoes(@ForAll("rows") List<CellSpec> cells,
                                                 @ForAll("rowNumbers") int rowNumber) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            CellStyle[] styles = {workbook.getCellStyleAt(0), workbook.createCellStyle(), workbook.createCellStyle(),
                    workbook.createCellStyle()};
            SXSSFSheet sheet = workbook.createSheet();
            SXSSFRow row = sheet.createRow(rowNumber);
            for (CellSpec spec : cells) {
                var cell = row.createCell(spec.column());
                if (spec.kind() == 0) {
                    cell.setCellValue(spec.text());
                } else if (spec.kind() == 1) {
                    cell.setCellValue(spec.number());
                }
                cell.setCellStyle(styles[spec.style()]);
            }
            StringWriter poi = new StringWriter();
            StringWriter fast = new StringWriter();
            new SheetDataWriter(poi).writeRow(rowNumber, row);
            new FastSheetDataWriter(fast).writeRow(rowNumber, row);
            assertThat(fast.toString()).isEqualTo(poi.toString());
        }
    }

    @Provide
    Arbitrary<Integer> rowNumbers() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 1_048_575));
    }
}
