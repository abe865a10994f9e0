package io.reimburse.output;

import io.reimburse.model.Language;
import io.reimburse.model.Money;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * An import file as an ERP's import tool takes it in .xlsx: one sheet, a bold header row, then the
 * rows, written with the one sheet writer of every workbook ({@link SheetWriter}): free text as text
 * cells (never a formula), amounts as number cells with their currency's decimals, dates as date cells.
 */
public final class ImportWorkbook {

    /** A cell of an import row, which the CSV twin of the file writes as text. */
    public sealed interface Cell {
        /** A code, a reference or a name; {@code freeText}: a value the CSV's formula guard applies to. */
        record Text(String value, boolean freeText) implements Cell {
        }

        record Amount(Money money) implements Cell {
        }

        record Date(LocalDate value) implements Cell {
        }
    }

    private ImportWorkbook() {
    }

    public static void write(Path file, String sheet, List<String> header, List<List<Cell>> rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            WorkbookStyles styles = new WorkbookStyles(workbook, Language.EN); // an import file: ISO dates, plain amounts
            SheetWriter out = new SheetWriter(workbook.createSheet(sheet), styles);
            out.header(header);
            for (List<Cell> row : rows) {
                SheetWriter.Cells cells = out.row();
                for (Cell cell : row) {
                    if (cell instanceof Cell.Text text) {
                        cells.text(text.value());
                    } else if (cell instanceof Cell.Amount amount) {
                        cells.money(amount.money().amount(), amount.money().currency());
                    } else {
                        cells.date(((Cell.Date) cell).value());
                    }
                }
            }
            out.finishTable();
            out.applyWidths();
            try (OutputStream stream = Files.newOutputStream(file)) {
                workbook.write(stream);
            }
        }
    }
}
