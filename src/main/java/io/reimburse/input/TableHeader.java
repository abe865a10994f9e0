package io.reimburse.input;

import io.reimburse.model.Names;
import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The header row of a table: found below any title rows (within {@link Limits#HEADER_SEARCH_ROWS}),
 * it maps known columns, and the other named columns (dimensions), to their positions;
 * {@code accountHeader} is the customer-account header normalized once, to spot it repeated in rows.
 */
public record TableHeader(TableSource source, long row, Map<Column, Integer> columns, Map<String, Integer> others,
                          Map<Integer, String> written, String accountHeader) {

    /**
     * The first row holding a customer-account column, or Parameter and Value together, or the columns
     * of an ERP export of posted invoices.
     */
    public static Optional<TableHeader> find(TableSource source, Iterable<RawRow> firstRows) {
        int seen = 0;
        for (RawRow row : firstRows) {
            if (++seen > Limits.HEADER_SEARCH_ROWS) {
                break;
            }
            Map<Column, Integer> found = new EnumMap<>(Column.class);
            for (int i = 0; i < row.cells().size(); i++) {
                if (row.cell(i) instanceof CellValue.Text text) {
                    Optional<Column> column = Column.match(text.value());
                    if (column.isPresent()) {
                        found.putIfAbsent(column.get(), i);
                    }
                }
            }
            boolean parameters = found.containsKey(Column.PARAMETER) && found.containsKey(Column.VALUE);
            if (found.containsKey(Column.CUSTOMER_ACCOUNT) || parameters || TableKind.isPostedInvoices(found.keySet())) {
                return Optional.of(of(source, row));
            }
        }
        return Optional.empty();
    }

    /** The header a row is, whatever its columns (an output template's tables are found by their reader). */
    static TableHeader of(TableSource source, RawRow row) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        Map<String, Integer> others = new HashMap<>();
        Map<Integer, String> written = new HashMap<>();
        List<RunProblem> problems = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String name = row.cell(i).display().strip();
            if (name.isEmpty()) {
                continue;
            }
            written.put(i, name);
            Optional<Column> column = Column.match(name);
            if (column.isPresent()) {
                Integer earlier = columns.putIfAbsent(column.get(), i);
                if (earlier != null) {
                    problems.add(new RunProblem(source.fileName(), source.sheet(), row.row(), name,
                            "column " + column.get().displayName() + " appears twice (also '" + written.get(earlier)
                                    + "'); keep one"));
                }
            } else {
                others.putIfAbsent(Names.normalize(name), i);
            }
        }
        if (!problems.isEmpty()) {
            throw new RunRefused(problems);
        }
        String accountHeader = columns.containsKey(Column.CUSTOMER_ACCOUNT)
                ? Names.normalize(written.get(columns.get(Column.CUSTOMER_ACCOUNT))) : "";
        return new TableHeader(source, row.row(), columns, others, written, accountHeader);
    }

    public boolean has(Column column) {
        return columns.containsKey(column);
    }

    /** A balances table with a document column lists open transactions, not balances. */
    public boolean isTransactionLevel() {
        return Column.DOCUMENTS.stream().anyMatch(this::has);
    }

    public Optional<Integer> index(Column column) {
        return Optional.ofNullable(columns.get(column));
    }

    /** A row's cell in a known column, as stripped text; "" when the table has no such column. */
    public String text(RawRow row, Column column) {
        Integer index = columns.get(column); // no Optional here: every row of every table calls it
        return index == null ? "" : row.cell(index).display().strip();
    }

    /**
     * The columns a reader takes text from: the known columns other than {@code except}, and {@code
     * others} (dimension columns). Worked out once per table, for {@link #firstUnavailable}.
     */
    public int[] textColumns(Set<Column> except, List<Integer> others) {
        List<Integer> indexes = new ArrayList<>();
        columns.forEach((column, index) -> {
            if (!except.contains(column)) {
                indexes.add(index);
            }
        });
        indexes.addAll(others);
        return indexes.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    }

    /**
     * The first of these columns whose cell in this row holds no value (an error cell, an uncomputed
     * formula), or -1: its shown text ("#N/A") must never be read as an account, a currency or a
     * vendor. Every row of a large table asks: a loop over an array, nothing made.
     */
    public static int firstUnavailable(RawRow row, int[] textColumns) {
        for (int index : textColumns) {
            if (row.cell(index) instanceof CellValue.Unavailable) {
                return index;
            }
        }
        return -1;
    }

    /** A column that is not one of the known ones, by name (dimension columns). */
    public Optional<Integer> other(String name) {
        return Optional.ofNullable(others.get(Names.normalize(name)));
    }

    /** True when a row's account cell repeats this header's (a header repeated in a long export), spacing and case aside. */
    public boolean isRepeatedBy(String accountText) {
        // normalizing only removes characters: a shorter account cannot match (most rows stop here)
        return !accountHeader.isEmpty() && accountText.length() >= accountHeader.length()
                && accountHeader.equals(Names.normalize(accountText));
    }

    /** The header as written in the file, for messages. */
    public String writtenName(int index) {
        return written.getOrDefault(index, "column " + (index + 1));
    }
}
