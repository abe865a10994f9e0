package io.reimburse.model;

import java.time.LocalDate;

/**
 * The description written on every invoice line of a run, in its language. One instance per
 * run, shared by its reimbursements: the text is made when a file is written, not kept for
 * each of a million reimbursements.
 */
public record InvoiceText(Language language, LocalDate balanceDate, String before, String after) {

    public InvoiceText(Language language, LocalDate balanceDate) {
        this(language, balanceDate, language == Language.FR ? "Remboursement du solde créditeur, client "
                        : "Reimbursement of credit balance, customer ",
                (language == Language.FR ? ", solde au " : ", balance of ") + balanceDate);
    }

    /** The sentence around the customer account, made once per run: every invoice line asks for it. */
    public String describe(String customerAccount) {
        return before + customerAccount + after;
    }
}
