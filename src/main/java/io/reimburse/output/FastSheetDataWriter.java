package io.reimburse.output;

import org.apache.poi.xssf.streaming.SheetDataWriter;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.Writer;

/**
 * POI's sheet data writer for the streamed sheets, their rows made by {@link StreamedRow} instead of
 * POI's row and cell objects (a row object, a tree map of cells, a cell and a value object per cell,
 * a reference string and a code-point iterator per cell when written: 2.5 GB of garbage on a
 * million-customer report), written to the temporary file through a writer without locks.
 */
final class FastSheetDataWriter extends SheetDataWriter {

    /** Writes to a temporary file, as POI's does, through a writer without locks ({@link SheetXmlWriter}). */
    FastSheetDataWriter() throws IOException {
        super();
    }

    @Override
    public Writer createWriter(File file) throws IOException {
        return new SheetXmlWriter(new BufferedOutputStream(new FileOutputStream(file), 1 << 16));
    }

    /** Writes to {@code out} (tests compare it with POI's own writer). */
    FastSheetDataWriter(Writer out) throws IOException {
        super(out);
    }

    /**
     * A whole row, its cells' XML made by {@link StreamedRow}: the row tag as POI writes it, with its
     * height when set ({@code height} in points, NaN for the default).
     */
    void writeRow(int rowIndex, float height, CharSequence cells) throws IOException {
        _out.write("<row r=\"");
        _out.write(Integer.toString(rowIndex + 1));
        _out.write('"');
        if (!Float.isNaN(height)) {
            _out.write(" customHeight=\"1\" ht=\"");
            _out.write(Float.toString(height));
            _out.write('"');
        }
        _out.write(">\n");
        _out.append(cells);
        _out.write("</row>\n");
    }
}
