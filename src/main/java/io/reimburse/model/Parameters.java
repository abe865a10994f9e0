package io.reimburse.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The run's parameters (SPEC §3.2 and §10), validated, grouped by what uses them. {@code used}
 * lists every parameter with the value in force, as the manifest, the register and the report show it.
 */
public record Parameters(
        String legalEntity,
        String accountingCurrency,
        Minimums minimums,
        LocalDate balanceDate,
        LocalDate transactionDate,
        int paymentTermsDays,
        Selection customerAccounts,
        Selection customerGroups,
        DimensionParameters dimensions,
        boolean includeCustomersWithDebitTransactions,
        ReadingParameters reading,
        NumberingParameters numbering,
        ErpParameters erp,
        OutputStyle output,
        PaymentParameters payments,
        ApprovalParameters approval,
        UsedParameters used) {

    /** Parameters without an approval policy: a run needs none (RequireApproval No). */
    public Parameters(String legalEntity, String accountingCurrency, Minimums minimums, LocalDate balanceDate,
                      LocalDate transactionDate, int paymentTermsDays, Selection customerAccounts,
                      Selection customerGroups, DimensionParameters dimensions,
                      boolean includeCustomersWithDebitTransactions, ReadingParameters reading,
                      NumberingParameters numbering, ErpParameters erp, OutputStyle output,
                      PaymentParameters payments, UsedParameters used) {
        this(legalEntity, accountingCurrency, minimums, balanceDate, transactionDate, paymentTermsDays,
                customerAccounts, customerGroups, dimensions, includeCustomersWithDebitTransactions, reading,
                numbering, erp, output, payments, ApprovalParameters.NONE, used);
    }

    /** The same parameters with the accounting currency found from the balances (their single currency). */
    public Parameters withAccountingCurrency(String currency) {
        // worked out from the balances when the table leaves it out: a default, as the report marks it
        return with(currency, payments, used.with("AccountingCurrency", currency, true));
    }

    /** The same parameters, with payments prepared on {@code paymentDate} (reimburse pay). */
    public Parameters withPaymentsOn(LocalDate paymentDate) {
        PaymentParameters paying = new PaymentParameters(true, payments.bankAccount(), paymentDate,
                payments.debtorName(), payments.debtorIban(), payments.debtorBic(), payments.acceptBankDetailChanges());
        return with(accountingCurrency, paying, used.with("Payments", "Yes", false)
                .with("PaymentDate", paymentDate.toString(), false));
    }

    /** The same parameters, with the ERP targets' templates read. */
    public Parameters withErpTargets(ErpTargets targets) {
        return with(accountingCurrency, payments, erp.withTargets(targets), used);
    }

    private Parameters with(String currency, PaymentParameters paying, UsedParameters usedNow) {
        return with(currency, paying, erp, usedNow);
    }

    private Parameters with(String currency, PaymentParameters paying, ErpParameters erpNow, UsedParameters usedNow) {
        return new Parameters(legalEntity, currency, minimums, balanceDate, transactionDate, paymentTermsDays,
                customerAccounts, customerGroups, dimensions, includeCustomersWithDebitTransactions, reading,
                numbering, erpNow, output, paying, approval, usedNow);
    }

    public LocalDate dueDate() {
        return transactionDate.plusDays(paymentTermsDays);
    }

    /** The dimensions that split a reimbursement: none when Summarize is Yes. */
    public List<String> keyDimensions() {
        return dimensions.keyDimensions();
    }

    /** The language of the report and the descriptions (the outputs' most asked parameter). */
    public Language language() {
        return output.language();
    }
}
