package io.reimburse.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Summarize and Dimensions: one reimbursement per customer and currency, or, when Summarize is No,
 * per dimension set of the columns named. {@code format} is the ERP's dimension display format: the
 * dimensions' names in the ERP's order, "" for a segment the balances do not carry, joined by
 * {@code delimiter} ("CostCenter--Department" with "-").
 */
public record DimensionParameters(boolean summarize, List<String> names, List<String> format, char delimiter) {

    public DimensionParameters {
        names = List.copyOf(names);
        format = List.copyOf(format);
    }

    /** Dimensions in their own order, with D365's default segment delimiter. */
    public DimensionParameters(boolean summarize, List<String> names) {
        this(summarize, names, names, '-');
    }

    /** The dimensions that split a reimbursement: none when Summarize is Yes. */
    public List<String> keyDimensions() {
        return summarize ? List.of() : names;
    }

    /**
     * A key's dimension set as the ERP's display value ("CC10--SALES"); "" when Summarize is Yes.
     *
     * @param values the key's values, in the order of {@link #names}
     */
    public String displayValue(List<String> values) {
        if (summarize || values.isEmpty()) {
            return "";
        }
        List<String> segments = new ArrayList<>(format.size());
        for (String segment : format) {
            int index = names.indexOf(segment);
            segments.add(index < 0 ? "" : values.get(index));
        }
        return String.join(String.valueOf(delimiter), segments);
    }
}
