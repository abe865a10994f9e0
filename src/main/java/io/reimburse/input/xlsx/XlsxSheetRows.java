package io.reimburse.input.xlsx;

import io.reimburse.input.RawRow;
import io.reimburse.input.RowStream;
import io.reimburse.model.RunRefused;

import java.io.Closeable;
import java.io.IOException;
import java.util.NoSuchElementException;

/**
 * The rows of one .xlsx sheet as a {@link RowStream}: each row is parsed when it is asked for
 * ({@link XlsxSheetXml}), so closing early just stops reading; a failure is thrown again if the
 * rows are asked for after it.
 */
final class XlsxSheetRows implements RowStream {

    private final XlsxSheetXml sheet;
    private final Closeable resources;
    private RawRow pending;
    private boolean ended;
    private RuntimeException failure;
    private boolean closed;

    /** Rows of {@code sheet}; {@code resources} (the part's stream, the shared strings, the package) close with it. */
    XlsxSheetRows(XlsxSheetXml sheet, Closeable resources) {
        this.sheet = sheet;
        this.resources = resources;
    }

    @Override
    public boolean hasNext() {
        if (pending == null && !ended) {
            if (failure != null) {
                throw failure;
            }
            if (closed) {
                throw new IllegalStateException("rows read after the stream was closed");
            }
            try {
                pending = sheet.readRow();
            } catch (RunRefused e) {
                failure = e;
                throw e;
            }
            ended = pending == null;
        }
        return pending != null;
    }

    @Override
    public RawRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RawRow row = pending;
        pending = null;
        return row;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        sheet.close();
        try {
            resources.close();
        } catch (IOException e) {
            // only read: nothing is lost if closing fails
        }
    }
}
