package io.reimburse.model;

import java.time.LocalDate;

/**
 * The description written on every invoice line of a run, in its language. One instance per
 * run, shared by its reimbursements: the text is made when a file is written, not kept for
 * each of a million reimbursements.
 */
public record InvoiceText(Language language, LocalDate balanceDate) {

    public String describe(String customerAccount) {
        return language == Language.FR
                ? "Remboursement du solde créditeur, client " + customerAccount + ", solde au " + balanceDate
                : "Reimbursement of credit balance, customer " + customerAccount + ", balance of " + balanceDate;
    }
}
