package io.reimburse.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The facts of a reimbursement an output template's column may show, by the name the template
 * writes (case, spaces and punctuation ignored), and what kind of value each is: free text gets the
 * formula guard, amounts a decimal separator, dates a pattern.
 */
public enum TemplateField {
    LEGAL_ENTITY(Kind.CODE, "LegalEntity", "Entité juridique"),
    CUSTOMER_ACCOUNT(Kind.CODE, "CustomerAccount", "Compte client"),
    CUSTOMER_NAME(Kind.FREE_TEXT, "CustomerName", "Nom client"),
    VENDOR_ACCOUNT(Kind.CODE, "VendorAccount", "Compte fournisseur"),
    /** The one-time vendor's name, else the customer's (the vendor links may name none). */
    VENDOR_NAME(Kind.FREE_TEXT, "VendorName", "Nom fournisseur"),
    ONE_TIME_VENDOR(Kind.CODE, "OneTimeVendor", "Fournisseur occasionnel"),
    INVOICE(Kind.CODE, "Invoice", "Facture"),
    AMOUNT(Kind.AMOUNT, "Amount", "Montant"),
    CURRENCY(Kind.CODE, "Currency", "Devise"),
    TRANSACTION_DATE(Kind.DATE, "TransactionDate", "Date de transaction", "InvoiceDate", "Date de facture"),
    DUE_DATE(Kind.DATE, "DueDate", "Date d'échéance", "Échéance"),
    BALANCE_DATE(Kind.DATE, "BalanceDate", "Date du solde"),
    DESCRIPTION(Kind.FREE_TEXT, "Description", "Libellé"),
    STREET(Kind.FREE_TEXT, "Street", "Rue"),
    ZIP_CODE(Kind.FREE_TEXT, "ZipCode", "Code postal"),
    CITY(Kind.FREE_TEXT, "City", "Ville"),
    COUNTRY(Kind.CODE, "Country", "Pays"),
    IBAN(Kind.CODE, "IBAN"),
    BIC(Kind.CODE, "BIC"),
    LINE_NUMBER(Kind.NUMBER, "LineNumber", "Numéro de ligne"),
    /** The column's Text, the same on every row. */
    TEXT(Kind.FREE_TEXT, "Text", "Texte", "Constant");

    /** How a field's value is written. */
    public enum Kind { CODE, FREE_TEXT, AMOUNT, DATE, NUMBER }

    private final Kind kind;
    private final List<String> names;

    TemplateField(Kind kind, String... names) {
        this.kind = kind;
        this.names = List.of(names);
    }

    public Kind kind() {
        return kind;
    }

    /** The name templates use, and messages show. */
    public String displayName() {
        return names.get(0);
    }

    public static Optional<TemplateField> match(String written) {
        String name = Names.normalize(written);
        return Arrays.stream(values()).filter(f -> f.names.stream().anyMatch(n -> Names.normalize(n).equals(name)))
                .findFirst();
    }

    public static List<String> displayNames() {
        return Arrays.stream(values()).map(TemplateField::displayName).toList();
    }
}
