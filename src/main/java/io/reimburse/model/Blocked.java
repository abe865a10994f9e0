package io.reimburse.model;

import java.util.Optional;

/** A customer's (or vendor's) blocking status, as Dynamics 365 names it. */
public enum Blocked {
    NO, INVOICE, PAYMENT, ALL, NEVER, REQUISITION;

    /** Rule 4: a customer blocked for all or for payment is not reimbursed. */
    public boolean blocksCustomerReimbursement() {
        return this == ALL || this == PAYMENT;
    }

    /** Rule 8: a vendor that cannot receive an invoice or a payment cannot take the reimbursement. */
    public boolean blocksVendor() {
        return this == ALL || this == PAYMENT || this == INVOICE;
    }

    /** What each text written so far reads as: a column repeats a handful of words a million times. */
    private static final java.util.Map<String, Optional<Blocked>> READ = new java.util.concurrent.ConcurrentHashMap<>();

    /** Reads English or French words (case and accents ignored); an empty text is NO. */
    public static Optional<Blocked> parse(String text) {
        Optional<Blocked> read = READ.get(text);
        if (read == null) {
            read = parseWord(text);
            if (READ.size() < 1000) {
                READ.put(text, read);
            }
        }
        return read;
    }

    private static Optional<Blocked> parseWord(String text) {
        String word = Names.normalize(text);
        return switch (word) {
            case "", "none", "aucun" -> Optional.of(NO);
            case "invoice", "facture" -> Optional.of(INVOICE);
            case "payment", "paiement", "reglement" -> Optional.of(PAYMENT);
            case "all", "tout", "tous" -> Optional.of(ALL);
            case "never", "jamais" -> Optional.of(NEVER);
            case "requisition", "demandedachat", "demandeachat" -> Optional.of(REQUISITION);
            default -> YesNo.ofWord(word).map(yes -> yes ? ALL : NO); // "Yes" blocks all, "No" nothing
        };
    }
}
