package io.reimburse.output.erp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * An Oracle Fusion file-based data import CSV: its columns in the control file's order (resources
 * copied from the reference lists). A row is given by column name and written in that order, every
 * other column empty, so no value lands in the wrong position.
 */
enum FbdiFile {
    INVOICES("ApInvoicesInterface"),
    INVOICE_LINES("ApInvoiceLinesInterface"),
    SUPPLIERS("PozSuppliersInt");

    private final String file;
    private final List<String> columns;

    FbdiFile(String name) {
        this.file = name + ".csv";
        String resource = "/oracle-fbdi/" + name + ".columns.txt";
        try (InputStream in = FbdiFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            this.columns = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's name in the zip. */
    String file() {
        return file;
    }

    List<String> columns() {
        return columns;
    }

    /** A row: each value at its column's position. */
    String[] row(Map<String, String> values) {
        String[] row = new String[columns.size()];
        java.util.Arrays.fill(row, "");
        values.forEach((column, value) -> {
            int index = columns.indexOf(column);
            if (index < 0) {
                throw new IllegalStateException(column + " is not a column of " + file);
            }
            row[index] = value;
        });
        return row;
    }
}
