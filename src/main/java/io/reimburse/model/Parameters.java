package io.reimburse.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run's parameters (SPEC §3.2 and §10), validated, grouped by what uses them. {@code used}
 * lists every parameter with the value in force, as written in the manifest and the report.
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
        Map<String, String> used) {

    /** The same parameters with the accounting currency found from the balances (their single currency). */
    public Parameters withAccountingCurrency(String currency) {
        return with(currency, payments, Map.of("AccountingCurrency", currency));
    }

    /** The same parameters, with payments prepared on {@code paymentDate} (reimburse pay). */
    public Parameters withPaymentsOn(LocalDate paymentDate) {
        PaymentParameters paying = new PaymentParameters(true, payments.bankAccount(), paymentDate,
                payments.debtorName(), payments.debtorIban(), payments.debtorBic(), payments.acceptBankDetailChanges());
        return with(accountingCurrency, paying, Map.of("Payments", "Yes", "PaymentDate", paymentDate.toString()));
    }

    /** The same parameters, with the ERP targets' templates read. */
    public Parameters withErpTargets(ErpTargets targets) {
        return with(accountingCurrency, payments, erp.withTargets(targets), Map.of());
    }

    private Parameters with(String currency, PaymentParameters paying, Map<String, String> changed) {
        return with(currency, paying, erp, changed);
    }

    private Parameters with(String currency, PaymentParameters paying, ErpParameters erpNow,
                            Map<String, String> changed) {
        Map<String, String> usedNow = new LinkedHashMap<>(used);
        usedNow.putAll(changed);
        return new Parameters(legalEntity, currency, minimums, balanceDate, transactionDate, paymentTermsDays,
                customerAccounts, customerGroups, dimensions, includeCustomersWithDebitTransactions, reading,
                numbering, erpNow, output, paying, java.util.Collections.unmodifiableMap(usedNow));
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
