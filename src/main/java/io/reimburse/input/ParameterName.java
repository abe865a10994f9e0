package io.reimburse.input;

import io.reimburse.model.Names;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.reimburse.input.ParameterSpec.amount;
import static io.reimburse.input.ParameterSpec.choice;
import static io.reimburse.input.ParameterSpec.currency;
import static io.reimburse.input.ParameterSpec.date;
import static io.reimburse.input.ParameterSpec.identifier;
import static io.reimburse.input.ParameterSpec.list;
import static io.reimburse.input.ParameterSpec.selection;
import static io.reimburse.input.ParameterSpec.text;
import static io.reimburse.input.ParameterSpec.whole;
import static io.reimburse.input.ParameterSpec.yesNo;

/**
 * The one table of parameters (SPEC §3.2 and §10): each with its English and French names (matched
 * like column names), its kind and its default ({@link ParameterSpec}). Adding a parameter is a line
 * here and the line of {@link ParametersReader} that puts its value where the run uses it.
 */
public enum ParameterName {
    LEGAL_ENTITY(identifier(""), "LegalEntity", "Entité juridique", "Société", "Company"),
    ACCOUNTING_CURRENCY(currency(), "AccountingCurrency", "Devise comptable", "Devise de comptabilité"),
    MINIMUM_REIMBURSEMENT(amount().alsoPerCurrency(), "MinimumReimbursement", "Remboursement minimal",
            "Remboursement minimum", "Montant minimal"),
    EXCHANGE_RATE(amount().onlyPerCurrency(), "ExchangeRate", "Taux de change", "Cours"),
    BALANCE_DATE(date(), "BalanceDate", "Date du solde", "Date de solde", "Date des soldes"),
    TRANSACTION_DATE(date(), "TransactionDate", "Date de transaction", "Date comptable", "Date de la transaction"),
    ALLOW_TRANSACTION_DATE_BEFORE_BALANCE_DATE(yesNo(false), "AllowTransactionDateBeforeBalanceDate",
            "Autoriser une date de transaction antérieure au solde"),
    PAYMENT_TERMS_DAYS(whole(0, 0, 3660), "PaymentTermsDays", "Délai de paiement (jours)", "Délai de paiement jours",
            "Jours d'échéance"),
    CUSTOMER_ACCOUNTS(selection(), "CustomerAccounts", "Comptes clients"),
    CUSTOMER_GROUPS(selection(), "CustomerGroups", "Groupes clients", "Groupes de clients"),
    SUMMARIZE(yesNo(true), "Summarize", "Regrouper", "Synthétiser", "Totaliser"),
    DIMENSIONS(list(), "Dimensions", "Axes analytiques", "Axes"),
    DIMENSION_FORMAT(text(""), "DimensionFormat", "Format des axes", "Format des axes analytiques",
            "Format d'affichage des axes"),
    INCLUDE_CUSTOMERS_WITH_DEBIT_TRANSACTIONS(yesNo(false), "IncludeCustomersWithDebitTransactions",
            "Inclure les clients avec transactions débitrices", "Inclure clients avec transactions débit"),
    BALANCE_SIGN(choice("credit-negative", Map.of("creditnegative", "credit-negative",
            "creditpositive", "credit-positive")), "BalanceSign", "Signe du solde", "Convention de signe"),
    DECIMAL_SEPARATOR(choice("auto", Map.of("auto", "auto", ".", ".", ",", ",", "point", ".", "comma", ",",
            "virgule", ",")), "DecimalSeparator", "Séparateur décimal"),
    DATE_FORMAT(text(""), "DateFormat", "Format de date"),
    INVOICE_PREFIX(identifier("RMB-"), "InvoicePrefix", "Préfixe facture", "Préfixe des factures"),
    INVOICE_NEXT_NUMBER(whole(1, 1, 999_999), "InvoiceNextNumber", "Prochain numéro de facture",
            "Numéro de facture suivant"),
    ONE_TIME_VENDOR_PREFIX(identifier("OTV-"), "OneTimeVendorPrefix", "Préfixe fournisseur occasionnel"),
    ONE_TIME_VENDOR_NEXT_NUMBER(whole(1, 1, 999_999), "OneTimeVendorNextNumber",
            "Prochain numéro de fournisseur occasionnel"),
    ONE_TIME_VENDOR_GROUP(identifier(""), "OneTimeVendorGroup", "Groupe fournisseur occasionnel",
            "Groupe de fournisseurs occasionnels"),
    JOURNAL_NAME(identifier("APInvoice"), "JournalName", "Nom du journal", "Journal"),
    METHOD_OF_PAYMENT(identifier("").alsoPerCurrency(), "MethodOfPayment", "Mode de paiement", "Mode de règlement"),
    ERP_TARGETS(text("d365"), "ErpTargets", "Cibles ERP", "ERP"),
    D365_PACKAGE_FORMAT(choice("CSV-Unicode", Map.of("csvunicode", "CSV-Unicode", "csv", "CSV")), "D365PackageFormat",
            "Format du package D365"),
    FBDI_BUSINESS_UNIT(identifier(""), "FbdiBusinessUnit", "Unité commerciale FBDI", "Business unit FBDI"),
    FBDI_SOURCE(identifier(""), "FbdiSource", "Source FBDI"),
    FBDI_SUPPLIER_SITE(identifier(""), "FbdiSupplierSite", "Site fournisseur FBDI"),
    FBDI_DISTRIBUTION_COMBINATION(identifier(""), "FbdiDistributionCombination", "Combinaison de ventilation FBDI",
            "Compte FBDI"),
    FBDI_PAYMENT_METHOD(identifier(""), "FbdiPaymentMethod", "Mode de paiement FBDI"),
    FBDI_PAYMENT_TERMS(identifier(""), "FbdiPaymentTerms", "Conditions de paiement FBDI"),
    ODOO_ACCOUNT(identifier(""), "OdooAccount", "Compte Odoo"),
    LANGUAGE(choice("en", Map.of("en", "en", "english", "en", "anglais", "en", "fr", "fr", "french", "fr",
            "francais", "fr")), "Language", "Langue"),
    CSV_DELIMITER(choice(",", Map.of(",", ",", ";", ";", "comma", ",", "virgule", ",", "semicolon", ";",
            "pointvirgule", ";", "tab", "tab", "tabulation", "tab")), "CsvDelimiter", "Séparateur CSV",
            "Délimiteur CSV"),
    CSV_BOM(yesNo(true), "CsvBom", "BOM CSV"),
    CSV_FORMULA_GUARD(yesNo(true), "CsvFormulaGuard", "Protection formules CSV", "Protection des formules CSV"),
    PAYMENTS(yesNo(false), "Payments", "Paiements"),
    BANK_ACCOUNT(identifier(""), "BankAccount", "Compte bancaire", "Compte bancaire de la société"),
    PAYMENT_DATE(date(), "PaymentDate", "Date de paiement", "Date de règlement"),
    DEBTOR_NAME(text(""), "DebtorName", "Nom du donneur d'ordre", "Donneur d'ordre"),
    DEBTOR_IBAN(text(""), "DebtorIBAN", "IBAN du donneur d'ordre"),
    DEBTOR_BIC(text(""), "DebtorBIC", "BIC du donneur d'ordre"),
    ACCEPT_BANK_DETAIL_CHANGES(selection(), "AcceptBankDetailChanges",
            "Accepter les changements de coordonnées bancaires", "Changements de coordonnées bancaires acceptés"),
    REQUIRE_APPROVAL(yesNo(false), "RequireApproval", "Approbation requise", "Exiger une approbation"),
    APPROVAL_BY_SAME_USER(yesNo(false), "ApprovalBySameUser", "Approbation par le même utilisateur"),
    PROPOSAL_VALID_DAYS(whole(7, 1, 366), "ProposalValidDays", "Validité de la proposition (jours)",
            "Validité de la proposition jours");

    private static final Map<String, ParameterName> BY_NAME = new HashMap<>();

    static {
        for (ParameterName parameter : values()) {
            for (String alias : parameter.aliases) {
                BY_NAME.put(Names.normalize(alias), parameter);
            }
        }
    }

    private final ParameterSpec spec;
    private final List<String> aliases;

    ParameterName(ParameterSpec spec, String... aliases) {
        this.spec = spec;
        this.aliases = List.of(aliases);
    }

    ParameterSpec spec() {
        return spec;
    }

    /** The canonical (English) name. */
    public String canonical() {
        return aliases.get(0);
    }

    /** The French name (the second written: the English name, the French one, then other aliases). */
    public String frenchName() {
        return aliases.get(1);
    }

    /** True for the parameters that also take a ".XXX" currency suffix. */
    public boolean perCurrency() {
        return spec.withCurrency();
    }

    public static Optional<ParameterName> match(String name) {
        return Optional.ofNullable(BY_NAME.get(Names.normalize(name)));
    }
}
