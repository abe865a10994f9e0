package io.reimburse.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The outcome of the decision rules: reimbursements in invoice order, skips, one-time vendors to create. */
public record Decisions(List<Reimbursement> reimbursements, List<Skip> skips, List<OneTimeVendor> oneTimeVendors) {

    public Decisions {
        reimbursements = List.copyOf(reimbursements);
        skips = List.copyOf(skips);
        oneTimeVendors = List.copyOf(oneTimeVendors);
    }

    /** Keys per skip reason, every reason present (zero when none). */
    public Map<SkipReason, Integer> skipCounts() {
        return Tally.countsOf(SkipReason.class, skips.stream().map(Skip::reason));
    }

    /** Reimbursed amount per currency, currencies in alphabetical order. */
    public Map<String, BigDecimal> totalsByCurrency() {
        return Tally.amountsByCurrency(reimbursements);
    }

    /** Number of reimbursements per currency, currencies in alphabetical order. */
    public Map<String, Integer> countsByCurrency() {
        return Tally.countsByCurrency(reimbursements);
    }

    /** The skips a person must see one by one (credit balances not reimbursed, input errors). */
    public List<Skip> listedSkips() {
        return skips.stream().filter(skip -> skip.reason().listed()).toList();
    }
}
