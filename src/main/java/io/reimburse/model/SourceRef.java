package io.reimburse.model;

/** Where a value came from: file name, sheet (null for CSV) and 1-based row number as a spreadsheet shows it. */
public record SourceRef(String file, String sheet, long row) {

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (sheet != null) {
            text.append(", sheet ").append(sheet);
        }
        if (row > 0) {
            text.append(", row ").append(row);
        }
        return text.toString();
    }
}
