package io.reimburse.output;

import io.reimburse.model.Language;

import java.util.Arrays;
import java.util.List;

/** The words of the report workbook (sheet names, headers, summary lines) in English and French. */
enum ReportLabels {
    // Sheet names: at most 31 characters, none of : \ / ? * [ ]
    SUMMARY("Summary", "Synthèse"),
    REIMBURSEMENTS("Reimbursements", "Remboursements"),
    SKIPPED("Skipped", "Non remboursés"),
    INPUT_ERRORS("Input errors", "Erreurs de saisie"),
    ONE_TIME_VENDORS("One-time vendors", "Fournisseurs occasionnels"),
    PAYMENTS("Payments", "Paiements"),
    DOCUMENTS("Documents settled", "Pièces soldées"),

    DRAFT("DRAFT — nothing was reimbursed", "BROUILLON — aucun remboursement effectué"),
    LEGAL_ENTITY("Legal entity", "Entité juridique"),
    BALANCE_DATE("Balance date", "Date de solde"),
    TRANSACTION_DATE("Transaction date", "Date de transaction"),
    DUE_DATE("Due date", "Date d'échéance"),
    RUN_ID("Run id", "Identifiant d'exécution"),
    PARAMETERS_USED("Parameters used", "Paramètres utilisés"),
    PARAMETER("Parameter", "Paramètre"),
    VALUE("Value", "Valeur"),
    DECISIONS("Decisions", "Décisions"),
    DECISION("Decision", "Décision"),
    COUNT("Count", "Nombre"),
    REIMBURSED("Reimbursed", "Remboursés"),
    TOTAL_LINES_IGNORED("Total lines ignored", "Lignes de total ignorées"),
    DUPLICATE_ROWS_IGNORED("Duplicate rows ignored", "Lignes en double ignorées"),
    INPUT_ERRORS_COUNT("Input errors", "Erreurs de saisie"),
    ONE_TIME_VENDORS_CREATED("One-time vendors created", "Fournisseurs occasionnels créés"),
    TOTALS_PER_CURRENCY("Totals per currency", "Totaux par devise"),
    REIMBURSED_PER_CURRENCY("Reimbursed per currency", "Montant remboursé par devise"),
    REIMBURSEMENTS_PER_CURRENCY("Reimbursements per currency", "Remboursements par devise"),
    TOTAL("Total", "Total"),

    CUSTOMER("Customer", "Client"),
    NAME("Name", "Nom"),
    GROUP("Group", "Groupe"),
    CURRENCY("Currency", "Devise"),
    BALANCE("Balance", "Solde"),
    AMOUNT("Amount", "Montant"),
    VENDOR("Vendor", "Fournisseur"),
    ONE_TIME_VENDOR("One-time vendor", "Fournisseur occasionnel"),
    INVOICE("Invoice", "Facture"),
    DOCUMENT("Document", "Pièce"),
    REASON("Reason", "Motif"),
    EXPLANATION("Explanation", "Explication"),
    FILE("File", "Fichier"),
    SHEET("Sheet", "Feuille"),
    ROW("Row", "Ligne"),
    COLUMN("Column", "Colonne"),
    PROBLEM("Problem", "Problème"),
    ACCOUNT("Account", "Compte"),
    STREET("Street", "Rue"),
    ZIP_CODE("Zip code", "Code postal"),
    CITY("City", "Ville"),
    STATE("State", "État / région"),
    COUNTRY("Country", "Pays"),
    VENDOR_GROUP("Vendor group", "Groupe de fournisseurs"),
    PAYMENT_DATE("Payment date", "Date de paiement"),
    PAYEE("Payee", "Bénéficiaire"),
    BANK_ACCOUNT("Bank account", "Compte bancaire"),
    IBAN("IBAN", "IBAN"),
    BIC("BIC", "BIC"),
    PAYMENT_STATUS("Payment status", "Statut du paiement"),
    PREVIOUS_IBAN("Previous IBAN", "IBAN précédent"),
    TOTAL_PAYABLE("Total payable", "Total à payer"),
    DEDUCTED_PENDING("Deducted: not yet posted", "Déduit : pas encore comptabilisé"),
    DEDUCTED_INVOICES("Deducted invoices", "Factures déduites"),
    POSTED_MARKS("Earlier reimbursements now known posted", "Remboursements antérieurs désormais comptabilisés");

    private final String english;
    private final String french;

    ReportLabels(String english, String french) {
        this.english = english;
        this.french = french;
    }

    String in(Language language) {
        return language == Language.FR ? french : english;
    }

    static List<String> in(Language language, ReportLabels... labels) {
        return Arrays.stream(labels).map(label -> label.in(language)).toList();
    }
}
