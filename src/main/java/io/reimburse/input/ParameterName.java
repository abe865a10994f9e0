package io.reimburse.input;

import io.reimburse.model.Names;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The parameters of SPEC §3.2 and §10 with their English and French names (matched like column names). */
public enum ParameterName {
    LEGAL_ENTITY("LegalEntity", "Entité juridique", "Société", "Company"),
    ACCOUNTING_CURRENCY("AccountingCurrency", "Devise comptable", "Devise de comptabilité"),
    MINIMUM_REIMBURSEMENT("MinimumReimbursement", "Remboursement minimal", "Remboursement minimum", "Montant minimal"),
    EXCHANGE_RATE("ExchangeRate", "Taux de change", "Cours"),
    BALANCE_DATE("BalanceDate", "Date du solde", "Date de solde", "Date des soldes"),
    TRANSACTION_DATE("TransactionDate", "Date de transaction", "Date comptable", "Date de la transaction"),
    PAYMENT_TERMS_DAYS("PaymentTermsDays", "Délai de paiement (jours)", "Délai de paiement jours", "Jours d'échéance"),
    CUSTOMER_ACCOUNTS("CustomerAccounts", "Comptes clients"),
    CUSTOMER_GROUPS("CustomerGroups", "Groupes clients", "Groupes de clients"),
    SUMMARIZE("Summarize", "Regrouper", "Synthétiser", "Totaliser"),
    DIMENSIONS("Dimensions", "Axes analytiques", "Axes"),
    INCLUDE_CUSTOMERS_WITH_DEBIT_TRANSACTIONS("IncludeCustomersWithDebitTransactions",
            "Inclure les clients avec transactions débitrices", "Inclure clients avec transactions débit"),
    BALANCE_SIGN("BalanceSign", "Signe du solde", "Convention de signe"),
    DECIMAL_SEPARATOR("DecimalSeparator", "Séparateur décimal"),
    DATE_FORMAT("DateFormat", "Format de date"),
    INVOICE_PREFIX("InvoicePrefix", "Préfixe facture", "Préfixe des factures"),
    INVOICE_NEXT_NUMBER("InvoiceNextNumber", "Prochain numéro de facture", "Numéro de facture suivant"),
    ONE_TIME_VENDOR_PREFIX("OneTimeVendorPrefix", "Préfixe fournisseur occasionnel"),
    ONE_TIME_VENDOR_NEXT_NUMBER("OneTimeVendorNextNumber", "Prochain numéro de fournisseur occasionnel"),
    ONE_TIME_VENDOR_GROUP("OneTimeVendorGroup", "Groupe fournisseur occasionnel", "Groupe de fournisseurs occasionnels"),
    JOURNAL_NAME("JournalName", "Nom du journal", "Journal"),
    METHOD_OF_PAYMENT("MethodOfPayment", "Mode de paiement", "Mode de règlement"),
    LANGUAGE("Language", "Langue"),
    CSV_DELIMITER("CsvDelimiter", "Séparateur CSV", "Délimiteur CSV"),
    CSV_BOM("CsvBom", "BOM CSV"),
    CSV_FORMULA_GUARD("CsvFormulaGuard", "Protection formules CSV", "Protection des formules CSV"),
    PAYMENTS("Payments", "Paiements"),
    BANK_ACCOUNT("BankAccount", "Compte bancaire", "Compte bancaire de la société"),
    PAYMENT_DATE("PaymentDate", "Date de paiement", "Date de règlement"),
    DEBTOR_NAME("DebtorName", "Nom du donneur d'ordre", "Donneur d'ordre"),
    DEBTOR_IBAN("DebtorIBAN", "IBAN du donneur d'ordre"),
    DEBTOR_BIC("DebtorBIC", "BIC du donneur d'ordre"),
    ACCEPT_BANK_DETAIL_CHANGES("AcceptBankDetailChanges", "Accepter les changements de coordonnées bancaires",
            "Changements de coordonnées bancaires acceptés");

    private static final Map<String, ParameterName> BY_NAME = new HashMap<>();

    static {
        for (ParameterName parameter : values()) {
            for (String alias : parameter.aliases) {
                BY_NAME.put(Names.normalize(alias), parameter);
            }
        }
    }

    private final List<String> aliases;

    ParameterName(String... aliases) {
        this.aliases = List.of(aliases);
    }

    /** The canonical (English) name. */
    public String canonical() {
        return aliases.get(0);
    }

    /** True for the two parameters that take a ".XXX" currency suffix. */
    public boolean perCurrency() {
        return this == MINIMUM_REIMBURSEMENT || this == EXCHANGE_RATE;
    }

    public static Optional<ParameterName> match(String name) {
        return Optional.ofNullable(BY_NAME.get(Names.normalize(name)));
    }
}
