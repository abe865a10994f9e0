package io.reimburse.engine;

import io.reimburse.model.Blocked;
import io.reimburse.model.EarlierReimbursement;
import io.reimburse.model.Language;
import io.reimburse.model.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The sentences the decision writes (skip and payment explanations) wholly in the run's language:
 * its words, its dates (31/10/2026 in French) and its amounts (1 250,00 EUR), blocking statuses by
 * their name in it.
 */
final class Texts {

    private final Language language;

    Texts(Language language) {
        this.language = language;
    }

    private String pick(String en, String fr) {
        return language == Language.FR ? fr : en;
    }

    String notSelected() {
        return pick("Not in the selected customer accounts or groups.",
                "Hors de la sélection de comptes ou de groupes clients.");
    }

    String inputError(int problems) {
        return pick("Held back: " + problems + " problem(s) in this customer's input rows (see Input errors).",
                "Retenu : " + problems + " problème(s) dans les lignes de ce client (voir Erreurs de saisie).");
    }

    String debitBalance() {
        return pick("The customer owes the company; nothing to reimburse.",
                "Le client doit de l'argent à la société ; rien à rembourser.");
    }

    String zeroBalance() {
        return pick("The balance is zero; nothing to reimburse.", "Le solde est nul ; rien à rembourser.");
    }

    String customerBlocked(Blocked blocked) {
        return pick("The customer is blocked (" + blocked(blocked) + ").",
                "Le client est bloqué (" + blocked(blocked) + ").");
    }

    /** A blocking status as Dynamics 365 names it in the language. */
    private String blocked(Blocked blocked) {
        return switch (blocked) {
            case NO -> pick("No", "Non");
            case INVOICE -> pick("Invoice", "Facture");
            case PAYMENT -> pick("Payment", "Paiement");
            case ALL -> pick("All", "Tout");
            case NEVER -> pick("Never", "Jamais");
            case REQUISITION -> pick("Requisition", "Demande d'achat");
        };
    }

    private String amount(BigDecimal amount, String currency) {
        return language.amount(amount, currency);
    }

    String openDebitTransactions() {
        return pick("The customer has open debit transactions in this currency "
                        + "(IncludeCustomersWithDebitTransactions = No).",
                "Le client a des transactions débitrices ouvertes dans cette devise "
                        + "(IncludeCustomersWithDebitTransactions = Non).");
    }

    String noExchangeRate(String currency, String accountingCurrency) {
        return pick("No MinimumReimbursement." + currency + " and no ExchangeRate." + currency
                        + " to compare this " + currency + " credit with the minimum in " + accountingCurrency + ".",
                "Ni MinimumReimbursement." + currency + " ni ExchangeRate." + currency
                        + " pour comparer ce crédit en " + currency + " au minimum en " + accountingCurrency + ".");
    }

    /** A credit below the minimum in its own currency (MinimumReimbursement.XXX, or the accounting currency). */
    String belowMinimum(BigDecimal credit, String currency, BigDecimal minimum) {
        return pick("Credit " + amount(credit, currency) + " is below the minimum reimbursement "
                        + amount(minimum, currency) + ".",
                "Le crédit de " + amount(credit, currency) + " est inférieur au remboursement minimal de "
                        + amount(minimum, currency) + ".");
    }

    /**
     * A foreign credit whose value in the accounting currency is below the minimum. The comparison used
     * the exact product; the sentence shows it rounded down to the accounting currency's decimals, so
     * that what it shows is below the minimum as the product is (49.995 EUR shows as 49.99 EUR).
     */
    String belowMinimumConverted(BigDecimal credit, String currency, BigDecimal rate, BigDecimal minimum,
                                 String accounting) {
        BigDecimal exact = credit.multiply(rate);
        BigDecimal converted = exact.setScale(Money.minorDigits(accounting), RoundingMode.DOWN);
        String conversion = amount(credit, currency) + " = " + amount(converted, accounting);
        boolean rounded = converted.compareTo(exact) != 0;
        return pick("Credit " + conversion + " (ExchangeRate." + currency + " " + language.number(rate)
                        + (rounded ? ", rounded down" : "") + "), below the minimum reimbursement "
                        + amount(minimum, accounting) + ".",
                "Crédit de " + conversion + " (taux de change " + currency + " " + language.number(rate)
                        + (rounded ? ", arrondi à l'inférieur" : "") + "), sous le remboursement minimal de "
                        + amount(minimum, accounting) + ".");
    }

