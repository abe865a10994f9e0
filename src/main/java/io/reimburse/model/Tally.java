package io.reimburse.model;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The counts and totals the report, the manifest and the command line show. */
public final class Tally {

    private Tally() {
    }

    /** Reimbursed amount per currency, currencies in alphabetical order. */
    public static Map<String, BigDecimal> amountsByCurrency(List<Reimbursement> reimbursements) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        reimbursements.forEach(r -> totals.merge(r.amount().currency(), r.amount().amount(), BigDecimal::add));
        return totals;
    }

    /** Number of reimbursements per currency, currencies in alphabetical order. */
    public static Map<String, Integer> countsByCurrency(List<Reimbursement> reimbursements) {
        Map<String, Integer> counts = new TreeMap<>();
        reimbursements.forEach(r -> counts.merge(r.amount().currency(), 1, Integer::sum));
        return counts;
    }

    /** How often each code occurs, every code of the enum present (zero when none), in the enum's order. */
    public static <E extends Enum<E>> Map<E, Integer> countsOf(Class<E> codes, Stream<E> occurrences) {
        Map<E, Integer> counts = new EnumMap<>(codes);
        for (E code : codes.getEnumConstants()) {
            counts.put(code, 0);
        }
        occurrences.forEach(code -> counts.merge(code, 1, Integer::sum));
        return counts;
    }
}
