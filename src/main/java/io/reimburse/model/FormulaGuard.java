package io.reimburse.model;

/**
 * The one rule against CSV injection (OWASP's advice): a text beginning with {@code = + - @}, a tab
 * or a carriage return is one a spreadsheet opening the file would run as a formula. Free text (a
 * name, an address, a description) is written with a leading {@code '} ({@link #guarded}); an
 * identifier (an account, a legal entity, a document, a dimension value, a number prefix) must reach
 * the ERP unchanged, so the input refuses one that begins so ({@link #IDENTIFIER_REFUSED}) and the
 * outputs write identifiers as they are.
 */
public final class FormulaGuard {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** Why an identifier that begins like a formula is refused, and what to do. */
    public static final String IDENTIFIER_REFUSED = "begins with a character (= + - @, a tab or a line break) that "
            + "makes a spreadsheet run it as a formula; an identifier must reach the ERP unchanged, so it is "
            + "neither written nor altered: correct it where it comes from";

    private FormulaGuard() {
    }

    public static boolean startsLikeAFormula(String value) {
        return value != null && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0;
    }

    /** Free text as a spreadsheet shows it as text: with a leading quote when it begins like a formula. */
    public static String guarded(String value) {
        return startsLikeAFormula(value) ? "'" + value : value;
    }
}
