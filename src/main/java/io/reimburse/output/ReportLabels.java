package io.reimburse.output;

import io.reimburse.model.Language;
import io.reimburse.model.OneTimeVendorStatus;
import io.reimburse.model.PaymentStatus;
import io.reimburse.model.SkipReason;

import java.util.Arrays;
import java.util.List;

/**
 * The words of the report workbooks (sheet names, headers, summary lines, the decision and payment
 * codes in words) in English and French.
 */
enum ReportLabels {
    // Sheet names: at most 31 characters, none of : \ / ? * [ ]
    SUMMARY("Summary", "Synthèse"),
    PARAMETERS("Parameters", "Paramètres"),
    REIMBURSEMENTS("Reimbursements", "Remboursements"),
    SKIPPED("Skipped", "Non remboursés"),
    INPUT_ERRORS("Input errors", "Erreurs de saisie"),
    ONE_TIME_VENDORS("One-time vendors", "Fournisseurs occasionnels"),
    PAYMENTS("Payments", "Paiements"),
    DOCUMENTS("Documents settled", "Pièces soldées"),
    REJECTED("Rejected", "Rejetés"),

    REPORT_TITLE("Reimbursement report", "Rapport de remboursement"),
    PAYMENT_REPORT_TITLE("Payment report", "Rapport de paiement"),
    DRAFT("DRAFT — nothing was reimbursed", "BROUILLON — aucun remboursement effectué"),
    DRAFT_MARK("DRAFT", "BROUILLON"),
    PAGE_OF_PAGES("Page {page} of {pages}", "Page {page} sur {pages}"),
    BALANCES_OF("balances of", "soldes au"),
    PAYMENTS_ON("payments of", "paiements du"),

    REIMBURSED_PER_CURRENCY("Reimbursed per currency", "Remboursé par devise"),
    REIMBURSEMENTS_PER_CURRENCY("Reimbursements per currency", "Remboursements par devise"),
    PAYABLE_PER_CURRENCY("Ready to pay, per currency", "À payer, par devise"),
    LARGEST_REIMBURSEMENTS("Largest reimbursements", "Plus gros remboursements"),
    DECISIONS("Decisions", "Décisions"),
    CODE("Code", "Code"),
    COUNT("Count", "Nombre"),
    REIMBURSED("Reimbursed", "Remboursé"),
    INPUT_PROBLEMS("Input problems", "Problèmes dans les fichiers"),
    ROWS_WITH_PROBLEMS("Rows with a problem (sheet Input errors)", "Lignes en erreur (feuille Erreurs de saisie)"),
    CUSTOMERS_HELD_BACK("Customers held back", "Clients retenus"),
    TOTAL_LINES_IGNORED("Total lines ignored", "Lignes de total ignorées"),
    DUPLICATE_ROWS_IGNORED("Duplicate rows ignored", "Lignes en double ignorées"),
    ONE_TIME_VENDORS_CREATED("One-time vendors created", "Fournisseurs occasionnels créés"),
    POSTED_MARKS("Earlier reimbursements now known posted", "Remboursements antérieurs désormais comptabilisés"),
    THE_RUN("The run", "L'exécution"),
    RUN_ID("Run id", "Identifiant d'exécution"),
    STARTED("Started (UTC)", "Démarrée le (UTC)"),
    TOOL_VERSION("Version", "Version"),
    FILES_READ("Files read", "Fichiers lus"),
    ROWS("Rows", "Lignes"),
    SHA_256("SHA-256", "SHA-256"),
    APPROVAL("Approval", "Approbation"),
    CHECKED_BY("Checked by", "Vérifié par"),
    DATE("Date", "Date"),
    SIGNATURE("Signature", "Signature"),
    TOTAL("Total", "Total"),

    PARAMETER("Parameter", "Paramètre"),
    VALUE("Value", "Valeur"),
    DEFAULT("Default", "Par défaut"),
    YES("Yes", "Oui"),
    NO("No", "Non"),
    ALL_CUSTOMERS("all", "tous"),

