package io.reimburse.output;

/**
 * Numbers of the documents that group invoices (journals, payment messages): the invoice prefix,
 * a letter naming the kind of document, and the digits of its first invoice ("RMB-J000001").
 * Deterministic, and never repeated since invoice numbers are not.
 */
enum DocumentNumbers {
    INVOICE_JOURNAL('J'), PAYMENT_JOURNAL('P'), PAYMENT_MESSAGE('M'), PAYMENT_BATCH('B');

    private final char letter;

    DocumentNumbers(char letter) {
        this.letter = letter;
    }

    String of(String invoicePrefix, String firstInvoice) {
        return invoicePrefix + letter + firstInvoice.substring(invoicePrefix.length());
    }
}
