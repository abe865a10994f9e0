package io.reimburse.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One vendor invoice for the credit amount of one key, exactly, in its own currency; less what
 * earlier reimbursements not yet posted by the ERP took from the same credit ({@code deducted}). At
 * transaction level {@code documents} are the open transactions it settles.
 */
public record Reimbursement(BalanceKey key, String customerName, String customerGroup, BigDecimal balance,
                            Money amount, PendingDeduction deducted, String vendorAccount,
                            OneTimeVendorStatus oneTimeVendor, String invoice, LocalDate transactionDate,
                            LocalDate dueDate, InvoiceText text, SettledDocuments documents) {

    /** A reimbursement of the whole credit (nothing deducted), that settles no listed document. */
    public Reimbursement(BalanceKey key, String customerName, String customerGroup, BigDecimal balance, Money amount,
                         String vendorAccount, OneTimeVendorStatus oneTimeVendor, String invoice,
                         LocalDate transactionDate, LocalDate dueDate, InvoiceText text) {
        this(key, customerName, customerGroup, balance, amount, PendingDeduction.NONE, vendorAccount, oneTimeVendor,
                invoice, transactionDate, dueDate, text, SettledDocuments.NONE);
    }

    /** The invoice line's description. */
    public String description() {
        return text.describe(key.customerAccount());
    }
}
