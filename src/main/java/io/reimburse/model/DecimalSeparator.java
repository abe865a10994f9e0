package io.reimburse.model;

/** The decimal separator of text amounts: decided from the column's values, or stated. */
public enum DecimalSeparator {
    AUTO, POINT, COMMA;

    public char character() {
        return switch (this) {
            case POINT -> '.';
            case COMMA -> ',';
            case AUTO -> throw new IllegalStateException("AUTO has no single character");
        };
    }

    public String code() {
        return switch (this) {
            case AUTO -> "auto";
            case POINT -> ".";
            case COMMA -> ",";
        };
    }
}
