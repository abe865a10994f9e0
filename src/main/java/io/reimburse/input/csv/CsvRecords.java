package io.reimburse.input.csv;

import io.reimburse.input.Limits;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of a CSV text, per RFC 4180: fields split by the delimiter, a field that begins with
 * a quote is quoted (a doubled quote inside it is one quote, its delimiters and line breaks are its
 * own, kept as the file writes them: CRLF, LF or CR), a quote elsewhere is a character like any
 * other; records end at CRLF, LF or CR; an empty line is a record of one empty field.
 *
 * <p>Written here rather than taken from opencsv, which this replaces: opencsv reads line by line
 * and joins a quoted field's lines with LF (a CRLF inside quotes came out as LF), keeps a whole
 * record however long an unclosed quote makes it, and parses a multi-line record again for each
 * line. Three filters in front of it mended that, reading each character three more times; here
 * each character is looked at once, and a field is cut from the buffer as one String.
 */
final class CsvRecords implements Closeable {

    /** The text is not CSV: a quote is never closed, or text follows a closing quote. */
    static final class Malformed extends IOException {
        Malformed(String message) {
            super(message);
        }
    }

    private final Reader in;
    private final char delimiter;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int end;
    private final StringBuilder pieces = new StringBuilder();
    private final List<String> fields = new ArrayList<>();
    /** Characters and lines of the record being read, for the limits. */
    private long recordChars;
    private int recordLines;

    CsvRecords(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    /** The next record's fields; null after the last. */
    String[] next() throws IOException {
        if (!available()) {
            return null;
        }
        fields.clear();
        recordChars = 0;
        recordLines = 1;
        while (true) {
            if (available() && buffer[position] == '"') {
                position++;
                fields.add(quoted());
            } else {
                fields.add(unquoted());
            }
            if (!available()) {
                break;
            }
            char c = buffer[position++];
            if (c == delimiter) {
                continue;
            }
            if (c == '\r' && available() && buffer[position] == '\n') {
                position++;
            }
            break; // a line end: the field reader stops only at a delimiter or a line end
        }
        return fields.toArray(String[]::new);
    }

    /** An unquoted field, up to the delimiter, a line end or the end of the text. */
    private String unquoted() throws IOException {
        pieces.setLength(0);
        while (available()) {
            int start = position;
            while (position < end) {
                char c = buffer[position];
                if (c == delimiter || c == '\n' || c == '\r') {
                    return cut(start);
                }
                position++;
            }
            keep(start);
        }
        return pieces.toString();
    }

    /** A quoted field, its opening quote read, up to its closing quote and what must follow it. */
    private String quoted() throws IOException {
        pieces.setLength(0);
        while (true) {
            if (!available()) {
                throw new Malformed("Unterminated quoted field: field " + (fields.size() + 1)
                        + " opens a quote that the file never closes");
            }
            int start = position;
            while (position < end) {
                char c = buffer[position];
                if (c == '"') {
                    break;
                }
                if (c == '\n' || (c == '\r' && (position + 1 >= end || buffer[position + 1] != '\n'))) {
                    // a CR at the buffer's end followed by LF counts twice: harmless, the limit is generous
                    if (++recordLines > Limits.MAX_CSV_RECORD_LINES) {
                        throw new Malformed("a quoted field spans more than " + Limits.MAX_CSV_RECORD_LINES
                                + " lines (an unclosed quote?)");
                    }
                }
                position++;
            }
            if (position == end) {
                keep(start);
                continue;
            }
            keep(start);
            position++; // the quote
            if (available() && buffer[position] == '"') {
                pieces.append('"'); // a doubled quote is one quote
                position++;
                continue;
            }
            if (available() && buffer[position] != delimiter && buffer[position] != '\n' && buffer[position] != '\r') {
                throw new Malformed("Unterminated quoted field: field " + (fields.size() + 1)
                        + " has text after its closing quote (a quote inside a quoted field is written twice)");
            }
            return pieces.toString();
        }
    }

    /** The field from {@code start} to here, in one String when it lies in the buffer whole. */
    private String cut(int start) throws Malformed {
        count(position - start);
        if (pieces.length() == 0) {
            return new String(buffer, start, position - start);
        }
        pieces.append(buffer, start, position - start);
        return pieces.toString();
    }

    /** Keeps the characters from {@code start} to here: the field goes on past them. */
    private void keep(int start) throws Malformed {
        count(position - start);
        pieces.append(buffer, start, position - start);
    }

    private void count(int chars) throws Malformed {
        recordChars += chars;
        if (recordChars > Limits.MAX_CSV_RECORD_CHARS) {
            throw new Malformed("a record is longer than " + Limits.MAX_CSV_RECORD_CHARS
                    + " characters (an unclosed quote?)");
        }
    }

    /** Whether a character is there to read, the buffer refilled when it is all read. */
    private boolean available() throws IOException {
        if (position < end) {
            return true;
        }
        int read;
        do {
            read = in.read(buffer, 0, buffer.length);
        } while (read == 0);
        position = 0;
        end = Math.max(read, 0);
        return read > 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
