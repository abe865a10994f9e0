package io.reimburse.input;

import java.io.Closeable;
import java.util.NoSuchElementException;

/**
 * The rows of a table parsed as they are asked for (a workbook sheet's XML), as a {@link RowStream}:
 * closing early just stops parsing, and a failure is thrown again if rows are asked for after it.
 */
public abstract class ParsedRows implements RowStream {

    private final Closeable resources;
    private RawRow pending;
    private boolean ended;
    private RuntimeException failure;
    private boolean closed;

    /** {@code resources} (the parts read, the file) are closed with the rows. */
    protected ParsedRows(Closeable resources) {
        this.resources = resources;
    }

    /** Parses the next row: that row, or null at the end of the table. */
    protected abstract RawRow parseRow();

    @Override
    public final boolean hasNext() {
        if (pending == null && !ended) {
            if (failure != null) {
                throw failure;
            }
            if (closed) {
                throw new IllegalStateException("rows read after the stream was closed");
            }
            try {
                pending = parseRow();
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
            ended = pending == null;
        }
        return pending != null;
    }

    @Override
    public final RawRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RawRow row = pending;
        pending = null;
        return row;
    }

    @Override
    public final void close() {
        if (!closed) {
            closed = true;
            closeQuietly(resources);
        }
    }

    /** Closes what a reader opened: it only read, so nothing is lost if closing fails. */
    public static void closeQuietly(AutoCloseable... resources) {
        for (AutoCloseable resource : resources) {
            if (resource != null) {
                try {
                    resource.close();
                } catch (Exception e) {
                    // only read: nothing is lost
                }
            }
        }
    }
}
