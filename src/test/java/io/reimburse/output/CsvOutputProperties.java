package io.reimburse.output;

import com.opencsv.CSVWriter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** CsvOutput writes every line exactly as opencsv's own writer, configured alike, writes it. */
class CsvOutputProperties {

    /** Fields made of what a CSV must quote or escape (quotes, delimiters, line breaks) and plain text. */
    @Provide
    Arbitrary<List<String[]>> lines() {
        Arbitrary<String> pieces = Arbitraries.of("a", "Client 2 SA", "é", "東京", "😀", "\"", "\"\"", ",", ";", "\t",
                "\r", "\n", "\r\n", " ", "'", "=1+2", "x".repeat(300));
        Arbitrary<String> field = pieces.list().ofMaxSize(12).map(list -> String.join("", list));
        return field.array(String[].class).ofMinSize(1).ofMaxSize(8).list().ofMinSize(1).ofMaxSize(5);
    }

    @Provide
    Arbitrary<Character> delimiters() {
        return Arbitraries.of(',', ';', '\t', '|');
    }

    @Property(tries = 500)
    void writesEachLineAsOpencsvDoes(@ForAll("lines") List<String[]> lines, @ForAll("delimiters") char delimiter,
                                     @ForAll boolean quoteAll, @ForAll boolean crlf) throws IOException {
        String lineEnd = crlf ? "\r\n" : "\n";
        StringWriter ours = new StringWriter();
        try (CsvOutput csv = CsvOutput.over(ours, delimiter, lineEnd, quoteAll, false)) {
            for (String[] line : lines) {
                csv.row(line);
            }
        }
        StringWriter opencsv = new StringWriter();
        try (CSVWriter writer = new CSVWriter(opencsv, delimiter, CSVWriter.DEFAULT_QUOTE_CHARACTER,
                CSVWriter.DEFAULT_ESCAPE_CHARACTER, lineEnd)) {
            for (String[] line : lines) {
                writer.writeNext(line, quoteAll);
            }
        }
        assertThat(ours.toString()).isEqualTo(opencsv.toString());
    }
}
