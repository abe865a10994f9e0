package io.reimburse.input;

import io.reimburse.input.csv.CsvFile;
import io.reimburse.model.Blocked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The readers on files as LibreOffice and Excel write them (see scripts/make-workbooks). */
class ReadersOnRealFilesTest {

    private static final Path FILES = Path.of("src/test/resources/files");

    @ParameterizedTest
    @ValueSource(strings = {"libreoffice-reader-traps.xlsx", "libreoffice-reader-traps.xls", "libreoffice-reader-traps.ods"})
    void workbookSavedByLibreOfficeIsReadSheetBySheet(String file) {
        ReadingPath.Read read = ReadingPath.read(List.of(FILES.resolve(file)));

        assertThat(read.parameters().minimums().minimumReimbursement()).isEqualByComparingTo("10");
        assertThat(read.parameters().balanceDate()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(read.rows()).extracting(r -> r.key().customerAccount())
                .containsExactly("C1", "C2", "C3", "C4", "C5", "C6");
        assertThat(read.row("C1").amount()).isEqualByComparingTo("-100.25");
        assertThat(read.row("C1").source().row()).isEqualTo(3);
        assertThat(read.row("C1").source().sheet()).isEqualTo("Soldes");
        assertThat(read.row("C2").amount()).as("number stored as text, French format").isEqualByComparingTo("-1234.56");
        assertThat(read.row("C3").amount()).as("formula -0.1-0.2: cached value without binary noise")
                .isEqualTo(new java.math.BigDecimal("-0.3"));
        assertThat(read.row("C4").amount()).as("hidden rows are read").isEqualByComparingTo("-40");
        assertThat(read.row("C5").blocked()).isEqualTo(Blocked.PAYMENT);
        assertThat(read.row("C6").source().row()).as("after an empty row").isEqualTo(9);
        assertThat(read.balances().totalLines()).as("the Sous-total line").isEqualTo(1);
        assertThat(read.balances().problems()).isEmpty();
    }

    @Test
    void openDocumentSpreadsheetAsLibreOfficeWritesIt() {
        ReadingPath.Read read = ReadingPath.read(List.of(FILES.resolve("libreoffice-ods-traps.ods")));

        assertThat(read.parameters().balanceDate()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(read.rows()).extracting(r -> r.key().customerAccount())
                .containsExactly("C1", "C2", "C3", "C4", "C6", "C6", "C7");
        assertThat(read.row("C1").name()).as("a doubled space (text:s)").isEqualTo("Deux  espaces");
        assertThat(read.row("C1").key().currency()).as("Devise after the merged Remarque and its covered cell")
                .isEqualTo("EUR");
        assertThat(read.row("C1").amount()).as("a currency cell").isEqualByComparingTo("-87.40");
        assertThat(read.row("C2").name()).as("two lines in the cell").isEqualTo("Ligne 1\nLigne 2");
        assertThat(read.row("C2").amount()).isEqualByComparingTo("-1234.56");
        assertThat(read.row("C3").amount()).as("formula -0.1-0.2: its cached value").isEqualTo(new java.math.BigDecimal("-0.3"));
        assertThat(read.row("C4").amount()).as("hidden rows are read").isEqualByComparingTo("-40");
        assertThat(read.rows()).filteredOn(r -> r.key().customerAccount().equals("C6"))
                .extracting(r -> r.source().row()).containsExactly(8L, 9L);
        assertThat(read.row("C7").amount()).as("a time of day in an unused column").isEqualByComparingTo("-5.5");
        assertThat(read.row("C7").source().row()).as("after an empty row").isEqualTo(11);
        assertThat(read.balances().totalLines()).isEqualTo(1);
        assertThat(read.balances().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.sheet()).isEqualTo("Soldes");
            assertThat(problem.row()).isEqualTo(7);
            assertThat(problem.column()).isEqualTo("Solde");
            assertThat(problem.value()).as("=1/0").isEqualTo("#DIV/0!");
        });
    }

    @Test
    void frenchCsvInWindows1252WithSemicolonsTitleRowAndTotalLine() {
        Path folder = Path.of("samples/fr");
        CsvFile csv = CsvFile.open(folder.resolve("soldes-clients.csv"));
        assertThat(csv.charset().name()).isEqualTo("windows-1252");
        assertThat(csv.delimiter()).isEqualTo(';');

        ReadingPath.Read read = ReadingPath.read(SpreadsheetFiles.inFolder(folder));

        assertThat(read.row("C00027").name()).isEqualTo("Société Générale d'Équipement");
        assertThat(read.row("C00084").name()).isEqualTo("Librairie Œuvres Complètes");
        assertThat(read.row("C00012").amount()).isEqualByComparingTo("-1250.00");
        assertThat(read.row("C00012").source().row()).as("title rows above the header count").isEqualTo(4);
        assertThat(read.row("C00118").amount()).isEqualByComparingTo("-23456.78");
        assertThat(read.row("C00071").blocked()).isEqualTo(Blocked.PAYMENT);
        assertThat(read.balances().totalLines()).isEqualTo(1);
        assertThat(read.balances().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("soldes-clients.csv");
            assertThat(problem.row()).isEqualTo(13);
            assertThat(problem.column()).isEqualTo("Solde");
            assertThat(problem.value()).isEqualTo("-1.234,5x");
            assertThat(problem.customerAccount()).isEqualTo("C00105");
        });
        assertThat(read.parameters().output().csvDelimiter()).isEqualTo(';');
        assertThat(read.parameters().transactionDate()).isEqualTo(LocalDate.of(2026, 11, 5));
    }
}
