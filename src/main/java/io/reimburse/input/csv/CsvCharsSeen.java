package io.reimburse.input.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/** A reader in front of opencsv that shows each character read, in order, to {@link #see}. */
abstract class CsvCharsSeen extends FilterReader {

    CsvCharsSeen(Reader in) {
        super(in);
    }

    /** One character read from the file. */
    abstract void see(char c) throws IOException;

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            see((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            see(buffer[offset + i]);
        }
        return n;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
