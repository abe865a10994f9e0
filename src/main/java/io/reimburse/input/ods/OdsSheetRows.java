package io.reimburse.input.ods;

import io.reimburse.input.RawRow;
import io.reimburse.input.RowStream;
import io.reimburse.model.RunRefused;

import java.io.Closeable;
import java.io.IOException;
import java.util.NoSuchElementException;

/**
 * The rows of one .ods sheet as a {@link RowStream}: each row element is parsed when a row is
 * asked for ({@link OdsSheetXml}); one that stands for several rows gives them one by one, and a
 * blank run is passed over (its rows are empty). A failure is thrown again if rows are asked for after it.
 */
final class OdsSheetRows implements RowStream {

    private final OdsSheetXml sheet;
    private final Closeable resources;
    private OdsSheetXml.RowRun run;
    private long runFirstRow;
    private long given;
    private boolean ended;
    private RuntimeException failure;
    private boolean closed;

    /** Rows of {@code sheet}; {@code resources} (the content part and the zip) close with it. */
    OdsSheetRows(OdsSheetXml sheet, Closeable resources) {
        this.sheet = sheet;
        this.resources = resources;
    }

    @Override
    public boolean hasNext() {
        while (!ended && (run == null || given == run.repeated())) {
            if (failure != null) {
                throw failure;
            }
            if (closed) {
                throw new IllegalStateException("rows read after the stream was closed");
            }
            try {
                runFirstRow = sheet.rowNumber();
                run = sheet.readRow();
            } catch (RunRefused e) {
                failure = e;
                throw e;
            }
            given = 0;
            ended = run == null;
            if (run != null && run.blank()) {
                given = run.repeated();
            }
        }
        return !ended;
    }

    @Override
    public RawRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return new RawRow(runFirstRow + given++, run.cells());
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            resources.close();
        } catch (IOException e) {
            // only read: nothing is lost if closing fails
        }
    }
}
