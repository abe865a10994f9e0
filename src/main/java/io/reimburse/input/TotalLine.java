package io.reimburse.input;

import io.reimburse.model.Names;

import java.util.regex.Pattern;

/** Recognizes total and sub-total lines of exports: "Total", "Grand total", "Sous-total", "Total général"... */
final class TotalLine {

    private static final Pattern LABEL = Pattern.compile(
            "^(grand |sous-|sous |sub-|sub |montant )?tota(l|le|ls|ux)\\b.*|^somme\\b.*|^sum\\b.*");

    private TotalLine() {
    }

    static boolean isTotalLabel(String text) {
        return mayStartALabel(text) && LABEL.matcher(Names.plain(text)).matches();
    }

    /**
     * Every label starts with g, m, s or t: this test spares the accounts and documents of every
     * row the accent-stripping and the regular expression.
     */
    private static boolean mayStartALabel(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                char first = Character.toLowerCase(c);
                return first == 'g' || first == 'm' || first == 's' || first == 't';
            }
        }
        return false;
    }

    /** A row whose account is empty or itself a total label, and that carries a total label in a cell. */
    static boolean isTotalLine(RawRow row, String account) {
        if (!account.isEmpty() && !isTotalLabel(account)) {
            return false;
        }
        return row.cells().stream().anyMatch(cell -> cell instanceof CellValue.Text text && isTotalLabel(text.value()));
    }

    /**
     * At transaction level, a row with an account, no document (or a total label as document) and a
     * total label elsewhere ("Total C00012"): a per-customer sub-total, which summing would count twice.
     */
    static boolean isSubtotalOfCustomer(RawRow row, int accountColumn, String document) {
        if (!document.isEmpty() && !isTotalLabel(document)) {
            return false;
        }
        for (int i = 0; i < row.cells().size(); i++) {
            if (i != accountColumn && row.cell(i) instanceof CellValue.Text text && isTotalLabel(text.value())) {
                return true;
            }
        }
        return false;
    }
}
