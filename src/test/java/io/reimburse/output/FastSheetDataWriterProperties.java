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
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** A streamed row is written exactly as POI's own writer writes a row of the same cells. */
class FastSheetDataWriterProperties {

    /** One cell: text, a number, a date or a blank, in one of a few styles (0 is the workbook's default). */
    record CellSpec(int kind, String text, double number, LocalDate date, int style, int column) {
    }

    @Provide
    Arbitrary<List<CellSpec>> rows() {
        Arbitrary<String> pieces = Arbitraries.of("a", "é", "東京", "😀", "<&>\"'", "\r\n\t", " ", "\u00A0", "\u0001",
                "\u001F", "\uFFFE", "\uFFFF", "\uD83D", "\uDE00", "=SUM(A1)", "x".repeat(300));
        Arbitrary<String> texts = pieces.list().ofMaxSize(12).map(list -> String.join("", list));
        Arbitrary<Double> numbers = Arbitraries.oneOf(Arbitraries.doubles().between(-1e12, 1e12),
                Arbitraries.of(0.0, -0.0, 1e-7, 123456789012.34, 0.1 + 0.2, Double.MAX_VALUE, 46331.0));
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 60_000)
                .map(days -> LocalDate.of(1900, 3, 1).plusDays(days));
        Arbitrary<CellSpec> cells = Combinators.combine(Arbitraries.integers().between(0, 3), texts, numbers, dates,
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 80)).as(CellSpec::new);
        return cells.list().ofMaxSize(20);
    }

    @Provide
    Arbitrary<Integer> rowNumbers() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 1_048_575));
    }

    @Provide
    Arbitrary<Float> heights() {
        return Arbitraries.oneOf(Arbitraries.just(Float.NaN), Arbitraries.of(15f, 30f, 12.75f, 409.5f));
    }

    @Property(tries = 300)
    void writesARowCharacterForCharacterAsPoiDoes(@ForAll("rows") List<CellSpec> specs,
                                                 @ForAll("rowNumbers") int rowNumber,
                                                 @ForAll("heights") float height) throws IOException {
        // a sheet's cells go left to right, one per column, as SheetWriter writes them
        TreeMap<Integer, CellSpec> cells = new TreeMap<>();
        specs.forEach(spec -> cells.putIfAbsent(spec.column(), spec));
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            CellStyle[] styles = {workbook.getCellStyleAt(0), workbook.createCellStyle(), workbook.createCellStyle(),
                    workbook.createCellStyle()};
            SXSSFSheet sheet = workbook.createSheet();
            SXSSFRow poiRow = sheet.createRow(rowNumber);
            StringWriter fast = new StringWriter();
            StreamedRow streamed = new StreamedRow(new FastSheetDataWriter(fast), new StringBuilder("left over"),
                    rowNumber, sheet.getDefaultRowHeightInPoints());
            for (CellSpec spec : cells.values()) {
                var cell = poiRow.createCell(spec.column());
                cell.setCellStyle(styles[spec.style()]);
                CellStyle style = styles[spec.style()];
                switch (spec.kind()) {
                    case 0 -> {
                        cell.setCellValue(spec.text());
                        streamed.text(spec.column(), spec.text(), style);
                    }
                    case 1 -> {
                        cell.setCellValue(spec.number());
                        streamed.number(spec.column(), spec.number(), style);
                    }
                    case 2 -> {
                        cell.setCellValue(spec.date());
                        streamed.date(spec.column(), spec.date(), style);
                    }
                    default -> streamed.blank(spec.column(), style);
                }
            }
            if (!Float.isNaN(height)) {
                poiRow.setHeightInPoints(Math.max(poiRow.getHeightInPoints(), height));
                streamed.atLeast(height);
            }
            streamed.finish();
            StringWriter poi = new StringWriter();
            new SheetDataWriter(poi).writeRow(rowNumber, poiRow);
            assertThat(fast.toString()).isEqualTo(poi.toString());
        }
    }
}
