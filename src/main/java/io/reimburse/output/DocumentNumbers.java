package io.reimburse.output;

import io.reimburse.model.Reimbursement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Numbers of the documents that group invoices (journals, payment messages): the invoice prefix,
 * a letter naming the kind of document, and the digits of its first invoice ("RMB-J000001").
 * Deterministic, and never repeated since invoice numbers are not.
 */
public enum DocumentNumbers {
    INVOICE_JOURNAL('J'), PAYMENT_JOURNAL('P'), PAYMENT_MESSAGE('M'), PAYMENT_BATCH('B'),
    /** The document that reverses one invoice, and the journal of a reversal run. */
    REVERSAL_INVOICE('R'), REVERSAL_JOURNAL('V');

    private final char letter;

    DocumentNumbers(char letter) {
        this.letter = letter;
    }

    public String of(String invoicePrefix, String firstInvoice) {
        return invoicePrefix + letter + firstInvoice.substring(invoicePrefix.length());
    }

    /**
     * The lines of each journal: Dynamics journal headers carry no company, so a journal holds one
     * legal entity's lines, in invoice order.
     */
    static <T> Map<String, List<T>> byLegalEntity(List<T> lines, Function<T, Reimbursement> reimbursement) {
        Map<String, List<T>> journals = new LinkedHashMap<>();
        for (T line : lines) {
            journals.computeIfAbsent(reimbursement.apply(line).key().legalEntity(), k -> new ArrayList<>()).add(line);
        }
        return journals;
    }
}
