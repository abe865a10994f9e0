package io.reimburse.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The run's parameters (SPEC §3.2 and §10), validated. {@code used} lists every parameter with the
 * value in force, as written in the manifest and the report.
 */
public record Parameters(
        String legalEntity,
        String accountingCurrency,
        BigDecimal minimumReimbursement,
        Map<String, BigDecimal> minimumByCurrency,
        Map<String, BigDecimal> exchangeRates,
        LocalDate balanceDate,
        LocalDate transactionDate,
        int paymentTermsDays,
        Selection customerAccounts,
        Selection customerGroups,
        boolean summarize,
        List<String> dimensions,
        boolean includeCustomersWithDebitTransactions,
        BalanceSign balanceSign,
        DecimalSeparator decimalSeparator,
        String dateFormat,
        String invoicePrefix,
        long invoiceNextNumber,
        String oneTimeVendorPrefix,
        long oneTimeVendorNextNumber,
        String oneTimeVendorGroup,
        String journalName,
        String methodOfPayment,
        Language language,
        char csvDelimiter,
        boolean csvBom,
        boolean csvFormulaGuard,
        PaymentParameters payments,
        Map<String, String> used) {

    /** The same parameters with the accounting currency found from the balances (their single currency). */
    public Parameters withAccountingCurrency(String currency) {
        Map<String, String> usedNow = new java.util.LinkedHashMap<>(used);
        usedNow.put("AccountingCurrency", currency);
        return new Parameters(legalEntity, currency, minimumReimbursement, minimumByCurrency, exchangeRates,
                balanceDate, transactionDate, paymentTermsDays, customerAccounts, customerGroups, summarize,
                dimensions, includeCustomersWithDebitTransactions, balanceSign, decimalSeparator, dateFormat,
                invoicePrefix, invoiceNextNumber, oneTimeVendorPrefix, oneTimeVendorNextNumber, oneTimeVendorGroup,
                journalName, methodOfPayment, language, csvDelimiter, csvBom, csvFormulaGuard, payments,
                java.util.Collections.unmodifiableMap(usedNow));
    }

    /** The same parameters, with payments prepared on {@code paymentDate} (reimburse pay). */
    public Parameters withPaymentsOn(LocalDate paymentDate) {
        Map<String, String> usedNow = new java.util.LinkedHashMap<>(used);
        usedNow.put("Payments", "Yes");
        usedNow.put("PaymentDate", paymentDate.toString());
        PaymentParameters paying = new PaymentParameters(true, payments.bankAccount(), paymentDate,
                payments.debtorName(), payments.debtorIban(), payments.debtorBic(), payments.acceptBankDetailChanges());
        return new Parameters(legalEntity, accountingCurrency, minimumReimbursement, minimumByCurrency, exchangeRates,
                balanceDate, transactionDate, paymentTermsDays, customerAccounts, customerGroups, summarize,
                dimensions, includeCustomersWithDebitTransactions, balanceSign, decimalSeparator, dateFormat,
                invoicePrefix, invoiceNextNumber, oneTimeVendorPrefix, oneTimeVendorNextNumber, oneTimeVendorGroup,
                journalName, methodOfPayment, language, csvDelimiter, csvBom, csvFormulaGuard, paying,
                java.util.Collections.unmodifiableMap(usedNow));
    }

    public LocalDate dueDate() {
        return transactionDate.plusDays(paymentTermsDays);
    }

    /** The dimensions that split a reimbursement: none when Summarize is Yes. */
    public List<String> keyDimensions() {
        return summarize ? List.of() : dimensions;
    }

    public Optional<BigDecimal> minimumFor(String currency) {
        return Optional.ofNullable(minimumByCurrency.get(currency));
    }

    public Optional<BigDecimal> exchangeRateFor(String currency) {
        return Optional.ofNullable(exchangeRates.get(currency));
    }
}
