package io.reimburse.model;

import java.util.List;

/**
 * Summarize and Dimensions: one reimbursement per customer and currency, or, when Summarize is No,
 * per dimension set of the columns named.
 */
public record DimensionParameters(boolean summarize, List<String> names) {

    public DimensionParameters {
        names = List.copyOf(names);
    }

    /** The dimensions that split a reimbursement: none when Summarize is Yes. */
    public List<String> keyDimensions() {
        return summarize ? List.of() : names;
    }
}
