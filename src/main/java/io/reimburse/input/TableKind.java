package io.reimburse.input;

import io.reimburse.model.Names;

import java.util.Optional;
import java.util.Set;

/** The three kinds of input table, recognized by their columns and, for sheets, by their name. */
public enum TableKind {
    BALANCES("balances", Set.of("balances", "soldes", "balance", "solde")),
    PARAMETERS("parameters", Set.of("parameters", "parametres", "parameter", "parametre", "settings")),
    VENDOR_LINKS("vendor-links", Set.of("vendorlinks", "fournisseurs", "vendors", "vendorlink", "liensfournisseurs"));

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

    /** The kind the header's columns show, if any. */
    public static Optional<TableKind> byColumns(TableHeader header) {
        if (header.has(Column.PARAMETER) && header.has(Column.VALUE)) {
            return Optional.of(PARAMETERS);
        }
        if (!header.has(Column.CUSTOMER_ACCOUNT)) {
            return Optional.empty();
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
