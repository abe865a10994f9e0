package io.reimburse.model;

/**
 * A problem with one input row: it holds back the customer it belongs to (skip reason
 * INPUT_ERROR) and the run goes on. {@code customerAccount} is null when the row names none.
 */
public record RowProblem(String file, String sheet, long row, String column, String value,
                         String message, String legalEntity, String customerAccount) {

    public static RowProblem at(SourceRef where, String column, String value, String message,
                                String legalEntity, String customerAccount) {
        return new RowProblem(where.file(), where.sheet(), where.row(), column, value, message,
                legalEntity, customerAccount);
    }
}
