package io.reimburse.model;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The outcome of the decision rules: reimbursements in invoice order, skips, one-time vendors to create. */
public record Decisions(List<Reimbursement> reimbursements, List<Skip> skips, List<OneTimeVendor> oneTimeVendors) {

    public Decisions {
        reimbursements = List.copyOf(reimbursements);
        skips = List.copyOf(skips);
        oneTimeVendors = List.copyOf(oneTimeVendors);
    }

    /** Keys per skip reason, every reason present (zero when none). */
    public Map<SkipReason, Integer> skipCounts() {
        Map<SkipReason, Integer> counts = new EnumMap<>(SkipReason.class);
        for (SkipReason reason : SkipReason.values()) {
            counts.put(reason, 0);
        }
        skips.forEach(skip -> counts.merge(skip.reason(), 1, Integer::sum));
        return counts;
    }

    /** Reimbursed amount per currency, currencies in alphabetical order. */
    public Map<String, BigDecimal> totalsByCurrency() {
        Map<String, BigDecimal> totals = new TreeMap<>();
        reimbursements.forEach(r -> totals.merge(r.amount().currency(), r.amount().amount(), BigDecimal::add));
        return totals;
    }

    /** Number of reimbursements per currency, currencies in alphabetical order. */
    public Map<String, Integer> countsByCurrency() {
        Map<String, Integer> counts = new TreeMap<>();
        reimbursements.forEach(r -> counts.merge(r.amount().currency(), 1, Integer::sum));
        return counts;
    }

    /** The skips a person must see one by one (credit balances not reimbursed, input errors). */
    public List<Skip> listedSkips() {
        return skips.stream().filter(skip -> skip.reason().listed()).toList();
    }
}
