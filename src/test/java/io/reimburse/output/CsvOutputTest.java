package io.reimburse.output;

import io.reimburse.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The CSV files' form (SPEC §5) and the formula guard on every character a spreadsheet starts a formula with. */
class CsvOutputTest {

    @TempDir
    Path temp;

    @Test
    void fieldsAreQuotedOnlyWhereTheyNeedItAndLinesEndInCrLf() throws IOException {
        Path file = temp.resolve("out.csv");
        try (CsvOutput csv = CsvOutput.create(file, PaymentRuns.parameters(Language.FR, false))) { // ';', BOM
            csv.header("A", "B", "C", "D", "E");
            csv.row("a;b", "say \"hi\"", "x\r\ny", "plain", "");
            csv.row("é", "", "", "", "1234.50");
            assertThat(csv.rows()).isEqualTo(2);
        }

        assertThat(Files.readAllBytes(file)).isEqualTo(("\uFEFFA;B;C;D;E\r\n"
                + "\"a;b\";\"say \"\"hi\"\"\";\"x\r\ny\";plain;\r\n"
                + "é;;;;1234.50\r\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aWriteThatFailsStopsTheRunInsteadOfLeavingACutFile() {
        Writer disk = new Writer() { // a disk that fills up after 100 KB
            private long written;

            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                written += length;
                if (written > 100_000) {
                    throw new IOException("No space left on device");
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        CsvOutput csv = new CsvOutput(new BufferedWriter(disk, 1 << 16), ';', true);

        assertThatThrownBy(() -> {
            for (int i = 0; i < 100_000; i++) {
                csv.row("FR01", "C" + i, "A customer name long enough to fill the buffer soon");
            }
        }).isInstanceOf(IOException.class).hasMessage("No space left on device");
        assertThat(csv.rows()).as("rows written before the failure").isBetween(1_000L, 3_000L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+33 1 23", "-2+3", "@SUM(A1)", "\tTab", "\rReturn"})
    void freeTextThatASpreadsheetWouldRunGetsALeadingQuote(String text) {
        assertThat(CsvOutput.guard(text, true)).isEqualTo("'" + text);
        assertThat(CsvOutput.guard(text, false)).as("CsvFormulaGuard = No").isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Boulangerie Martin", "", "1 rue du Port", "C=3"})
    void otherTextIsWrittenAsItIs(String text) {
        assertThat(CsvOutput.guard(text, true)).isEqualTo(text);
    }
}
