package io.reimburse.model;

import java.time.LocalDate;

/**
 * The parameters of SPEC §10: whether payments are prepared, from which company bank account
 * and debtor, on which date, and which customers' new bank details are accepted.
 *
 * @param bankAccount             the company bank account: offset of the payment journal lines
 * @param debtorIban              the debtor's IBAN (electronic form), checked when read
 * @param acceptBankDetailChanges customers whose IBAN may differ from the one an earlier run paid to
 */
public record PaymentParameters(boolean enabled, String bankAccount, LocalDate paymentDate, String debtorName,
                                String debtorIban, String debtorBic, Selection acceptBankDetailChanges) {

    /** An empty list accepts nobody: unlike a selection of customers, it does not mean "all". */
    public boolean acceptsBankDetailChange(String customerAccount) {
        return !acceptBankDetailChanges.selectsAll() && acceptBankDetailChanges.matches(customerAccount);
    }
}
