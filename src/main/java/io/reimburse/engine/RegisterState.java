package io.reimburse.engine;

import io.reimburse.model.CustomerRef;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the decision needs from earlier runs: who was already reimbursed, which one-time vendors
 * exist, where the number sequences stand and which IBAN each customer was last paid to.
 * {@link #NONE} is a stateless run.
 */
public interface RegisterState {

    /**
     * Rule 9: the reimbursement of an earlier, not voided run whose balance date is the same or
     * later, described for a person ("invoice RMB-000004 of run ..."), or empty.
     */
    Optional<String> earlierReimbursement(CustomerRef customer, String currency, LocalDate balanceDate);

    /** The one-time vendor an earlier run created for this customer. */
    Optional<String> oneTimeVendorOf(CustomerRef customer);

    /** The next invoice number: the register's sequence, raised to the parameter if that is higher. */
    long nextInvoiceNumber(long fromParameters);

    /** The next one-time vendor number, same rule as invoices. */
    long nextOneTimeVendorNumber(long fromParameters);

    /**
     * The IBAN (electronic form: no spaces, upper case) of this customer's last PAYABLE payment in
     * an earlier, not voided run; empty when it was never paid by transfer. A changed IBAN is
     * recorded only once a run pays it (AcceptBankDetailChanges), never while it is held back.
     */
    Optional<String> lastIban(CustomerRef customer);

    RegisterState NONE = new RegisterState() {
        @Override
        public Optional<String> earlierReimbursement(CustomerRef customer, String currency, LocalDate balanceDate) {
            return Optional.empty();
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

        @Override
        public Optional<String> lastIban(CustomerRef customer) {
            return Optional.empty();
        }
    };
}
