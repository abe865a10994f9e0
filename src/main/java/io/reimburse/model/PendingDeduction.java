package io.reimburse.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an earlier, not yet posted reimbursement took from a credit: its amount is subtracted, so the
 * same credit is never refunded twice while the ERP has not posted the first invoice.
 */
public record PendingDeduction(BigDecimal amount, List<String> invoices) {

    public static final PendingDeduction NONE = new PendingDeduction(BigDecimal.ZERO, List.of());

    public PendingDeduction {
        invoices = List.copyOf(invoices);
    }

    public boolean isNone() {
        return invoices.isEmpty();
    }
}
