package io.reimburse.engine;

import io.reimburse.model.CustomerCurrency;
import io.reimburse.model.CustomerRef;
import io.reimburse.model.EarlierReimbursement;
import io.reimburse.model.Money;
import io.reimburse.model.RegisterHistory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A register held in memory: customers and currencies already reimbursed, reimbursements not yet
 * posted, one-time vendors of earlier runs, the IBANs customers were last paid to, and the number
 * sequences. Records the balance dates and customers it was asked about.
 */
final class FakeRegister implements RegisterState {

    private final Map<CustomerCurrency, EarlierReimbursement> reimbursed = new HashMap<>();
    private final Map<CustomerCurrency, List<EarlierReimbursement>> pending = new HashMap<>();
    private final Map<CustomerRef, String> oneTimeVendors = new HashMap<>();
    private final Map<CustomerRef, String> lastIbans = new HashMap<>();
    private long nextInvoice = 1;
    private long nextOneTimeVendor = 1;
    final List<LocalDate> askedBalanceDates = new ArrayList<>();
    final List<Set<CustomerRef>> askedCustomers = new ArrayList<>();

    FakeRegister reimbursed(CustomerRef customer, String currency) {
        reimbursed.put(new CustomerCurrency(customer, currency), new EarlierReimbursement("RMB-999999", "run-earlier",
                LocalDate.of(2026, 10, 31), new Money(BigDecimal.ONE, currency), "", null));
        return this;
    }

    /** A reimbursement of an earlier run, for older balances, that the ERP has not posted yet. */
    FakeRegister pending(CustomerRef customer, String currency, String invoice, String amount, String dimensions) {
        pending.computeIfAbsent(new CustomerCurrency(customer, currency), c -> new ArrayList<>())
                .add(new EarlierReimbursement(invoice, "run-earlier", LocalDate.of(2026, 9, 30),
                        new Money(new BigDecimal(amount), currency), dimensions, null));
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

    /** Everything it holds, whoever is asked about. */
    RegisterHistory all() {
        return new RegisterHistory(reimbursed, pending, oneTimeVendors, lastIbans);
    }

    @Override
    public RegisterHistory history(Set<CustomerRef> customers, LocalDate balanceDate) {
        askedBalanceDates.add(balanceDate);
        askedCustomers.add(Set.copyOf(customers));
        return all();
    }

    @Override
    public long nextInvoiceNumber(String prefix, long fromParameters) {
        return Math.max(nextInvoice, fromParameters);
    }

    @Override
    public long nextOneTimeVendorNumber(String prefix, long fromParameters) {
        return Math.max(nextOneTimeVendor, fromParameters);
    }
}
