package io.reimburse.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The payments of a run, one per reimbursement in invoice order; {@link #NONE} when Payments is No. */
public record Payments(List<Payment> all) {

    public static final Payments NONE = new Payments(List.of());

    public Payments {
        all = List.copyOf(all);
    }

    /** The payments the payment file carries. */
    public List<Payment> payable() {
        return all.stream().filter(payment -> payment.status() == PaymentStatus.PAYABLE).toList();
    }

    /** Payments per status, every status present (zero when none). */
    public Map<PaymentStatus, Integer> countsByStatus() {
        return Tally.countsOf(PaymentStatus.class, all.stream().map(Payment::status));
    }

    /** Number of payable payments per currency, currencies in alphabetical order. */
    public Map<String, Integer> payableCountsByCurrency() {
        return Tally.countsByCurrency(payable().stream().map(Payment::reimbursement).toList());
    }

    /** Payable amount per currency, currencies in alphabetical order. */
    public Map<String, BigDecimal> payableTotalsByCurrency() {
        return Tally.amountsByCurrency(payable().stream().map(Payment::reimbursement).toList());
    }
}
