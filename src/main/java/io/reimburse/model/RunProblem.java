package io.reimburse.model;

/**
 * A problem with the run as a whole (missing table, column or parameter, unreadable file...):
 * the run stops with exit status 2 and writes nothing. Location parts are null when unknown.
 */
public record RunProblem(String file, String sheet, long row, String column, String message) {

    public static RunProblem of(String message) {
        return new RunProblem(null, null, 0, null, message);
    }

    public static RunProblem inFile(String file, String message) {
        return new RunProblem(file, null, 0, null, message);
    }

    public static RunProblem at(SourceRef where, String column, String message) {
        return new RunProblem(where.file(), where.sheet(), where.row(), column, message);
    }

    public String describe() {
        if (file == null) {
            return message;
        }
        StringBuilder text = new StringBuilder(new SourceRef(file, sheet, row).toString());
        if (column != null) {
            text.append(", column ").append(column);
        }
        return text.append(": ").append(message).toString();
    }
}
