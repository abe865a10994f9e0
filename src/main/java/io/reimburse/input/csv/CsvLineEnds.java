package io.reimburse.input.csv;

import java.io.Reader;
import java.util.Arrays;

/**
 * Notes the line ends of a CSV file as opencsv reads it, so that a quoted field spanning lines
 * keeps its own: opencsv reads line by line ({@code BufferedReader.readLine}, which drops the line
 * end) and joins the lines of a quoted field with {@code \n}, so {@code "Once upon \r\na time"} came
 * out as {@code Once upon \na time}. Its {@code keepCarriageReturn} option is no way out: its line
 * reader takes an empty line for the end of the file.
 *
 * <p>Each line end ({@code \r\n}, {@code \n} or {@code \r}, as readLine splits lines) is noted in
 * order; the record that spans n lines gives back its first n - 1 line ends, one for each
 * {@code \n} opencsv put in its fields, in order ({@link #restore}).
 */
final class CsvLineEnds extends CsvCharsSeen {

    private static final String[] ENDS = {"\n", "\r", "\r\n"};
    private static final byte LF = 0;
    private static final byte CR = 1;
    private static final byte CRLF = 2;

    // a queue of the line ends read ahead of the records (BufferedReader reads ahead): a ring of bytes
    private byte[] ends = new byte[64];
    private int first;
    private int count;
    private boolean afterCr;

    CsvLineEnds(Reader in) {
        super(in);
    }

    @Override
    void see(char c) {
        if (c == '\n') {
            if (afterCr) {
                if (count > 0) {
                    ends[(first + count - 1) % ends.length] = CRLF; // unless the record took its CR already
                }
            } else {
                add(LF);
            }
            afterCr = false;
        } else if (c == '\r') {
            add(CR);
            afterCr = true;
        } else {
            afterCr = false;
        }
    }

    private void add(byte end) {
        if (count == ends.length) {
            byte[] grown = new byte[ends.length * 2];
            for (int i = 0; i < count; i++) {
                grown[i] = ends[(first + i) % ends.length];
            }
            ends = grown;
            first = 0;
        }
        ends[(first + count) % ends.length] = end;
        count++;
    }

    private String take() {
        if (count == 0) {
            return null; // the file's last line, which has no end
        }
        String end = ENDS[ends[first]];
        first = (first + 1) % ends.length;
        count--;
        return end;
    }

    /**
     * The fields of a record that took {@code lines} lines, with the line ends the file has where
     * opencsv wrote {@code \n}; the record's line ends are taken from the queue.
     */
    String[] restore(String[] fields, long lines) {
        if (lines <= 1) {
            take();
            return fields;
        }
        String[] joins = new String[(int) lines - 1];
        for (int i = 0; i < joins.length; i++) {
            joins[i] = take();
        }
        take();
        if (Arrays.stream(joins).allMatch("\n"::equals)) {
            return fields;
        }
        String[] restored = fields.clone();
        int join = 0;
        for (int f = 0; f < restored.length; f++) {
            String field = restored[f];
            if (field == null || field.indexOf('\n') < 0) {
                continue;
            }
            StringBuilder exact = new StringBuilder(field.length() + 8);
            for (int i = 0; i < field.length(); i++) {
                char c = field.charAt(i);
                if (c == '\n' && join < joins.length) {
                    exact.append(joins[join++]);
                } else {
                    exact.append(c);
                }
            }
            restored[f] = exact.toString();
        }
        return restored;
    }
}