    LEGAL_ENTITY("Legal entity", "Entité juridique"),
    BALANCE_DATE("Balance date", "Date de solde"),
    TRANSACTION_DATE("Transaction date", "Date de transaction"),
    DUE_DATE("Due date", "Date d'échéance"),
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

    // Four eyes (issue 13): the proposal a second person approves, and the approval in the final report
    PROPOSAL_MARK("PROPOSAL — to be approved", "PROPOSITION — à approuver"),
    PROPOSAL("Proposal", "Proposition"),
    PROPOSED_BY("Proposed by", "Proposé par"),
    PROPOSED_AT("Proposed at", "Proposé le"),
    VALID_UNTIL("Valid until", "Valable jusqu'au"),
    APPROVED_BY("Approved by", "Approuvé par"),
    APPROVED_AT("Approved at", "Approuvé le"),
    SAME_USER_ALLOWED("Approved by the proposer (ApprovalBySameUser)", "Approuvé par l'auteur (ApprovalBySameUser)"),
    APPROVE("Approve", "Approuver"),
    COMMENT("Comment", "Commentaire"),
    REJECTED_BEFORE("Rejected before", "Rejeté auparavant"),
    LINE_KEY("Line key", "Clé de ligne"),
    TO_BE_NUMBERED("at approval", "à l'approbation"),
    LINES_REJECTED("Lines rejected", "Lignes rejetées"),

    // The codes in words, named after them (ReportWorkbookTest checks that every code has its words)
    REASON_NOT_SELECTED("Not selected", "Non sélectionné"),
    REASON_INPUT_ERROR("Input error", "Erreur de saisie"),
    REASON_DEBIT_BALANCE("Debit balance", "Solde débiteur"),
    REASON_ZERO_BALANCE("Zero balance", "Solde nul"),
    REASON_CUSTOMER_BLOCKED("Customer blocked", "Client bloqué"),
    REASON_OPEN_DEBIT_TRANSACTIONS("Open debit transactions", "Transactions débitrices ouvertes"),
    REASON_NO_EXCHANGE_RATE("No exchange rate", "Pas de taux de change"),
    REASON_BELOW_MINIMUM("Below the minimum", "Sous le minimum"),
    REASON_VENDOR_BLOCKED("Vendor blocked", "Fournisseur bloqué"),
    REASON_ALREADY_REIMBURSED("Already reimbursed", "Déjà remboursé"),
    REASON_PENDING_REIMBURSEMENT("Reimbursement pending", "Remboursement en attente"),
    PAYMENT_PAYABLE("Ready to pay", "Prêt à payer"),
    PAYMENT_NO_BANK_DETAILS("Held: no bank details", "Retenu : pas de coordonnées bancaires"),
    PAYMENT_BAD_BANK_DETAILS("Held: bank details refused", "Retenu : coordonnées bancaires refusées"),
    PAYMENT_BANK_DETAILS_CHANGED("Held: bank details changed", "Retenu : coordonnées bancaires changées"),
    VENDOR_CREATED("created", "créé"),
    VENDOR_REUSED("reused", "réutilisé"),
    VENDOR_NO("no", "non");

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

    static String yesNo(boolean yes, Language language) {
        return (yes ? YES : NO).in(language);
    }

    /** A skip reason in words; its code goes in a column of its own, for filters and integrations. */
    static String reason(SkipReason reason, Language language) {
        return valueOf("REASON_" + reason.name()).in(language);
    }

    /** A payment status in words; its code goes in a column of its own. */
    static String paymentStatus(PaymentStatus status, Language language) {
        return valueOf("PAYMENT_" + status.name()).in(language);
    }

    /** Whether the vendor is the customer's own ("no"), or a one-time vendor created or reused. */
    static String oneTimeVendor(OneTimeVendorStatus status, Language language) {
        return valueOf("VENDOR_" + status.name()).in(language);
    }
}
