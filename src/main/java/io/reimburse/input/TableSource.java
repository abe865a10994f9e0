package io.reimburse.input;

import java.nio.file.Path;

/**
 * One table of an input: a CSV file, or one sheet of a workbook. Opening it again starts from the
 * top. Its rows pass through {@link ReaderBoundary}, so a library failing on a damaged file is a
 * run problem naming the file, sheet and the row reached.
 */
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
        String file = fileName(); // once: every row's call below names it
        RowStream rows = ReaderBoundary.call(file, sheet, 0, opener::open);
        return new RowStream() {
            private long reached;

            @Override
            public boolean hasNext() {
                return ReaderBoundary.call(file, sheet, reached, rows::hasNext);
            }

            @Override
            public RawRow next() {
                RawRow row = ReaderBoundary.call(file, sheet, reached + 1, rows::next);
                reached = row.row();
                return row;
            }

            @Override
            public void close() {
                ReaderBoundary.run(file, sheet, reached, rows::close);
            }
        };
    }

    /** Opens the rows of a large table, parsed on a second thread while this one reads them. */
    public RowStream openReadAhead() {
        return new ReadAhead(open(), toString());
    }

    @Override
    public String toString() {
        return sheet == null ? fileName() : fileName() + " [" + sheet + "]";
    }
}
