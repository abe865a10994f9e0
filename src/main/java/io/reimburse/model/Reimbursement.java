package io.reimburse.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One vendor invoice for the credit amount of one key, exactly, in its own currency; less what
 * earlier reimbursements not yet posted by the ERP took from the same credit ({@code deducted}).
 */
public record Reimbursement(BalanceKey key, String customerName, String customerGroup, BigDecimal balance,
                            Money amount, PendingDeduction deducted, String vendorAccount,
                            OneTimeVendorStatus oneTimeVendor, String invoice, LocalDate transactionDate,
                            LocalDate dueDate, InvoiceText text) {

    /** A reimbursement of the whole credit (nothing deducted). */
    public Reimbursement(BalanceKey key, String customerName, String customerGroup, BigDecimal balance, Money amount,
                         String vendorAccount, OneTimeVendorStatus oneTimeVendor, String invoice,
                         LocalDate transactionDate, LocalDate dueDate, InvoiceText text) {
        this(key, customerName, customerGroup, balance, amount, PendingDeduction.NONE, vendorAccount, oneTimeVendor,
                invoice, transactionDate, dueDate, text);
    }

    /** The invoice line's description. */
    public String description() {
        return text.describe(key.customerAccount());
    }
}
