package io.reimburse.output;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The formula guard of SPEC §5 on every character a spreadsheet starts a formula with. */
class CsvOutputTest {

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
