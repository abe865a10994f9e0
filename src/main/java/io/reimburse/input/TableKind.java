package io.reimburse.input;

import io.reimburse.model.Names;

import java.util.Optional;
import java.util.Set;

/** The kinds of input table, recognized by their columns and, for sheets, by their name. */
public enum TableKind {
    BALANCES("balances", Set.of("balances", "soldes", "balance", "solde")),
    PARAMETERS("parameters", Set.of("parameters", "parametres", "parameter", "parametre", "settings")),
    VENDOR_LINKS("vendor-links", Set.of("vendorlinks", "fournisseurs", "vendors", "vendorlink", "liensfournisseurs")),
    /** An ERP export listing posted invoices: a posted journal, vendor transactions (optional). */
    POSTED("posted", Set.of("posted", "postedinvoices", "postedjournal", "vendortransactions", "comptabilise",
            "facturescomptabilisees", "transactionsfournisseur", "transactionsfournisseurs"));

    private final String role;
    private final Set<String> sheetNames;

    TableKind(String role, Set<String> sheetNames) {
        this.role = role;
        this.sheetNames = sheetNames;
    }

    /** The role name used in the manifest and messages. */
    public String role() {
        return role;
    }

    /** The kind a sheet's name announces, if any. */
    public static Optional<TableKind> bySheetName(String sheet) {
        String name = Names.normalize(sheet);
        for (TableKind kind : values()) {
            if (kind.sheetNames.contains(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /**
     * An ERP export of posted invoices: an invoice column with its posting date or its vendor, and no
     * customer account (that would be a balances table at transaction level).
     */
    static boolean isPostedInvoices(Set<Column> columns) {
        return columns.contains(Column.INVOICE) && !columns.contains(Column.CUSTOMER_ACCOUNT)
                && (columns.contains(Column.POSTED_ON) || columns.contains(Column.VENDOR_ACCOUNT));
    }

    /**
     * For a header with a customer account column that is no table (its kind's other column is
     * missing), what is missing: a Balance column for balances, a VendorAccount column for vendor links.
     */
    static Optional<String> missingBeside(TableHeader header) {
        if (!header.has(Column.CUSTOMER_ACCOUNT) || byColumns(header).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("the header row has a customer account column ('"
                + header.writtenName(header.index(Column.CUSTOMER_ACCOUNT).orElseThrow()) + "') but no Balance column "
                + "(Solde, Montant, Amount...) nor Debit and Credit columns, as a balances table needs, and no "
                + "VendorAccount column (Compte fournisseur), as a vendor-links table needs");
    }

    /** The kind the header's columns show, if any. */
    public static Optional<TableKind> byColumns(TableHeader header) {
        if (header.has(Column.PARAMETER) && header.has(Column.VALUE)) {
            return Optional.of(PARAMETERS);
        }
        if (!header.has(Column.CUSTOMER_ACCOUNT)) {
            return isPostedInvoices(header.columns().keySet()) ? Optional.of(POSTED) : Optional.empty();
        }
        if (header.has(Column.BALANCE) || header.has(Column.DEBIT) || header.has(Column.CREDIT)) {
            return Optional.of(BALANCES);
        }
        if (header.has(Column.VENDOR_ACCOUNT)) {
            return Optional.of(VENDOR_LINKS);
        }
        return Optional.empty();
    }
}
