package io.reimburse.model;

/** A payee's IBAN and the BIC given with it (electronic form; empty when unknown): both from one source. */
public record BankDetails(String iban, String bic) {

    public static final BankDetails NONE = new BankDetails("", "");

    /** Normalized once, wherever they come from; none given is {@link #NONE} (one object for all rows without). */
    public static BankDetails of(String iban, String bic) {
        BankDetails details = new BankDetails(Iban.normalize(iban), Bic.normalize(bic));
        return details.equals(NONE) ? NONE : details;
    }

    public boolean hasIban() {
        return !iban.isEmpty();
    }
}
