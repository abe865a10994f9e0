package io.reimburse.engine;

import io.reimburse.model.BalanceSign;
import io.reimburse.model.DecimalSeparator;
import io.reimburse.model.Language;
import io.reimburse.model.DimensionParameters;
import io.reimburse.model.ErpParameters;
import io.reimburse.model.Minimums;
import io.reimburse.model.NumberingParameters;
import io.reimburse.model.OutputStyle;
import io.reimburse.model.Parameters;
import io.reimburse.model.ReadingParameters;
import io.reimburse.model.PaymentParameters;
import io.reimburse.model.Selection;
import io.reimburse.model.UsedParameters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds {@link Parameters} for engine tests. Defaults are those of SPEC §3.2 (and
 * {@code ParametersReader}), except for what the spec requires the user to give: the
 * accounting currency (EUR), MinimumReimbursement (10.00), BalanceDate (2025-03-31) and,
 * so that one-time vendors can be created, OneTimeVendorGroup ("ONETIME").
 */
final class TestParameters {

    static final LocalDate BALANCE_DATE = LocalDate.of(2025, 3, 31);
    static final LocalDate TRANSACTION_DATE = LocalDate.of(2025, 4, 1);

    private String legalEntity = "";
    private String accountingCurrency = "EUR";
    private BigDecimal minimumReimbursement = new BigDecimal("10.00");
    private final Map<String, BigDecimal> minimumByCurrency = new TreeMap<>();
    private final Map<String, BigDecimal> exchangeRates = new TreeMap<>();
    private LocalDate balanceDate = BALANCE_DATE;
    private LocalDate transactionDate = TRANSACTION_DATE;
    private int paymentTermsDays = 0;
    private Selection customerAccounts = Selection.ALL;
    private Selection customerGroups = Selection.ALL;
    private boolean summarize = true;
    private List<String> dimensions = List.of();
    private boolean includeCustomersWithDebitTransactions = false;
    private String invoicePrefix = "RMB-";
    private long invoiceNextNumber = 1;
    private String oneTimeVendorPrefix = "OTV-";
    private long oneTimeVendorNextNumber = 1;
    private String oneTimeVendorGroup = "ONETIME";
    private Language language = Language.EN;
    private PaymentParameters payments;

    private TestParameters() {
    }

    static TestParameters parameters() {
        return new TestParameters();
    }

    /** The defaults, built. */
    static Parameters defaults() {
        return parameters().build();
    }

    TestParameters legalEntity(String value) {
        legalEntity = value;
        return this;
    }

    TestParameters accountingCurrency(String value) {
        accountingCurrency = value;
        return this;
    }

    TestParameters minimum(String value) {
        minimumReimbursement = new BigDecimal(value);
        return this;
    }

    /** MinimumReimbursement.XXX: the minimum for that currency, in that currency. */
    TestParameters minimum(String currency, String value) {
        minimumByCurrency.put(currency, new BigDecimal(value));
        return this;
    }

    /** ExchangeRate.XXX: value of 1 XXX in the accounting currency. */
    TestParameters exchangeRate(String currency, String value) {
        exchangeRates.put(currency, new BigDecimal(value));
        return this;
    }

    TestParameters balanceDate(LocalDate value) {
        balanceDate = value;
        return this;
    }

    TestParameters transactionDate(LocalDate value) {
        transactionDate = value;
        return this;
    }

    TestParameters paymentTermsDays(int value) {
        paymentTermsDays = value;
        return this;
    }

    /** CustomerAccounts, as written in the parameters table. */
    TestParameters customerAccounts(String selection) {
        customerAccounts = Selection.parse(selection);
        return this;
    }

    /** CustomerGroups, as written in the parameters table. */
    TestParameters customerGroups(String selection) {
        customerGroups = Selection.parse(selection);
        return this;
    }

    /** Summarize = No with these Dimensions. */
    TestParameters byDimensions(String... names) {
        summarize = false;
        dimensions = List.of(names);
        return this;
    }

    TestParameters includeCustomersWithDebitTransactions(boolean value) {
        includeCustomersWithDebitTransactions = value;
        return this;
    }

    TestParameters invoiceNumbers(String prefix, long next) {
        invoicePrefix = prefix;
        invoiceNextNumber = next;
        return this;
    }

    TestParameters oneTimeVendorNumbers(String prefix, long next) {
        oneTimeVendorPrefix = prefix;
        oneTimeVendorNextNumber = next;
        return this;
    }

    TestParameters oneTimeVendorGroup(String value) {
        oneTimeVendorGroup = value;
        return this;
    }

    TestParameters language(Language value) {
        language = value;
        return this;
    }

    /** Payments = Yes with these parameters. */
    TestParameters payments(PaymentParameters value) {
        payments = value;
        return this;
    }

    private PaymentParameters noPayments() {
        return new PaymentParameters(false, "", transactionDate, "", "", "", Selection.ALL);
    }

    Parameters build() {
        return new Parameters(legalEntity, accountingCurrency, new Minimums(minimumReimbursement,
                Map.copyOf(minimumByCurrency), Map.copyOf(exchangeRates)), balanceDate, transactionDate,
                paymentTermsDays, customerAccounts, customerGroups, new DimensionParameters(summarize, dimensions),
                includeCustomersWithDebitTransactions,
                new ReadingParameters(BalanceSign.CREDIT_NEGATIVE, DecimalSeparator.AUTO, ""),
                new NumberingParameters(invoicePrefix, invoiceNextNumber, oneTimeVendorPrefix, oneTimeVendorNextNumber),
                new ErpParameters("APInvoice", "", Map.of(), oneTimeVendorGroup), new OutputStyle(language, ',', true, true),
                payments == null ? noPayments() : payments, UsedParameters.of(Map.of()));
    }
}
