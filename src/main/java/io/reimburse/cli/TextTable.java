package io.reimburse.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain text table for the terminal: columns padded to their widest value. A table too long to
 * hold is {@link #streamed}: its widths are known before its rows (the register measures them).
 */
final class TextTable {

    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] rightAligned;

    TextTable(String[] header, boolean... rightAligned) {
        rows.add(header);
        this.rightAligned = rightAligned;
    }

    void add(String... cells) {
        rows.add(cells);
    }

    void print(PrintWriter out) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], value(row, i).length());
            }
        }
        Streamed table = new Streamed(out, rows.get(0), widths, rightAligned);
        rows.stream().skip(1).forEach(table::row);
        out.flush();
    }

    /**
     * Prints the header and returns the table to print rows into as they come; a column is at least
     * as wide as its header, and a value longer than its width pushes the rest of its line only.
     */
    static Streamed streamed(PrintWriter out, String[] header, int[] widths, boolean... rightAligned) {
        return new Streamed(out, header, widths, rightAligned);
    }

    /** Rows printed one by one at widths known in advance. */
    static final class Streamed {
        private final PrintWriter out;
        private final int[] widths;
        private final boolean[] rightAligned;
        private final StringBuilder line = new StringBuilder();

        private Streamed(PrintWriter out, String[] header, int[] widths, boolean[] rightAligned) {
            this.out = out;
            this.widths = new int[header.length];
            for (int i = 0; i < header.length; i++) {
                this.widths[i] = Math.max(header[i].length(), i < widths.length ? widths[i] : 0);
            }
            this.rightAligned = rightAligned;
            row(header);
            line.setLength(0);
            for (int i = 0; i < this.widths.length; i++) {
                line.append(i == 0 ? "" : "  ").append("-".repeat(this.widths[i]));
            }
            out.println(line);
        }

        void row(String... cells) {
            line.setLength(0);
            for (int i = 0; i < widths.length; i++) {
                String cell = value(cells, i);
                int padding = Math.max(0, widths[i] - cell.length());
                boolean right = i < rightAligned.length && rightAligned[i];
                line.append(i == 0 ? "" : "  ");
                if (right) {
                    line.append(" ".repeat(padding)).append(cell);
                } else {
                    line.append(cell).append(" ".repeat(padding));
                }
            }
            int end = line.length();
            while (end > 0 && line.charAt(end - 1) == ' ') {
                end--;
            }
            line.setLength(end);
            out.println(line);
        }
    }

    private static String value(String[] row, int i) {
        return i < row.length && row[i] != null ? row[i] : "";
    }
}
