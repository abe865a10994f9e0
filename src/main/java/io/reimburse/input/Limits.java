package io.reimburse.input;

/** Every resource bound on input files, in one place: hitting one is a clear run problem. */
public final class Limits {

    private Limits() {
    }

    /** Largest input file read. */
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024 * 1024;
    /** Most rows in one table. */
    public static final long MAX_ROWS = 20_000_000;
    /** Most columns in one row. */
    public static final int MAX_COLUMNS = 1_000;
    /** Longest cell text. */
    public static final int MAX_CELL_CHARS = 32_767; // Excel's own cell limit
    /** Rows searched for the header below title rows. */
    public static final int HEADER_SEARCH_ROWS = 50;
    /** Zip bombs: smallest compression ratio accepted in .xlsx parts (POI ZipSecureFile). */
    public static final double MIN_INFLATE_RATIO = 0.005;
    /** Largest uncompressed .xlsx part. */
    public static final long MAX_ENTRY_BYTES = 4L * 1024 * 1024 * 1024;
}
