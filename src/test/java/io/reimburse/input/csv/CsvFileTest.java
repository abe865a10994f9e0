package io.reimburse.input.csv;

import io.reimburse.input.Limits;
import io.reimburse.input.RawRow;
import io.reimburse.input.RowStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvFileTest {

    @TempDir
    Path folder;

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    private static List<RawRow> rows(CsvFile csv) {
        List<RawRow> rows = new ArrayList<>();
        try (RowStream stream = csv.table().open()) {
            stream.forEachRemaining(rows::add);
        }
        return rows;
    }

    private static byte[] concat(byte[] bom, byte[] text) {
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(text, 0, all, bom.length, text.length);
        return all;
    }

    @Test
    void utf8WithBomIsReadWithoutTheBomInTheFirstHeader() throws IOException {
        Path file = write("b.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "Compte client,Solde\nC1,-12.50\n".getBytes(StandardCharsets.UTF_8)));
        CsvFile csv = CsvFile.open(file);
        assertThat(csv.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(rows(csv).get(0).cell(0).display()).isEqualTo("Compte client");
    }

    @Test
    void utf16WithBomAsExcelUnicodeTextWritesIt() throws IOException {
        Path file = write("u.csv", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "Client\tSolde\r\nC1\t-1 234,56\r\nCé\t-3\r\n".getBytes(StandardCharsets.UTF_16LE)));
        CsvFile csv = CsvFile.open(file);
        assertThat(csv.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(csv.delimiter()).isEqualTo('\t');
        assertThat(rows(csv)).extracting(r -> r.cell(0).display()).containsExactly("Client", "C1", "Cé");
    }

    @Test
    void windows1252IsChosenWhenTheBytesAreNotUtf8() throws IOException {
        Path file = write("w.csv", "Client;Nom\r\nC1;Hôtel Œuf €\r\n".getBytes(Charset.forName("windows-1252")));
        CsvFile csv = CsvFile.open(file);
        assertThat(csv.charset().name()).isEqualTo("windows-1252");
        assertThat(rows(csv).get(1).cell(1).display()).isEqualTo("Hôtel Œuf €");
    }

    @Test
    void validUtf8WithoutBomStaysUtf8() throws IOException {
        Path file = write("n.csv", "Client;Nom\nC1;Hôtel\n".getBytes(StandardCharsets.UTF_8));
        assertThat(CsvFile.open(file).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void quotedFieldsKeepDelimitersQuotesAndLineBreaks() throws IOException {
        Path file = write("q.csv", ("Client;Nom;Solde\r\n"
                + "C1;\"Dupont; \"\"Fils\"\"\net associés\";\"-1 234,56\"\r\n"
                + "C2;Sans fin de ligne;-3,00").getBytes(StandardCharsets.UTF_8));
        List<RawRow> rows = rows(CsvFile.open(file));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).cell(1).display()).isEqualTo("Dupont; \"Fils\"\net associés");
        assertThat(rows.get(1).cell(2).display()).isEqualTo("-1 234,56");
        assertThat(rows.get(2).row()).isEqualTo(3);
        assertThat(rows.get(2).cell(2).display()).isEqualTo("-3,00");
    }

    @Test
    void aLineBreakInsideQuotesIsTheFilesOwnCrLfLfOrCr() throws IOException {
        Path file = write("crlf.csv", ("Client;Nom;Solde\r\n"
                + "C1;\"Once upon \r\na time\";-1\r\n"
                + "C2;\"two\r\n\r\nblank lines\";-2\n"
                + "C3;\"lf\nthen cr\rthen crlf\r\n\";-3\r"
                + "C4;\"ends with cr\r\";-4").getBytes(StandardCharsets.UTF_8));

        List<RawRow> rows = rows(CsvFile.open(file));

        assertThat(rows).extracting(r -> r.cell(1).display()).containsExactly("Nom", "Once upon \r\na time",
                "two\r\n\r\nblank lines", "lf\nthen cr\rthen crlf\r\n", "ends with cr\r");
        assertThat(rows).extracting(r -> r.cell(2).display()).containsExactly("Solde", "-1", "-2", "-3", "-4");
        assertThat(rows).extracting(RawRow::row).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Property(tries = 200)
    void quotedFieldsKeepTheirLineEndsWhateverTheFileEndsItsLinesWith(
            @ForAll("names") List<String> names, @ForAll("lineEnds") List<String> recordEnds) throws IOException {
        StringBuilder csv = new StringBuilder("Client;Nom\r\n");
        for (int i = 0; i < names.size(); i++) {
            csv.append("C").append(i).append(";\"").append(names.get(i)).append('"')
                    .append(recordEnds.get(i % recordEnds.size()));
        }
        Path file = Files.createTempFile("line-ends", ".csv");
        try {
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            List<RawRow> rows = rows(CsvFile.open(file));
            assertThat(rows.subList(1, rows.size())).extracting(r -> r.cell(1).display()).containsExactlyElementsOf(
                    names.stream().map(name -> name.replace("\"\"", "\"")).toList()); // a doubled quote is one
        } finally {
            Files.delete(file);
        }
    }

    @Provide
    Arbitrary<List<String>> names() {
        Arbitrary<String> piece = Arbitraries.of("a", "Once", " ", ";", "\"\"", "\r", "\n", "\r\n", "é");
        return piece.list().ofMaxSize(8).map(pieces -> String.join("", pieces)).list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<String>> lineEnds() {
        return Arbitraries.of("\r\n", "\n", "\r").list().ofMinSize(1).ofMaxSize(3);
    }

    @Test
    void delimiterIsTheOneThatSplitsLinesConsistentlyNotTheDecimalComma() {
        assertThat(CsvFile.detectDelimiter("Titre de l'export\nClient;Solde;Devise\nC1;-1,50;EUR\nC2;-12,00;EUR\n"))
                .isEqualTo(';');
        assertThat(CsvFile.detectDelimiter("Client,Solde\nC1,\"-1,50\"\nC2,-3\n")).isEqualTo(',');
        assertThat(CsvFile.detectDelimiter("Client|Solde|Devise\nC1|-1.50|EUR\n")).isEqualTo('|');
    }

    private static String refusal(Path file) {
        try {
            rows(CsvFile.open(file));
        } catch (io.reimburse.model.RunRefused refused) {
            return refused.getMessage();
        }
        throw new AssertionError("not refused");
    }

    @Test
    @Timeout(20)
    void aStrayQuoteDoesNotPullTheRestOfALargeFileIntoOneField() throws IOException {
        String line = "C1,-1.50,Some name\n";
        Path manyLines = write("stray.csv", ("Customer,Balance,Name\nC0,\"-1.00,x\n" + line.repeat(300_000))
                .getBytes(StandardCharsets.UTF_8));
        String longLine = "C1,-1.50,Some name that goes on" + "x".repeat(100_000) + "\n";
        Path longLines = write("stray-long.csv", ("Customer,Balance,Name\nC0,\"-1.00,x\n" + longLine.repeat(60))
                .getBytes(StandardCharsets.UTF_8));

        assertThat(refusal(manyLines)).contains("stray.csv").contains("record 2").contains("unclosed quote");
        assertThat(refusal(longLines)).contains("stray-long.csv").contains("record 2").contains("unclosed quote");
    }

    @Test
    void tooManyColumnsOrTooLongAFieldIsRefused() throws IOException {
        Path wide = write("wide.csv", ("Customer,Balance" + ",x".repeat(Limits.MAX_COLUMNS) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        Path longField = write("long.csv", ("Customer,Balance\nC1," + "9".repeat(Limits.MAX_CELL_CHARS + 1) + "\n")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(refusal(wide)).contains("wide.csv").contains("more than " + Limits.MAX_COLUMNS);
        assertThat(refusal(longField)).contains("long.csv").contains("more than " + Limits.MAX_CELL_CHARS);
    }
}
