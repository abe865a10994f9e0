package io.reimburse.input;

import io.reimburse.model.Names;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The known columns of the input tables and their English and French aliases; matching
 * ignores case, accents, spaces and punctuation ({@link Names#normalize}).
 */
public enum Column {
    CUSTOMER_ACCOUNT("CustomerAccount", "Customer account", "Customer", "Account", "AccountNum", "Cust account",
            "Customer account number", "Compte client", "Client", "N° client", "No client", "Numéro client",
            "Numéro de client", "Code client"),
    BALANCE("Balance", "Amount", "Solde", "Montant", "Open balance", "Solde ouvert", "Balance amount"),
    DEBIT("Debit", "Débit"),
    CREDIT("Credit", "Crédit"),
    CURRENCY("Currency", "Currency code", "Devise", "Code devise", "CurrencyCode"),
    NAME("Name", "Customer name", "Nom", "Nom client", "Raison sociale"),
    FIRST_NAME("FirstName", "First name", "Given name", "Prénom"),
    LAST_NAME("LastName", "Last name", "Surname", "Family name", "Nom de famille"),
    PARTY_TYPE("PartyType", "Party type", "Customer type", "Type de tiers", "Type de client"),
    CUSTOMER_GROUP("CustomerGroup", "Group", "Customer group", "Groupe client", "Groupe", "Groupe de clients"),
    LEGAL_ENTITY("LegalEntity", "Legal entity", "Company", "Société", "Entité juridique", "dataAreaId"),
    BLOCKED("Blocked", "Bloqué"),
    VENDOR_ACCOUNT("VendorAccount", "Vendor account", "Vendor", "Compte fournisseur", "Fournisseur"),
    DOCUMENT("Document", "Voucher", "Pièce", "N° de pièce", "No de pièce", "Document number", "Numéro de pièce"),
    /** An invoice number: a transaction's in the balances, a posted invoice's in an ERP export. */
    INVOICE("Invoice", "Invoice number", "Invoice id", "Facture", "N° facture", "No facture", "Numéro de facture",
            "N° de facture"),
    /** When the ERP posted an invoice (not its accounting date, which may be earlier). */
    POSTED_ON("PostedOn", "Posted on", "Posted date", "Date posted", "Date de validation", "Validé le",
            "Comptabilisé le", "Date de comptabilisation"),
    STREET("Street", "Address", "Rue", "Adresse"),
    ZIP_CODE("ZipCode", "Zip", "Postal code", "Postcode", "Code postal", "CP"),
    CITY("City", "Ville"),
    STATE("State", "County", "Région", "Département", "État"),
    COUNTRY("Country", "Country/region", "CountryRegionId", "Pays"),
    IBAN("IBAN"),
    BIC("BIC", "SWIFT", "BIC/SWIFT"),
    VENDOR_NAME("VendorName", "Vendor name", "Nom fournisseur"),
    VENDOR_BLOCKED("VendorBlocked", "Vendor blocked", "Fournisseur bloqué"),
    PARAMETER("Parameter", "Paramètre", "Setting", "Réglage"),
    VALUE("Value", "Valeur");

    private static final Map<String, Column> BY_ALIAS = new HashMap<>();

    static {
        for (Column column : values()) {
            for (String alias : column.aliases) {
                Column earlier = BY_ALIAS.put(Names.normalize(alias), column);
                if (earlier != null && earlier != column) {
                    throw new IllegalStateException("alias " + alias + " of " + column + " is also one of " + earlier);
                }
            }
        }
    }

    private final List<String> aliases;

    Column(String... aliases) {
        this.aliases = List.of(aliases);
    }

    /**
     * At transaction level the document of a balances row: its voucher, else its invoice number.
     * A table has transaction level when it has either column.
     */
    public static final List<Column> DOCUMENTS = List.of(DOCUMENT, INVOICE);

    /** The name used in messages and outputs: the first, English alias. */
    public String displayName() {
        return aliases.get(0);
    }

    public static Optional<Column> match(String header) {
        return Optional.ofNullable(BY_ALIAS.get(Names.normalize(header)));
    }
}
