package io.reimburse.model;

/**
 * One parameter as the run used it: its English and French names, the name the parameters table
 * wrote it under (empty when the table left it out), its value in force, what kind of value that is
 * (for the report to show a date as a date, Yes or No in the reader's language), and whether it is
 * the parameter's default (left out, or written as the default).
 */
public record UsedParameter(String name, String frenchName, String written, String value, Kind kind,
                            boolean isDefault) {

    /** How a value reads. */
    public enum Kind {
        TEXT, DATE, YES_NO, AMOUNT,
        /** A selection of customers: empty selects them all. */
        SELECTION
    }

    /** The name as the user wrote it; for a parameter left out, its name in {@code language}. */
    public String nameIn(Language language) {
        if (!written.isEmpty()) {
            return written;
        }
        return language == Language.FR ? frenchName : name;
    }

    UsedParameter withValue(String newValue, boolean newIsDefault) {
        return new UsedParameter(name, frenchName, written, newValue, kind, newIsDefault);
    }
}
