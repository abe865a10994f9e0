package io.reimburse.engine;

import io.reimburse.model.Language;

import java.math.BigDecimal;

/** The sentences the decision writes (invoice descriptions, skip explanations) in the run's language. */
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

    String customerBlocked(String blocked) {
        return pick("The customer is blocked (" + blocked + ").", "Le client est bloqué (" + blocked + ").");
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

    String belowMinimum(BigDecimal credit, String currency, BigDecimal minimum, String minimumCurrency) {
        return pick("Credit " + credit.toPlainString() + " " + currency + " is below the minimum reimbursement "
                        + minimum.toPlainString() + " " + minimumCurrency + ".",
                "Le crédit de " + credit.toPlainString() + " " + currency
                        + " est inférieur au remboursement minimal de "
                        + minimum.toPlainString() + " " + minimumCurrency + ".");
    }

    String vendorBlocked(String vendor, String blocked) {
        return pick("The linked vendor " + vendor + " is blocked (" + blocked + ").",
                "Le fournisseur lié " + vendor + " est bloqué (" + blocked + ").");
    }

    String alreadyReimbursed(String earlier) {
        return pick("Already reimbursed for this or a later balance date: " + earlier + ".",
                "Déjà remboursé pour cette date de solde ou une date ultérieure : " + earlier + ".");
    }
}
