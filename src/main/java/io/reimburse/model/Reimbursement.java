package io.reimburse.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One vendor invoice for the credit amount of one key, exactly, in its own currency. */
public record Reimbursement(BalanceKey key, String customerName, String customerGroup, BigDecimal balance,
                            Money amount, String vendorAccount, OneTimeVendorStatus oneTimeVendor,
                            String invoice, LocalDate transactionDate, LocalDate dueDate, InvoiceText text) {

    /** The invoice line's description. */
    public String description() {
        return text.describe(key.customerAccount());
    }
}
