package io.reimburse.input.xls;

import io.reimburse.input.InputFailure;
import io.reimburse.input.Limits;
import io.reimburse.input.RawRow;
import io.reimburse.input.ReaderBoundary;
import io.reimburse.input.RowStream;
import io.reimburse.input.TableSource;
import io.reimburse.input.workbook.PoiCells;
import io.reimburse.model.RunRefused;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * An Excel 97-2003 workbook (.xls, at most 65,536 rows a sheet): read whole with POI HSSF, which
 * is why its size has its own limit. An OLE2 file holding an encrypted .xlsx is refused as
 * password-protected; other library failures become run problems through {@link ReaderBoundary}.
 */
public final class XlsFile {

    private XlsFile() {
    }

    /** One table per sheet; the workbook is read once and its rows kept (xls sheets are small by format). */
    public static List<TableSource> tables(Path path) {
        String file = path.getFileName().toString();
        try {
            if (Files.size(path) > Limits.MAX_XLS_FILE_BYTES) {
                throw InputFailure.of(file, "is an Excel 97-2003 workbook larger than "
                        + Limits.MAX_XLS_FILE_BYTES / (1024 * 1024) + " MB, the most read in that format; "
                        + "save it as .xlsx or .csv");
            }
            try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true)) {
                if (fs.getRoot().hasEntry("EncryptedPackage")) {
                    throw passwordProtected(file);
                }
                return sheets(path, new HSSFWorkbook(fs.getRoot(), true));
            }
        } catch (EncryptedDocumentException e) {
            throw passwordProtected(file);
        } catch (OldExcelFormatException e) {
            throw olderThanExcel97(file, "5.0/95");
        } catch (IOException e) {
            throw InputFailure.of(file, "is not a readable Excel 97-2003 workbook (" + e.getMessage() + ")");
        }
    }

    /** A workbook of an Excel older than 97 (POI reads the BIFF8 records of Excel 97-2003 only). */
    public static RunRefused olderThanExcel97(String file, String version) {
        return InputFailure.of(file, "is an Excel " + version + " workbook, older than the Excel 97-2003 .xls this "
                + "tool reads: open it in Excel or LibreOffice and save it as .xlsx");
    }

    private static RunRefused passwordProtected(String file) {
        return InputFailure.of(file, ReaderBoundary.PASSWORD_PROTECTED);
    }

    private static List<TableSource> sheets(Path path, HSSFWorkbook workbook) throws IOException {
        String file = path.getFileName().toString();
        List<TableSource> tables = new ArrayList<>();
        try (workbook) {
            for (Sheet sheet : workbook) {
                List<RawRow> rows = new ArrayList<>();
                for (Row row : sheet) {
                    rows.add(PoiCells.row(row, file, sheet.getSheetName()));
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
