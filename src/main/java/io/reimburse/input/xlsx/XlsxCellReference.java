package io.reimburse.input.xlsx;

/** Cell references of an .xlsx sheet ({@code <c r="AB12">}): the column they name, and back. */
final class XlsxCellReference {

    /** What {@link #column} answers for text that is not a cell reference. */
    static final int MALFORMED = Integer.MIN_VALUE;

    private static final long FAR_BEYOND = 1L << 40;

    private XlsxCellReference() {
    }

    /**
     * The 0-based column of a reference such as {@code AB12} (letters, then a row number); a column
     * too large for an int stays too large rather than wrapping round to a small one.
     * {@link #MALFORMED} when the text is not a reference ({@code $A$1}, {@code A}, {@code 12}...).
     */
    static int column(String reference) {
        int length = reference.length();
        int i = 0;
        long column = 0;
        for (; i < length; i++) {
            char c = reference.charAt(i);
            int letter = c >= 'A' && c <= 'Z' ? c - 'A' + 1 : c >= 'a' && c <= 'z' ? c - 'a' + 1 : 0;
            if (letter == 0) {
                break;
            }
            column = Math.min(FAR_BEYOND, column * 26 + letter);
        }
        if (i == 0 || i == length || length - i > 10) {
            return MALFORMED;
        }
        long row = 0;
        for (int j = i; j < length; j++) {
            char c = reference.charAt(j);
            if (c < '0' || c > '9') {
                return MALFORMED;
            }
            row = row * 10 + (c - '0');
        }
        if (row > Integer.MAX_VALUE) {
            return MALFORMED;
        }
        return (int) Math.min(Integer.MAX_VALUE - 1L, column - 1);
    }

    /** The letters of a 0-based column: 0 is A, 27 is AB. */
    static String columnName(int column) {
        if (column < 0) {
            return "?";
        }
        StringBuilder name = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            name.append((char) ('A' + (n - 1) % 26));
        }
        return name.reverse().toString();
    }
}
