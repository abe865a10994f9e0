package io.reimburse.model;

import java.util.Comparator;

/** A customer account within its legal entity. */
public record CustomerRef(String legalEntity, String customerAccount) implements Comparable<CustomerRef> {

    private static final Comparator<CustomerRef> ORDER = Comparator
            .comparing(CustomerRef::legalEntity).thenComparing(CustomerRef::customerAccount);

    @Override
    public int compareTo(CustomerRef other) {
        return ORDER.compare(this, other);
    }
}
