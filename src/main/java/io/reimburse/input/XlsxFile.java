package io.reimburse.input;

import com.github.pjfanning.xlsx.StreamingReader;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * An .xlsx workbook read row by row (excel-streaming-reader): no whole-sheet object model in
 * memory. POI's zip guard applies the zip limits of {@link Limits}; POI's XML parsers refuse
 * DOCTYPE declarations, so entity expansion cannot blow up. Library failures on a damaged file
 * are turned into run problems by {@link ReaderBoundary}.
 */
public final class XlsxFile {

    static {
        ZipSecureFile.setMinInflateRatio(Limits.MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(Limits.MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(Limits.MAX_ZIP_ENTRIES);
    }

    private XlsxFile() {
    }

    /** One table per sheet, hidden ones included, named in workbook order. */
    public static List<TableSource> tables(Path path) {
        List<TableSource> tables = new ArrayList<>();
        try (Workbook workbook = open(path)) {
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                String sheetName = workbook.getSheetName(i);
                tables.add(new TableSource(path, sheetName, () -> rows(path, sheetName)));
            }
        } catch (IOException e) {
            throw InputFailure.of(path.getFileName().toString(), "cannot be read: " + e.getMessage());
        }
        return tables;
    }

    private static Workbook open(Path path) {
        return StreamingReader.builder().rowCacheSize(200).bufferSize(64 * 1024)
                .setReadHyperlinks(false).setReadComments(false).open(path.toFile());
    }

    private static RowStream rows(Path path, String sheetName) {
        Workbook workbook = open(path);
        String file = path.getFileName().toString();
        Iterator<Row> rows;
        try {
            Sheet sheet = workbook.getSheet(sheetName);
            rows = sheet.iterator();
        } catch (RuntimeException e) {
            closeQuietly(workbook);
            throw e;
        }
        return new RowStream() {
            private long count;

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public RawRow next() {
                Row row = rows.next();
                // counted as well as numbered: a crafted sheet can repeat one row number forever
                if (++count > Limits.MAX_ROWS || row.getRowNum() >= Limits.MAX_ROWS) {
                    throw InputFailure.of(file, sheetName, "has more than " + Limits.MAX_ROWS + " rows");
                }
                return PoiCells.row(row, file, sheetName);
            }

            @Override
            public void close() {
                closeQuietly(workbook);
            }
        };
    }

    private static void closeQuietly(Workbook workbook) {
        try {
            workbook.close();
        } catch (IOException e) {
            // the file was only read: nothing is lost if closing fails
        }
    }
}
