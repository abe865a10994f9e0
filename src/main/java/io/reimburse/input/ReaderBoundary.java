package io.reimburse.input;

import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * Where the readers meet POI and opencsv: an exception those libraries throw on a malformed
 * file becomes a run problem naming the file (and sheet and row when known; the .xlsx readers'
 * own XML parsing turns its failures into run problems itself, see {@code XlsxXml}),
 * while an exception thrown by this project's own code is a bug and goes on unchanged, so that
 * it is reported as one (exit status 3) instead of being blamed on the user's file.
 */
public final class ReaderBoundary {

    private ReaderBoundary() {
    }

    /** Runs one step of reading {@code file}; a library's failure is refused with the given location. */
    static <T> T call(String file, String sheet, long row, Supplier<T> step) {
        try {
            return step.get();
        } catch (RunRefused refused) {
            throw refused;
        } catch (RuntimeException e) {
            if (!thrownByLibrary(e)) {
                throw e;
            }
            throw new RunRefused(new RunProblem(file, sheet, row, null, explain(e)));
        }
    }

    static void run(String file, String sheet, long row, Runnable step) {
        call(file, sheet, row, () -> {
            step.run();
            return null;
        });
    }

    /**
     * True when the first frame outside the JDK belongs to a library: the JDK's own frames are
     * skipped because a library failing in, say, Double.parseDouble is still the library's
     * failure, while our code failing in new BigDecimal(...) is ours.
     */
    static boolean thrownByLibrary(Throwable e) {
        String thrower = firstFrameOutsideJdk(e);
        // no frame to tell: treat it as ours, a bug must never pass for a bad file
        return thrower != null && !thrower.startsWith("io.reimburse.");
    }

    /** The class of the first stack frame outside the JDK, who threw as far as the stack tells; null when none does. */
    public static String firstFrameOutsideJdk(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            String name = frame.getClassName();
            if (!(name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                    || name.startsWith("sun.") || name.startsWith("com.sun."))) {
                return name;
            }
        }
        return null;
    }

    /** What a file that needs a password to be read is told. */
    public static final String PASSWORD_PROTECTED = "is password-protected; save it without a password and try again";

    /** Why a zip of more parts than a workbook has is not read. */
    public static final String TOO_MANY_ZIP_PARTS = "holds more than " + Limits.MAX_ZIP_ENTRIES
            + " parts, more than a workbook has; it is not read";

    /** Why a file declaring XML entities is refused, whichever parser met its DOCTYPE. */
    public static final String ENTITY_DECLARATIONS = "declares XML entities (a DOCTYPE), which no spreadsheet "
            + "writes; it is refused, as expanding them can exhaust memory (an entity-expansion attack?)";

    /**
     * A sentence for the user; the library's own words only as a detail, and not even that when the
     * library tripped over the file in the JDK ("Index -257 out of bounds for length 8" says nothing
     * to a user: a record of the file points outside its data).
     */
    public static String explain(Throwable e) {
        String detail = e.getMessage() == null || isJdkMisstep(e) ? "its internal structure is inconsistent"
                : e.getMessage().strip();
        // the libraries wrap the real reason ("Zip bomb detected!") in causes
        StringBuilder causes = new StringBuilder();
        for (Throwable t = e; t != null && causes.length() < 10_000; t = t.getCause()) {
            causes.append(t.getMessage()).append('\n');
        }
        String lower = causes.toString().toLowerCase(Locale.ROOT);
        if (lower.contains("password") || lower.contains("encrypt")) {
            return PASSWORD_PROTECTED;
        }
        if (lower.contains("zip bomb")) {
            return "expands to far more data than its size when unzipped (a zip bomb?); the most accepted is a "
                    + "ratio of 1 to " + Math.round(1 / Limits.MIN_INFLATE_RATIO) + " and "
                    + Limits.MAX_ENTRY_BYTES / (1024 * 1024) + " MB per part";
        }
        if (lower.contains("doctype")) {
            return ENTITY_DECLARATIONS;
        }
        if (lower.contains("max_file_count") || lower.contains("file count")) {
            return TOO_MANY_ZIP_PARTS;
        }
        int newline = detail.indexOf('\n');
        String firstLine = newline < 0 ? detail : detail.substring(0, newline);
        if (firstLine.length() > 200) {
            firstLine = firstLine.substring(0, 200) + "...";
        }
        return "is damaged or not a file this tool can read (" + firstLine + ")";
    }

    /** The JDK's own failures of a library's code on bad data: an index, a size, a cast or a null that the file led it to. */
    private static boolean isJdkMisstep(Throwable e) {
        return e instanceof IndexOutOfBoundsException || e instanceof NegativeArraySizeException
                || e instanceof java.nio.BufferUnderflowException || e instanceof NullPointerException
                || e instanceof ClassCastException || e instanceof ArithmeticException;
    }
}
