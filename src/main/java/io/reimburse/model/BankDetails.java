package io.reimburse.model;

/** A payee's IBAN and the BIC given with it (electronic form; empty when unknown): both from one source. */
public record BankDetails(String iban, String bic) {

    public static final BankDetails NONE = new BankDetails("", "");

    /** Normalized once, wherever they come from. */
    public static BankDetails of(String iban, String bic) {
        return new BankDetails(Iban.normalize(iban), Bic.normalize(bic));
    }

    public boolean hasIban() {
        return !iban.isEmpty();
    }
}
