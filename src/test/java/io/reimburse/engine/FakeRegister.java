package io.reimburse.engine;

import io.reimburse.model.CustomerRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A register held in memory: customers and currencies already reimbursed, one-time vendors
 * of earlier runs, the IBANs customers were last paid to, and the number sequences. Records the balance dates it was asked about.
 */
final class FakeRegister implements RegisterState {

    private final Set<String> reimbursed = new HashSet<>();
    private final Map<CustomerRef, String> oneTimeVendors = new HashMap<>();
    private final Map<CustomerRef, String> lastIbans = new HashMap<>();
    private long nextInvoice = 1;
    private long nextOneTimeVendor = 1;
    final List<LocalDate> askedBalanceDates = new ArrayList<>();

    FakeRegister reimbursed(CustomerRef customer, String currency) {
        reimbursed.add(customer + "/" + currency);
        return this;
    }

    FakeRegister oneTimeVendor(CustomerRef customer, String vendorAccount) {
        oneTimeVendors.put(customer, vendorAccount);
        return this;
    }

    FakeRegister paidTo(CustomerRef customer, String iban) {
        lastIbans.put(customer, iban);
        return this;
    }

    FakeRegister nextInvoice(long number) {
        nextInvoice = number;
        return this;
    }

    FakeRegister nextOneTimeVendor(long number) {
        nextOneTimeVendor = number;
        return this;
    }

    @Override
    public Optional<String> earlierReimbursement(CustomerRef customer, String currency, LocalDate balanceDate) {
        askedBalanceDates.add(balanceDate);
        return reimbursed.contains(customer + "/" + currency) ? Optional.of("invoice RMB-999999 of an earlier run")
                : Optional.empty();
    }

    @Override
    public Optional<String> oneTimeVendorOf(CustomerRef customer) {
        return Optional.ofNullable(oneTimeVendors.get(customer));
    }

    @Override
    public Optional<String> lastIban(CustomerRef customer) {
        return Optional.ofNullable(lastIbans.get(customer));
    }

    @Override
    public long nextInvoiceNumber(long fromParameters) {
        return Math.max(nextInvoice, fromParameters);
    }

    @Override
    public long nextOneTimeVendorNumber(long fromParameters) {
        return Math.max(nextOneTimeVendor, fromParameters);
    }
}
