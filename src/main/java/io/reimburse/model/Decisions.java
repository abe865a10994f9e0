package io.reimburse.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of the decision rules: reimbursements in invoice order, the skips a person must see
 * one by one (in key order), how many keys each skip reason took, and the one-time vendors to
 * create. Keys skipped for a reason that is only counted (debit, zero, not selected: most of a
 * large export) are not kept one by one: a million customers must not stay in memory while the
 * outputs are written. {@code history} is what the register knew of the customers decided on;
 * {@code postedMarks} the reimbursements of earlier runs that this run learnt the ERP has posted.
 */
public record Decisions(List<Reimbursement> reimbursements, List<Skip> listedSkips, Map<SkipReason, Integer> skipCounts,
                        List<OneTimeVendor> oneTimeVendors, RegisterHistory history, List<PostedMark> postedMarks) {

    /** Decisions made without a register. */
    public Decisions(List<Reimbursement> reimbursements, List<Skip> listedSkips, Map<SkipReason, Integer> skipCounts,
                     List<OneTimeVendor> oneTimeVendors) {
        this(reimbursements, listedSkips, skipCounts, oneTimeVendors, RegisterHistory.EMPTY, List.of());
    }

    public Decisions {
        postedMarks = List.copyOf(postedMarks);
        reimbursements = List.copyOf(reimbursements);
        listedSkips = List.copyOf(listedSkips);
        oneTimeVendors = List.copyOf(oneTimeVendors);
        for (Skip skip : listedSkips) {
            if (!skip.reason().listed()) {
                throw new IllegalArgumentException(skip.reason() + " is counted, not listed: " + skip.key());
            }
        }
        EnumMap<SkipReason, Integer> complete = new EnumMap<>(SkipReason.class);
        for (SkipReason reason : SkipReason.values()) {
            complete.put(reason, skipCounts.getOrDefault(reason, 0));
        }
        skipCounts = Collections.unmodifiableMap(complete);
    }

    /**
     * These decisions without the register's history, once the decisions and the payments are made from
     * it: the outputs and the register's rows need none of it, and a million-customer ledger's history
     * (one-time vendors of 164,000 customers, their earlier reimbursements) is tens of MB of a bounded heap.
     */
    public Decisions withoutHistory() {
        return new Decisions(reimbursements, listedSkips, skipCounts, oneTimeVendors, RegisterHistory.EMPTY, postedMarks);
    }

    /** Reimbursed amount per currency, currencies in alphabetical order. */
    public Map<String, BigDecimal> totalsByCurrency() {
        return Tally.amountsByCurrency(reimbursements);
    }

    /** Number of reimbursements per currency, currencies in alphabetical order. */
    public Map<String, Integer> countsByCurrency() {
        return Tally.countsByCurrency(reimbursements);
    }
}
