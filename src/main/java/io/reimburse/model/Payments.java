package io.reimburse.model;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
        Map<PaymentStatus, Integer> counts = new EnumMap<>(PaymentStatus.class);
        for (PaymentStatus status : PaymentStatus.values()) {
            counts.put(status, 0);
        }
        all.forEach(payment -> counts.merge(payment.status(), 1, Integer::sum));
        return counts;
    }

    /** Number of payable payments per currency, currencies in alphabetical order. */
    public Map<String, Integer> payableCountsByCurrency() {
        Map<String, Integer> counts = new TreeMap<>();
        payable().forEach(payment -> counts.merge(payment.reimbursement().amount().currency(), 1, Integer::sum));
        return counts;
    }

    /** Payable amount per currency, currencies in alphabetical order. */
    public Map<String, BigDecimal> payableTotalsByCurrency() {
        Map<String, BigDecimal> totals = new TreeMap<>();
        payable().forEach(payment -> totals.merge(payment.reimbursement().amount().currency(),
                payment.reimbursement().amount().amount(), BigDecimal::add));
        return totals;
    }
}
