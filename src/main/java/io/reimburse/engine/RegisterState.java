package io.reimburse.engine;

import io.reimburse.model.CustomerRef;
import io.reimburse.model.RegisterHistory;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the decision needs from earlier runs: what they recorded of the customers it may reimburse
 * (read at once for all of them) and where the number sequences stand. {@link #NONE} is a
 * stateless run.
 */
public interface RegisterState {

    /**
     * The register's history of these customers, for a run on balances of {@code balanceDate}: read in a
     * few queries for the whole set, never one per customer.
     */
    RegisterHistory history(Set<CustomerRef> customers, LocalDate balanceDate);

    /**
     * The next invoice number of this prefix: the register's sequence for the prefix, raised to the
     * parameter if that is higher. Each prefix has its own sequence: prefix and six digits never
     * repeat, and a new prefix (a year's, say) starts a new range.
     */
    long nextInvoiceNumber(String prefix, long fromParameters);

    /** The next one-time vendor number of this prefix, same rule as invoices. */
    long nextOneTimeVendorNumber(String prefix, long fromParameters);

    RegisterState NONE = new RegisterState() {
        @Override
        public RegisterHistory history(Set<CustomerRef> customers, LocalDate balanceDate) {
            return RegisterHistory.EMPTY;
        }

        @Override
        public long nextInvoiceNumber(String prefix, long fromParameters) {
            return fromParameters;
        }

        @Override
        public long nextOneTimeVendorNumber(String prefix, long fromParameters) {
            return fromParameters;
        }
    };
}