    String vendorBlocked(String vendor, Blocked blocked) {
        return pick("The linked vendor " + vendor + " is blocked (" + blocked(blocked) + ").",
                "Le fournisseur lié " + vendor + " est bloqué (" + blocked(blocked) + ").");
    }

    String alreadyReimbursed(EarlierReimbursement earlier) {
        return pick("Already reimbursed for this or a later balance date: invoice " + earlier.invoice() + " of run "
                        + earlier.runId() + " (balances of " + language.date(earlier.balanceDate()) + ").",
                "Déjà remboursé pour cette date de solde ou une date ultérieure : facture " + earlier.invoice()
                        + " de l'exécution " + earlier.runId() + " (soldes au " + language.date(earlier.balanceDate())
                        + ").");
    }

    /** One earlier reimbursement subtracted from a credit, and why it is still in the balance. */
    String pendingInvoice(EarlierReimbursement earlier, BigDecimal taken) {
        String amount = amount(taken, earlier.amount().currency());
        if (earlier.postedOn() == null) {
            return pick("invoice " + earlier.invoice() + " of run " + earlier.runId() + " (balances of "
                            + language.date(earlier.balanceDate()) + "), " + amount + ", not yet posted",
                    "facture " + earlier.invoice() + " de l'exécution " + earlier.runId() + " (soldes au "
                            + language.date(earlier.balanceDate()) + "), " + amount + ", pas encore comptabilisée");
        }
        return pick("invoice " + earlier.invoice() + " of run " + earlier.runId() + ", " + amount + ", posted on "
                        + language.date(earlier.postedOn()) + ", after these balances",
                "facture " + earlier.invoice() + " de l'exécution " + earlier.runId() + ", " + amount
                        + ", comptabilisée le " + language.date(earlier.postedOn()) + ", après ces soldes");
    }

    String pendingCoversCredit(BigDecimal credit, String currency, List<String> pending) {
        return pick("The credit of " + amount(credit, currency) + " is already being reimbursed: "
                        + String.join("; ", pending) + ". Mark the invoice posted when the ERP has posted it "
                        + "('reimburse register posted'), or void it if it was never imported.",
                "Le crédit de " + amount(credit, currency) + " est déjà en cours de remboursement : "
                        + String.join(" ; ", pending) + ". Marquer la facture comptabilisée une fois validée dans "
                        + "l'ERP ('reimburse register posted'), ou l'annuler si elle n'a jamais été importée.");
    }

    String pendingLeavesBelowMinimum(BigDecimal credit, String currency, List<String> pending, String belowMinimum) {
        return pick("The credit of " + amount(credit, currency) + " less what is already being "
                        + "reimbursed (" + String.join("; ", pending) + ") leaves too little: " + belowMinimum,
                "Le crédit de " + amount(credit, currency) + ", moins ce qui est déjà en cours de "
                        + "remboursement (" + String.join(" ; ", pending) + "), laisse trop peu : " + belowMinimum);
    }

    String remittance(String invoice, String customerAccount) {
        return pick("Reimbursement " + invoice + ", customer " + customerAccount,
                "Remboursement " + invoice + ", client " + customerAccount);
    }

    String payable(String iban) {
        return pick("Paid by transfer to IBAN " + iban + ".", "Payé par virement sur l'IBAN " + iban + ".");
    }

    String changeAccepted(String previousIban, String iban) {
        return pick("Paid by transfer to IBAN " + iban + ": it replaces " + previousIban
                        + ", last paid, as AcceptBankDetailChanges allows.",
                "Payé par virement sur l'IBAN " + iban + " : il remplace " + previousIban
                        + ", dernier payé, comme AcceptBankDetailChanges l'autorise.");
    }

    String noBankDetails() {
        return pick("No IBAN for this payee in the vendor links or the balances: pay it another way, or add its "
                        + "bank details.",
                "Aucun IBAN pour ce bénéficiaire dans les liens fournisseurs ni dans les soldes : le payer autrement, "
                        + "ou compléter ses coordonnées bancaires.");
    }

    String badBankDetails(String why) {
        return pick("Bank details refused: " + why + ".", "Coordonnées bancaires refusées : " + why + ".");
    }

    String bankDetailsChanged(String previousIban, String iban) {
        return pick("The IBAN changed from " + previousIban + " (last paid) to " + iban + ": confirm the change "
                        + "with the customer through a channel you already know, then list the customer in "
                        + "AcceptBankDetailChanges.",
                "L'IBAN a changé : " + previousIban + " (dernier payé) devient " + iban + ". Confirmer le changement "
                        + "auprès du client par un canal déjà connu, puis ajouter le client à AcceptBankDetailChanges.");
    }
}
