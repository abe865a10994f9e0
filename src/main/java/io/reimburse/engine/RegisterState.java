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

    /** The next invoice number: the register's sequence, raised to the parameter if that is higher. */
    long nextInvoiceNumber(long fromParameters);

    /** The next one-time vendor number, same rule as invoices. */
    long nextOneTimeVendorNumber(long fromParameters);

    RegisterState NONE = new RegisterState() {
        @Override
        public RegisterHistory history(Set<CustomerRef> customers, LocalDate balanceDate) {
            return RegisterHistory.EMPTY;
        }

        @Override
        public long nextInvoiceNumber(long fromParameters) {
            return fromParameters;
        }

        @Override
        public long nextOneTimeVendorNumber(long fromParameters) {
            return fromParameters;
        }
    };
}
