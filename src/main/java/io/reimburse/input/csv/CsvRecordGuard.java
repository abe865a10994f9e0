package io.reimburse.input.csv;

import io.reimburse.input.Limits;

import java.io.IOException;
import java.io.Reader;

/**
 * Counts the characters of the CSV record being read and stops at {@link Limits#MAX_CSV_RECORD_CHARS}:
 * opencsv keeps a whole record in memory, so one stray quote in a large file would otherwise pull
 * everything after it into a single field. Follows RFC 4180 quoting (a quote opens a field only at
 * its start; a doubled quote inside stays inside) just enough to know where records end.
 */
final class CsvRecordGuard extends CsvCharsSeen {

    /** The record is longer than the limit. */
    static final class RecordTooLong extends IOException {
        RecordTooLong() {
            super("a record is longer than " + Limits.MAX_CSV_RECORD_CHARS + " characters (an unclosed quote?)");
        }
    }

    private final char delimiter;
    private long recordChars;
    private boolean quoted;
    private boolean fieldStart = true;
    private boolean justClosed;

    CsvRecordGuard(Reader in, char delimiter) {
        super(in);
        this.delimiter = delimiter;
    }

    @Override
    void see(char c) throws RecordTooLong {
        if (quoted) {
            if (c == '"') {
                quoted = false;
                justClosed = true;
            }
        } else if (c == '"' && (fieldStart || justClosed)) {
            quoted = true;
            justClosed = false;
            fieldStart = false;
        } else {
            justClosed = false;
            if (c == '\n' || c == '\r') {
                recordChars = 0;
                fieldStart = true;
                return;
            }
            fieldStart = c == delimiter;
        }
        if (++recordChars > Limits.MAX_CSV_RECORD_CHARS) {
            throw new RecordTooLong();
        }
    }
}
