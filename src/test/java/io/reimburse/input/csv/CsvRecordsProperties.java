package io.reimburse.input.csv;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What an RFC 4180 writer writes, the records read back, field for field, whatever the buffer cuts. */
class CsvRecordsProperties {

    @Provide
    Arbitrary<List<List<String>>> tables() {
        Arbitrary<String> pieces = Arbitraries.of("a", "Dupont", " ", ";", ",", "\"", "\"\"", "\r", "\n", "\r\n", "é",
                "😀", "\t", "x".repeat(40_000));
        Arbitrary<String> fields = pieces.list().ofMaxSize(5).map(list -> String.join("", list));
        return fields.list().ofMinSize(1).ofMaxSize(6).list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<String> lineEnds() {
        return Arbitraries.of("\r\n", "\n", "\r");
    }

    @Property(tries = 300)
    void readsBackWhatAWriterWrote(@ForAll("tables") List<List<String>> table, @ForAll("lineEnds") String lineEnd,
                                   @ForAll boolean quoteAll, @ForAll boolean lastLineEnds) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < table.size(); r++) {
            List<String> record = table.get(r);
            for (int f = 0; f < record.size(); f++) {
                String field = record.get(f);
                boolean needs = field.contains(";") || field.contains("\"") || field.contains("\r")
                        || field.contains("\n") || (record.size() == 1 && field.isEmpty());
                text.append(f > 0 ? ";" : "").append(quoteAll || needs ? '"' + field.replace("\"", "\"\"") + '"' : field);
            }
            if (r < table.size() - 1 || lastLineEnds) {
                text.append(lineEnd);
            }
        }

        assertThat(records(text.toString(), ';')).isEqualTo(table);
    }

    @Test
    void quotesAsRfc4180AndExcelHaveThem() throws IOException {
        assertThat(records("a\"b,c\n\"a\"\"b\",\"\"\n\n,\n \"x\",y", ',')).containsExactly(List.of("a\"b", "c"),
                List.of("a\"b", ""), List.of(""), List.of("", ""), List.of(" \"x\"", "y"));
    }

    @Test
    void aQuoteNeverClosedOrTextAfterAClosingQuoteIsNotCsv() {
        assertThatThrownBy(() -> records("a,\"b\nc,d\n", ',')).isInstanceOf(CsvRecords.Malformed.class)
                .hasMessageContaining("Unterminated quoted field: field 2 opens a quote");
        assertThatThrownBy(() -> records("\"ab\"c,d\n", ',')).isInstanceOf(CsvRecords.Malformed.class)
                .hasMessageContaining("field 1 has text after its closing quote");
        assertThatThrownBy(() -> records("\"x\" ,y\n", ',')).isInstanceOf(CsvRecords.Malformed.class);
    }

    private static List<List<String>> records(String text, char delimiter) throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (CsvRecords csv = new CsvRecords(new StringReader(text), delimiter)) {
            for (String[] record = csv.next(); record != null; record = csv.next()) {
                records.add(Arrays.asList(record));
            }
        }
        return records;
    }
}
