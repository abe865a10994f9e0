package io.reimburse.model;

import java.util.List;

/**
 * What one reimbursement is for: legal entity, customer, currency and, when Summarize is No,
 * the dimension set. Keys sort in the order invoice numbers are given.
 */
public record BalanceKey(String legalEntity, String customerAccount, String currency, List<String> dimensions)
        implements Comparable<BalanceKey> {

    private static int compareDimensions(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int order = a.get(i).compareTo(b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    public BalanceKey {
        dimensions = List.copyOf(dimensions);
    }

    public CustomerRef customer() {
        return new CustomerRef(legalEntity, customerAccount);
    }

    @Override
    public int compareTo(BalanceKey other) {
        // written out rather than as a Comparator chain: a million keys are sorted per run
        int order = legalEntity.compareTo(other.legalEntity);
        if (order == 0) {
            order = customerAccount.compareTo(other.customerAccount);
        }
        if (order == 0) {
            order = currency.compareTo(other.currency);
        }
        return order != 0 ? order : compareDimensions(dimensions, other.dimensions);
    }
}
