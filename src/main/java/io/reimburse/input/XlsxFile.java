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

/** An .xlsx workbook read row by row (excel-streaming-reader): no whole-sheet object model in memory. */
public final class XlsxFile {

    static {
        ZipSecureFile.setMinInflateRatio(Limits.MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(Limits.MAX_ENTRY_BYTES);
    }

    private XlsxFile() {
    }

    /** One table per sheet, named in workbook order. */
    public static List<TableSource> tables(Path path) {
        List<TableSource> tables = new ArrayList<>();
        try (Workbook workbook = open(path)) {
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                String sheetName = workbook.getSheetName(i);
                tables.add(new TableSource(path, sheetName, () -> rows(path, sheetName)));
            }
        } catch (IOException e) {
            throw unreadable(path, e);
        }
        return tables;
    }

    private static Workbook open(Path path) {
        try {
            return StreamingReader.builder().rowCacheSize(200).bufferSize(64 * 1024)
                    .setReadHyperlinks(false).setReadComments(false).open(path.toFile());
        } catch (RuntimeException e) {
            throw unreadable(path, e);
        }
    }

    private static RuntimeException unreadable(Path path, Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (message.toLowerCase(java.util.Locale.ROOT).contains("password")
                || message.toLowerCase(java.util.Locale.ROOT).contains("encrypt")) {
            return InputFailure.of(path.getFileName().toString(),
                    "is password-protected; save it without a password and try again");
        }
        return InputFailure.of(path.getFileName().toString(), "is not a readable .xlsx workbook (" + message + ")");
    }

    private static RowStream rows(Path path, String sheetName) {
        Workbook workbook = open(path);
        String file = path.getFileName().toString();
        Sheet sheet = workbook.getSheet(sheetName);
        Iterator<Row> rows = sheet.iterator();
        return new RowStream() {
            @Override
            public boolean hasNext() {
                try {
                    return rows.hasNext();
                } catch (RuntimeException e) {
                    throw InputFailure.of(file, sheetName, "cannot be read further (" + e.getMessage() + ")");
                }
            }

            @Override
            public RawRow next() {
                Row row = rows.next();
                if (row.getRowNum() >= Limits.MAX_ROWS) {
                    throw InputFailure.of(file, sheetName, "has more than " + Limits.MAX_ROWS + " rows");
                }
                return PoiCells.row(row, file);
            }

            @Override
            public void close() {
                try {
                    workbook.close();
                } catch (IOException e) {
                    // the file was only read: nothing is lost if closing fails
                }
            }
        };
    }
}
