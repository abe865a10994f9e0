package io.reimburse.output;

import com.opencsv.CSVWriter;
import io.reimburse.model.FormulaGuard;
import io.reimburse.model.OutputStyle;
import io.reimburse.model.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The one CSV writer configuration of every produced CSV: the run's delimiter, UTF-8 with an
 * optional BOM, CRLF line ends (what Excel and the Dynamics 365 data management framework read),
 * quotes only where a field needs them, and the formula guard on free text.
 */
public final class CsvOutput implements AutoCloseable {

    private final LineBufferCsvWriter writer;
    private final boolean formulaGuard;
    private final boolean quoteAll;
    private List<String> columns = List.of();
    private long rows;

    CsvOutput(Writer out, char delimiter, boolean formulaGuard) {
        this(out, delimiter, "\r\n", false, formulaGuard);
    }

    private CsvOutput(Writer out, char delimiter, String lineEnd, boolean quoteAll, boolean formulaGuard) {
        this.writer = new LineBufferCsvWriter(out, delimiter, lineEnd);
        this.quoteAll = quoteAll;
        this.formulaGuard = formulaGuard;
    }

    /**
     * A CSV of a format an ERP fixes (its delimiter and line end), over {@code out}, which closing this
     * closes; {@code quoteAll}: every field quoted, else only those that need it.
     */
    public static CsvOutput over(Writer out, char delimiter, String lineEnd, boolean quoteAll, boolean formulaGuard) {
        return new CsvOutput(out, delimiter, lineEnd, quoteAll, formulaGuard);
    }

    /**
     * opencsv's writer, quoting and escaping as it does, with two differences. A write that fails
     * throws: opencsv's writeNext keeps the exception for checkError(), and its close() does not
     * report it, so a full disk could leave a cut file behind a run that says it succeeded. And
     * one line buffer serves all lines: opencsv makes a 1,024-character buffer per line, a
     * gigabyte of garbage for the CSV files of a million-customer run.
     */
    private static final class LineBufferCsvWriter extends CSVWriter {
        private final StringBuilder line = new StringBuilder(INITIAL_STRING_SIZE);

        LineBufferCsvWriter(Writer out, char delimiter, String lineEnd) {
            super(out, delimiter, DEFAULT_QUOTE_CHARACTER, DEFAULT_ESCAPE_CHARACTER, lineEnd);
        }

        void writeLine(String[] fields, boolean quoteAll) throws IOException {
            line.setLength(0);
            writeNext(fields, quoteAll, line);
        }

        /**
         * A field that needs quotes, escaped as opencsv escapes it (the escape character before each quote
         * or escape character, both {@code "} here) but appended in runs: opencsv appends it one character
         * at a time through {@link Appendable}, and every invoice description holds a comma, so that loop was
         * the largest part of writing the CSV files of a million-customer run.
         */
        @Override
        protected void processLine(String field, Appendable out) throws IOException {
            int from = 0;
            for (int at = field.indexOf(quotechar); at >= 0; at = field.indexOf(quotechar, at + 1)) {
                out.append(field, from, at).append(escapechar);
                from = at;
            }
            out.append(field, from, field.length());
        }
    }

    public static CsvOutput create(Path file, Parameters parameters) throws IOException {
        return create(file, parameters.output());
    }

    /** A CSV file in the style the parameters CsvDelimiter, CsvBom and CsvFormulaGuard give. */
    public static CsvOutput create(Path file, OutputStyle style) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        if (style.csvBom()) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        return new CsvOutput(text, style.csvDelimiter(), style.csvFormulaGuard());
    }

    /**
     * Free text (names, addresses, descriptions, what an input error quotes) that a spreadsheet must not
     * run as a formula ({@link FormulaGuard}). Identifiers are written as they are: the input refused any
     * that begins like a formula.
     */
    public String text(String value) {
        return guard(value, formulaGuard);
    }

    /** Free text for a file whose format decides on the guard itself (output templates). */
    public static String guard(String value, boolean enabled) {
        if (value == null) {
            return "";
        }
        return enabled ? FormulaGuard.guarded(value) : value;
    }

    public void header(String... names) throws IOException {
        writer.writeLine(names, quoteAll);
        columns = List.of(names);
    }

    public void row(String... fields) throws IOException {
        writer.writeLine(fields, quoteAll);
        rows++;
    }

    /** The header's names, as written (none before the header). */
    public List<String> columns() {
        return columns;
    }

    /** Data rows written, header excluded. */
    public long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
