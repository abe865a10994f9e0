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

    /** "balances.csv, row 12, column Solde: '1,2,3' is not an amount". */
    public String describe() {
        StringBuilder text = new StringBuilder(new SourceRef(file, sheet, row).toString());
        if (column != null) {
            text.append(", column ").append(column);
        }
        text.append(": ");
        if (value != null && !value.isEmpty()) {
            text.append('\'').append(value).append("' - ");
        }
        return text.append(message).toString();
    }
}
