package io.reimburse.output;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;

/**
 * POI's streaming workbook, zipped at the fastest deflate level (compressing the sheets'
 * XML at the default level was a third of the time of a 300,000-row report, for files
 * only slightly smaller), its sheets' rows written straight to their XML ({@link StreamedRow}).
 */
final class FastZipWorkbook extends SXSSFWorkbook {

    private final Map<Sheet, FastSheetDataWriter> writers = new IdentityHashMap<>();
    private FastSheetDataWriter created;

    FastZipWorkbook(XSSFWorkbook template, int rowWindow) {
        super(template, rowWindow);
    }

    /**
     * The sheets' XML goes to temporary files as POI's does, through a writer without locks, written
     * without a reference string or a code-point iterator per cell ({@link FastSheetDataWriter}).
     */
    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        created = new FastSheetDataWriter();
        return created;
    }

    @Override
    public SXSSFSheet createSheet(String name) {
        SXSSFSheet sheet = super.createSheet(name);
        writers.put(sheet, created);
        return sheet;
    }

    /** The writer of a sheet of a workbook of this kind, which takes whole rows ({@link StreamedRow}). */
    static Optional<FastSheetDataWriter> writerOf(Sheet sheet) {
        return sheet.getWorkbook() instanceof FastZipWorkbook workbook
                ? Optional.ofNullable(workbook.writers.get(sheet)) : Optional.empty();
    }

    /** Deflated at the fastest level, on every core ({@link ChunkedDeflateZip}). */
    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        return new ChunkedDeflateZip(out, Deflater.BEST_SPEED);
    }
}
