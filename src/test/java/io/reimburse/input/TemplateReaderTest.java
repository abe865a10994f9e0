package io.reimburse.input;

import io.reimburse.model.OutputTemplate;
import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;
import io.reimburse.model.TemplateField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Output templates as an integrator writes them, and the bad ones refused with the cell named. */
class TemplateReaderTest {

    @TempDir
    Path temp;

    private Path template(String text) throws IOException {
        Path file = temp.resolve("bills.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private List<RunProblem> refused(String text) throws IOException {
        Path file = template(text);
        return catchThrowableOfType(RunRefused.class, () -> TemplateReader.read("bills", file)).problems();
    }

    @Test
    void theSampleTemplatesAreRead() {
        OutputTemplate xero = TemplateReader.read("xero-bills", Path.of("samples/templates/xero-bills.csv"));
        assertThat(xero.fileName()).isEqualTo("xero-bills.csv");
        assertThat(xero.delimiter()).isEqualTo(',');
        assertThat(xero.columns()).hasSize(15);
        assertThat(xero.columns().get(7).field()).isEqualTo(TemplateField.TRANSACTION_DATE);
        assertThat(xero.columns().get(7).dateFormat()).isEqualTo("dd/MM/yyyy");
        OutputTemplate fixed = TemplateReader.read("fixed-width", Path.of("samples/templates/fixed-width.csv"));
        assertThat(fixed.fixedWidth()).isTrue();
        assertThat(fixed.header()).isFalse();
        assertThat(fixed.columns().get(6).decimalSeparator()).isEqualTo((char) 0);
        assertThat(fixed.columns().get(6).alignRight()).isTrue();
    }

    @Test
    void anUnknownFieldIsRefusedAtItsCell() throws IOException {
        List<RunProblem> problems = refused("Column,Field\r\nVendor,VendorAccount\r\nCustomer,Customr\r\n");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).describe()).startsWith("bills.csv, row 3, column Field: unknown field 'Customr'");
    }

    @Test
    void aBadDatePatternIsRefusedAtItsCell() throws IOException {
        List<RunProblem> problems = refused("Colonne,Champ,Format de date\r\nDate,InvoiceDate,HH:mm\r\n");
        assertThat(problems).extracting(RunProblem::describe).containsExactly("bills.csv, row 2, column Format de date: "
                + "'HH:mm' is not a date pattern such as dd/MM/yyyy or yyyyMMdd");
    }

    @Test
    void aFormatThatDoesNotApplyToItsFieldIsRefused() throws IOException {
        List<RunProblem> problems = refused("Column,Field,Date format,Decimal separator\r\nAmount,Amount,dd/MM/yyyy,\r\n"
                + "Name,CustomerName,,\",\"\r\n");
        assertThat(problems).extracting(RunProblem::describe).containsExactly(
                "bills.csv, row 2, column Date format: Date format does not apply to field Amount",
                "bills.csv, row 3, column Decimal separator: Decimal separator does not apply to field CustomerName");
    }

    @Test
    void aFixedWidthFileNeedsEveryWidth() throws IOException {
        List<RunProblem> problems = refused("Setting,Value\r\nDelimiter,none\r\n\r\nColumn,Field,Width\r\n"
                + "Invoice,Invoice,15\r\nAmount,Amount,\r\nName,VendorName,wide\r\n");
        assertThat(problems).extracting(RunProblem::describe).containsExactly(
                "bills.csv, row 7, column Width: 'wide' must be a whole number of characters from 1 to 1000",
                "bills.csv, row 6, column Width: a fixed-width file (Delimiter none) needs the width of every column",
                "bills.csv, row 7, column Width: a fixed-width file (Delimiter none) needs the width of every column");
    }

    @Test
    void unknownAndBadSettingsAreRefusedAtTheirCells() throws IOException {
        List<RunProblem> problems = refused("Setting,Value\r\nColour,red\r\nEncoding,EBCDIC\r\nLineEnd,CR\r\n\r\n"
                + "Column,Field\r\nInvoice,Invoice\r\n");
        assertThat(problems).extracting(RunProblem::describe).containsExactly(
                "bills.csv, row 2, column Setting: unknown setting 'Colour'; settings are [FileName, Delimiter, "
                        + "Encoding, Header, LineEnd, Quote]",
                "bills.csv, row 3, column Value: Encoding 'EBCDIC' must be UTF-8, UTF-8 BOM, UTF-16, Windows-1252, "
                        + "ISO-8859-1 or ASCII",
                "bills.csv, row 4, column Value: LineEnd 'CR' must be CRLF or LF");
    }

    @Test
    void aTemplateWithoutColumnsIsRefused() throws IOException {
        assertThat(refused("Setting,Value\r\nDelimiter,;\r\n")).extracting(RunProblem::describe)
                .containsExactly("bills.csv: no columns table: a header row with the columns Column and Field "
                        + "(Colonne, Champ)");
    }

    @Test
    void aMissingTemplateIsNamedWithWhereItWasLookedFor() {
        RunRefused refused = catchThrowableOfType(RunRefused.class, () -> TemplateReader.find("sage", temp));
        assertThat(refused.problems().get(0).describe()).isEqualTo("ErpTargets template:sage: no template sage.xlsx, "
                + ".xls, .ods or .csv in " + temp.resolve("templates"));
    }
}
