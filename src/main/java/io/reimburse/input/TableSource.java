package io.reimburse.input;

import java.nio.file.Path;

/** One table of an input: a CSV file, or one sheet of a workbook. Opening it again starts from the top. */
public record TableSource(Path path, String sheet, Opener opener) {

    /** Opens the rows of the table. */
    @FunctionalInterface
    public interface Opener {
        RowStream open();
    }

    public String fileName() {
        return path.getFileName().toString();
    }

    public RowStream open() {
        return opener.open();
    }

    @Override
    public String toString() {
        return sheet == null ? fileName() : fileName() + " [" + sheet + "]";
    }
}
