package io.reimburse.model;

/**
 * How one reimbursement is paid: the payee and its bank details (IBAN and BIC in electronic
 * form, empty when unknown), and whether the payment file may carry it.
 *
 * @param previousIban the IBAN an earlier run paid this customer to, when it differs; else empty
 * @param remittance   the text the payee reads on its statement, naming the invoice and customer
 * @param explanation  a sentence a person understands, in the run's language
 */
public record Payment(Reimbursement reimbursement, String payeeName, String iban, String bic, PaymentStatus status,
                      String previousIban, String remittance, String explanation) {
}
