package io.reimburse.input;

import io.reimburse.input.csv.CsvFile;
import io.reimburse.input.ods.OdsFile;
import io.reimburse.input.xls.XlsFile;
import io.reimburse.input.xlsx.XlsxFile;
import org.apache.poi.poifs.filesystem.FileMagic;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Opens an input file by what it is (its first bytes), checking that its name says the same. */
public final class SpreadsheetFiles {

    private static final List<String> TEXT_EXTENSIONS = List.of("csv", "txt", "tsv");
    private static final List<String> EXCEL_EXTENSIONS = List.of("xlsx", "xlsm", "xls", "xlsb");
    private static final List<String> IGNORED_ENDINGS = List.of(".tmp", ".part", ".partial", ".crdownload",
            ".download");
    private static final List<String> IGNORED_NAMES = List.of("thumbs.db", "desktop.ini");

    private SpreadsheetFiles() {
    }

    /** The tables of a file: one for CSV, one per sheet for workbooks. */
    public static List<TableSource> tables(Path path) {
        String file = path.getFileName().toString();
        if (!Files.isRegularFile(path)) {
            throw InputFailure.of(file, "does not exist or is not a file");
        }
        try {
            if (Files.size(path) == 0) {
                throw InputFailure.of(file, "is empty");
            }
            if (Files.size(path) > Limits.MAX_FILE_BYTES) {
                throw InputFailure.of(file, "is larger than " + Limits.MAX_FILE_BYTES / (1024 * 1024) + " MB, "
                        + "the most a run reads");
            }
        } catch (IOException e) {
            throw InputFailure.of(file, "cannot be read: " + e.getMessage());
        }
        String extension = extension(file);
        FileMagic magic = magic(path);
        boolean textName = TEXT_EXTENSIONS.contains(extension);
        TableFormat format = switch (magic) {
            case OOXML -> { // a zip: an Office Open XML workbook, or an OpenDocument one
                boolean openDocument = OdsFile.isOpenDocument(path);
                if (textName) {
                    throw InputFailure.of(file, (openDocument ? "is an OpenDocument spreadsheet saved under a ."
                            + extension + " name; rename it to .ods" : "is an Excel .xlsx workbook saved under a ."
                            + extension + " name; rename it to .xlsx"));
                }
                yield openDocument ? OdsFile::tables : XlsxFile::tables;
            }
            case OLE2 -> {
                if (textName) {
                    throw InputFailure.of(file, "is an Excel workbook saved under a ." + extension
                            + " name; rename it to .xls");
                }
                yield XlsFile::tables;
            }
            case BIFF2, BIFF3, BIFF4 -> throw XlsFile.olderThanExcel97(file, "2.x-4.0");
            default -> {
                if (!textName) {
                    throw InputFailure.of(file, notWhatItsNameSays(extension));
                }
                yield CsvFile::tables;
            }
        };
        return ReaderBoundary.call(file, null, 0, () -> format.tables(path));
    }

    /** Why a file that is neither a workbook nor named as text is not read. */
    private static String notWhatItsNameSays(String extension) {
        if (EXCEL_EXTENSIONS.contains(extension)) {
            return "is named ." + extension + " but is not an Excel workbook (corrupt, or a text file renamed)";
        }
        if (extension.equals("ods")) {
            return "is named .ods but is not an OpenDocument spreadsheet (corrupt, or a text file renamed)";
        }
        return "is not a table this tool reads: give a CSV file (.csv, .txt, .tsv) or an .xlsx, .xls or .ods workbook";
    }

    /** A container's reader: every one gives a file's tables, each opened again from its top. */
    @FunctionalInterface
    private interface TableFormat {
        List<TableSource> tables(Path path);
    }

    private static FileMagic magic(Path path) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            return FileMagic.valueOf(in);
        } catch (IOException e) {
            throw InputFailure.of(path.getFileName().toString(), "cannot be read: " + e.getMessage());
        }
    }

    static String extension(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Files that are never inputs, wherever they are read from (a folder given to a run, the drop folder):
     * Excel and LibreOffice lock files ({@code ~$*}, {@code .~lock.*#}), hidden files ({@code .*}, which
     * includes {@code .DS_Store}), files being written or downloaded ({@code *.tmp}, {@code *.part},
     * {@code *.partial}, {@code *.crdownload}, {@code *.download}) and the folder files of Windows
     * Explorer ({@code Thumbs.db}, {@code desktop.ini}).
     */
    public static boolean isIgnored(Path path) {
        String name = path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return isLockFile(path) || name.startsWith(".")
                || IGNORED_ENDINGS.stream().anyMatch(lower::endsWith) || IGNORED_NAMES.contains(lower);
    }

    /** A lock file Excel ({@code ~$name}) or LibreOffice ({@code .~lock.name#}) keeps beside an open file. */
    public static boolean isLockFile(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith("~$") || name.startsWith(".~lock.") && name.endsWith("#");
    }

    /**
     * Whether a lock file says that {@code file} (in the same folder) is open. LibreOffice writes
     * {@code .~lock.NAME#}; Excel writes {@code ~$NAME}, dropping the first one or two characters of
     * a long name ({@code ~$imbursement.xlsx} for {@code reimbursement.xlsx}).
     */
    public static boolean locks(Path lockFile, Path file) {
        String lock = lockFile.getFileName().toString();
        String name = file.getFileName().toString();
        if (lock.startsWith(".~lock.") && lock.endsWith("#")) {
            return lock.substring(".~lock.".length(), lock.length() - 1).equals(name);
        }
        if (!lock.startsWith("~$") || lock.length() < 3) {
            return false;
        }
        String rest = lock.substring(2);
        return name.endsWith(rest) && name.length() - rest.length() <= 2;
    }

    /**
     * A folder's input files, sorted by name (so a run is the same whatever the file system's order):
     * every file but the {@linkplain #isIgnored ignored} ones, whatever its name. One that is no
     * table this tool reads is then refused by name, never passed over: a vendor-links file saved
     * in another format would otherwise be left out without a word.
     */
    public static List<Path> inFolder(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).filter(p -> !isIgnored(p)).sorted().toList();
        } catch (IOException e) {
            throw InputFailure.of(folder.toString(), "cannot be listed: " + e.getMessage());
        }
    }
}
