package io.reimburse.engine;

import io.reimburse.model.CustomerRef;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the decision needs from earlier runs: who was already reimbursed, which one-time vendors
 * exist and where the number sequences stand. {@link #NONE} is a stateless run.
 */
public interface RegisterState {

    /** Rule 9: reimbursed in an earlier, not voided run whose balance date is the same or later. */
    boolean alreadyReimbursed(CustomerRef customer, String currency, LocalDate balanceDate);

    /** The one-time vendor an earlier run created for this customer. */
    Optional<String> oneTimeVendorOf(CustomerRef customer);

    /** The next invoice number: the register's sequence, raised to the parameter if that is higher. */
    long nextInvoiceNumber(long fromParameters);

    /** The next one-time vendor number, same rule as invoices. */
    long nextOneTimeVendorNumber(long fromParameters);

    RegisterState NONE = new RegisterState() {
        @Override
        public boolean alreadyReimbursed(CustomerRef customer, String currency, LocalDate balanceDate) {
            return false;
        }

        @Override
        public Optional<String> oneTimeVendorOf(CustomerRef customer) {
            return Optional.empty();
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
