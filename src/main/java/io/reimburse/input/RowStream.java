package io.reimburse.input;

import java.io.Closeable;
import java.util.Iterator;

/** The rows of one table, read one at a time; closing releases the file. */
public interface RowStream extends Iterator<RawRow>, Closeable {

    @Override
    void close();
}
