package io.reimburse.input;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** An Excel 97-2003 workbook (.xls, at most 65,536 rows a sheet): read whole with POI HSSF. */
public final class XlsFile {

    private XlsFile() {
    }

    /** One table per sheet; the workbook is read once and its rows kept (xls sheets are small by format). */
    public static List<TableSource> tables(Path path) {
        String file = path.getFileName().toString();
        List<TableSource> tables = new ArrayList<>();
        try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptedPackage")) {
                throw new EncryptedDocumentException("encrypted .xlsx");
            }
            tables.addAll(sheets(path, new HSSFWorkbook(fs.getRoot(), true)));
        } catch (io.reimburse.model.RunRefused e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw InputFailure.of(file, "is password-protected; save it without a password and try again");
        } catch (IOException | RuntimeException e) {
            throw InputFailure.of(file, "is not a readable Excel 97-2003 workbook (" + e.getMessage() + ")");
        }
        return tables;
    }

    private static List<TableSource> sheets(Path path, HSSFWorkbook workbook) throws IOException {
        String file = path.getFileName().toString();
        List<TableSource> tables = new ArrayList<>();
        try (workbook) {
            for (Sheet sheet : workbook) {
                List<RawRow> rows = new ArrayList<>();
                for (Row row : sheet) {
                    rows.add(PoiCells.row(row, file));
                }
                tables.add(new TableSource(path, sheet.getSheetName(), () -> listStream(rows)));
            }
        }
        return tables;
    }

    private static RowStream listStream(List<RawRow> rows) {
        Iterator<RawRow> iterator = rows.iterator();
        return new RowStream() {
            @Override
            public boolean hasNext() {
                return iterator.hasNext();
            }

            @Override
            public RawRow next() {
                return iterator.next();
            }

            @Override
            public void close() {
                // nothing held open
            }
        };
    }
}
