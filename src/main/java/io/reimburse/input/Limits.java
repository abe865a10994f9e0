package io.reimburse.input;

/**
 * Every resource bound on input files, in one place: hitting one is a clear run problem naming the
 * file, never an OutOfMemoryError or a hang. The values leave room for the largest real exports
 * (Excel's own sheet holds 1,048,576 rows) while keeping a hostile file from exhausting memory.
 */
public final class Limits {

    private Limits() {
    }

    /** Largest input file read (CSV and .xlsx are streamed). */
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024 * 1024;
    /** Largest .xls read: POI HSSF holds the whole workbook in memory (the format tops out near this). */
    public static final long MAX_XLS_FILE_BYTES = 64L * 1024 * 1024;
    /** Most rows in one table. */
    public static final long MAX_ROWS = 20_000_000;
    /** Most columns in one row. */
    public static final int MAX_COLUMNS = 1_000;
    /** Longest cell text. */
    public static final int MAX_CELL_CHARS = 32_767; // Excel's own cell limit
    /** Longest CSV record, quoted line breaks included: a stray quote must not pull the whole file into one field. */
    public static final int MAX_CSV_RECORD_CHARS = 4 * 1024 * 1024;
    /**
     * Most lines in one CSV record (quoted line breaks): addresses need a handful, and a stray quote
     * is told at its record rather than after the rest of the file became one field.
     */
    public static final int MAX_CSV_RECORD_LINES = 100;
    /** Rows searched for the header below title rows. */
    public static final int HEADER_SEARCH_ROWS = 50;
    /** Rows kept aside while their decimal separator waits for the column's evidence ("1,234"). */
    public static final int MAX_ROWS_WAITING_FOR_EVIDENCE = 100_000;
    /** Zip bombs: smallest compression ratio accepted in .xlsx parts (POI ZipSecureFile). */
    public static final double MIN_INFLATE_RATIO = 0.005;
    /** Largest uncompressed .xlsx part (a full 1,048,576-row sheet fits). */
    public static final long MAX_ENTRY_BYTES = 1024L * 1024 * 1024;
    /** Most parts in an .xlsx zip: a workbook has tens; thousands are an attack on the zip directory. */
    public static final long MAX_ZIP_ENTRIES = 1_000;
}
