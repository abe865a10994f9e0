package io.reimburse.input;

import io.reimburse.model.BalanceSign;
import io.reimburse.model.Bic;
import io.reimburse.model.DecimalSeparator;
import io.reimburse.model.Iban;
import io.reimburse.model.Language;
import io.reimburse.model.Money;
import io.reimburse.model.Names;
import io.reimburse.model.Parameters;
import io.reimburse.model.PaymentParameters;
import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;
import io.reimburse.model.Selection;
import io.reimburse.model.SepaText;
import io.reimburse.model.SourceRef;
import io.reimburse.model.YesNo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code Parameter | Value} table into validated {@link Parameters}. Unknown or
 * repeated names, bad values and missing required parameters are run problems, all reported
 * together: a typo must never fall back to a default.
 */
public final class ParametersReader {

    private static final Pattern CURRENCY_SUFFIX = Pattern.compile("^(.+?)[.\\s_-]+([A-Za-z]{3})$");
    private static final Map<String, Language> LANGUAGES = Map.of(
            "en", Language.EN, "english", Language.EN, "anglais", Language.EN,
            "fr", Language.FR, "french", Language.FR, "francais", Language.FR);

    /** A parameter's value and where it was written. */
    private record Entry(CellValue value, SourceRef where) {
    }

    private final Map<ParameterName, Entry> entries = new EnumMap<>(ParameterName.class);
    private final Map<String, Entry> minimumByCurrency = new TreeMap<>();
    private final Map<String, Entry> rateByCurrency = new TreeMap<>();
    private final List<RunProblem> problems = new ArrayList<>();
    /** False when only payments are prepared (reimburse pay): the minimum and the balance date are not needed. */
    private boolean reimbursing = true;
    private long rows;

    /** The parameters and the number of parameter rows the table held. */
    public record Read(Parameters parameters, long rows) {
    }

    private ParametersReader() {
    }

    /**
     * Reads and validates.
     *
     * @param overrides values given on the command line, which win over the table's
     * @param runDate   the default transaction date
     */
    public static Read read(TableSource source, Map<ParameterName, String> overrides, LocalDate runDate) {
        return read(source, overrides, runDate, true);
    }

    /**
     * Reads and validates the parameters that preparing payments needs (reimburse pay): the same table,
     * without requiring MinimumReimbursement and BalanceDate.
     */
    public static Read readForPayments(TableSource source, Map<ParameterName, String> overrides, LocalDate runDate) {
        return read(source, overrides, runDate, false);
    }

    private static Read read(TableSource source, Map<ParameterName, String> overrides, LocalDate runDate,
                             boolean reimbursing) {
        ParametersReader reader = new ParametersReader();
        reader.reimbursing = reimbursing;
        reader.collect(source);
        overrides.forEach((name, value) -> reader.entries.put(name,
                new Entry(CellValue.ofText(value), new SourceRef("command line", null, 0))));
        Parameters parameters = reader.build(runDate);
        if (!reader.problems.isEmpty()) {
            throw new RunRefused(reader.problems);
        }
        return new Read(parameters, reader.rows);
    }

    /**
     * The language a parameters table asks for, read even when other parameters are wrong (to explain
     * a refused run in the accountant's language); empty when the table gives no valid Language.
     */
    public static Optional<Language> language(TableSource source) {
        ParametersReader reader = new ParametersReader();
        reader.collect(source);
        if (!reader.entries.containsKey(ParameterName.LANGUAGE)) {
            return Optional.empty();
        }
        int problemsBefore = reader.problems.size();
        Language language = reader.choice(ParameterName.LANGUAGE, Language.EN, LANGUAGES);
        return reader.problems.size() == problemsBefore ? Optional.of(language) : Optional.empty();
    }

    private void collect(TableSource source) {
        try (RowStream rows = source.open()) {
            TableHeader header = null;
            int searched = 0;
            while (rows.hasNext()) {
                RawRow row = rows.next();
                if (header == null) {
                    if (++searched > Limits.HEADER_SEARCH_ROWS) {
                        break;
                    }
                    header = TableHeader.find(source, List.of(row))
                            .filter(found -> found.has(Column.PARAMETER) && found.has(Column.VALUE)).orElse(null);
                    continue;
                }
                collectRow(source, header, row);
            }
            if (header == null) {
                problems.add(new RunProblem(source.fileName(), source.sheet(), 0, null,
                        "no header row with the columns Parameter and Value (Paramètre, Valeur) in its first "
                                + Limits.HEADER_SEARCH_ROWS + " rows"));
            }
        }
    }

    private void collectRow(TableSource source, TableHeader header, RawRow row) {
        if (row.isEmpty()) {
            return;
        }
        rows++;
        int nameColumn = header.index(Column.PARAMETER).orElseThrow();
        int valueColumn = header.index(Column.VALUE).orElseThrow();
        SourceRef where = new SourceRef(source.fileName(), source.sheet(), row.row());
        String name = row.cell(nameColumn).display().strip();
        CellValue value = row.cell(valueColumn);
        if (name.isEmpty()) {
            problems.add(RunProblem.at(where, header.writtenName(nameColumn),
                    "a value '" + value.display() + "' has no parameter name"));
            return;
        }
        Entry entry = new Entry(value, where);
        Optional<ParameterName> parameter = ParameterName.match(name);
        if (parameter.isPresent()) {
            Entry earlier = entries.putIfAbsent(parameter.get(), entry);
            if (earlier != null) {
                problems.add(RunProblem.at(where, header.writtenName(nameColumn), "parameter "
                        + parameter.get().canonical() + " is given twice (also " + earlier.where() + ")"));
            }
            return;
        }
        Matcher suffix = CURRENCY_SUFFIX.matcher(name);
        Optional<ParameterName> base = suffix.matches() ? ParameterName.match(suffix.group(1)) : Optional.empty();
        if (base.isEmpty() || !base.get().perCurrency()) {
            problems.add(RunProblem.at(where, header.writtenName(nameColumn), "unknown parameter '" + name
                    + "'; known parameters are " + Arrays.stream(ParameterName.values())
                    .map(ParameterName::canonical).toList()));
            return;
        }
        String currency = suffix.group(2).toUpperCase(Locale.ROOT);
        if (!Money.isKnownCurrency(currency)) {
            problems.add(RunProblem.at(where, header.writtenName(nameColumn),
                    "'" + currency + "' is not an ISO 4217 currency code"));
            return;
        }
        Map<String, Entry> target = base.get() == ParameterName.MINIMUM_REIMBURSEMENT ? minimumByCurrency : rateByCurrency;
        if (target.putIfAbsent(currency, entry) != null) {
            problems.add(RunProblem.at(where, header.writtenName(nameColumn), "parameter " + name + " is given twice"));
        }
    }

    private Parameters build(LocalDate runDate) {
        Map<String, String> used = new LinkedHashMap<>();
        DecimalSeparator decimalSeparator = choice(ParameterName.DECIMAL_SEPARATOR, DecimalSeparator.AUTO, Map.of(
                "auto", DecimalSeparator.AUTO, ".", DecimalSeparator.POINT, ",", DecimalSeparator.COMMA,
                "point", DecimalSeparator.POINT, "comma", DecimalSeparator.COMMA, "virgule", DecimalSeparator.COMMA));
        String dateFormat = text(ParameterName.DATE_FORMAT, "");
        if (!dateFormat.isEmpty()) {
            try {
                ValueParser.formatter(dateFormat);
            } catch (IllegalArgumentException e) {
                problem(ParameterName.DATE_FORMAT, "'" + dateFormat + "' is not a date pattern such as dd/MM/yyyy");
                dateFormat = ""; // the dates below must not be read with it
            }
        }
        String legalEntity = text(ParameterName.LEGAL_ENTITY, "");
        String accountingCurrency = currency(ParameterName.ACCOUNTING_CURRENCY);
        BigDecimal minimum = amount(ParameterName.MINIMUM_REIMBURSEMENT, decimalSeparator, accountingCurrency);
        Map<String, BigDecimal> minimumByCurrencyValues = amounts(minimumByCurrency, "MinimumReimbursement.",
                decimalSeparator, currency -> currency);
        Map<String, BigDecimal> rates = amounts(rateByCurrency, "ExchangeRate.", decimalSeparator,
                currency -> accountingCurrency);
        rates.forEach((currency, rate) -> {
            if (rate.signum() <= 0) {
                problems.add(RunProblem.at(rateByCurrency.get(currency).where(), null,
                        "ExchangeRate." + currency + " must be greater than zero"));
            }
        });
        LocalDate balanceDate = date(ParameterName.BALANCE_DATE, dateFormat, null);
        LocalDate transactionDate = date(ParameterName.TRANSACTION_DATE, dateFormat, runDate);
        int termsDays = (int) whole(ParameterName.PAYMENT_TERMS_DAYS, 0, 0, 3660);
        Selection accounts = selection(ParameterName.CUSTOMER_ACCOUNTS);
        Selection groups = selection(ParameterName.CUSTOMER_GROUPS);
        boolean summarize = bool(ParameterName.SUMMARIZE, true);
        List<String> dimensions = list(ParameterName.DIMENSIONS);
        if (!summarize && dimensions.isEmpty()) {
            problem(ParameterName.SUMMARIZE, "Summarize is No but no Dimensions are listed to split the reimbursements by");
        }
        boolean includeDebit = bool(ParameterName.INCLUDE_CUSTOMERS_WITH_DEBIT_TRANSACTIONS, false);
        BalanceSign sign = choice(ParameterName.BALANCE_SIGN, BalanceSign.CREDIT_NEGATIVE, Map.of(
                "creditnegative", BalanceSign.CREDIT_NEGATIVE, "creditpositive", BalanceSign.CREDIT_POSITIVE));
        String invoicePrefix = text(ParameterName.INVOICE_PREFIX, "RMB-");
        long invoiceNext = whole(ParameterName.INVOICE_NEXT_NUMBER, 1, 1, 999_999);
        String vendorPrefix = text(ParameterName.ONE_TIME_VENDOR_PREFIX, "OTV-");
        long vendorNext = whole(ParameterName.ONE_TIME_VENDOR_NEXT_NUMBER, 1, 1, 999_999);
        String vendorGroup = text(ParameterName.ONE_TIME_VENDOR_GROUP, "");
        String journalName = text(ParameterName.JOURNAL_NAME, "APInvoice");
        String methodOfPayment = text(ParameterName.METHOD_OF_PAYMENT, "");
        Language language = choice(ParameterName.LANGUAGE, Language.EN, LANGUAGES);
        char delimiter = choice(ParameterName.CSV_DELIMITER, ',', Map.of(
                ",", ',', ";", ';', "comma", ',', "virgule", ',', "semicolon", ';', "pointvirgule", ';',
                "tab", '\t', "tabulation", '\t'));
        boolean bom = bool(ParameterName.CSV_BOM, true);
        boolean formulaGuard = bool(ParameterName.CSV_FORMULA_GUARD, true);
        PaymentParameters payments = payments(dateFormat, transactionDate, invoicePrefix);

        if (minimum == null && reimbursing) {
            problems.add(RunProblem.of("parameter MinimumReimbursement is required (the smallest credit amount, "
                    + "in the accounting currency, that is reimbursed)"));
        } else if (minimum != null && minimum.signum() < 0) {
            problem(ParameterName.MINIMUM_REIMBURSEMENT, "MinimumReimbursement cannot be negative");
        }
        if (balanceDate == null && !entries.containsKey(ParameterName.BALANCE_DATE) && reimbursing) {
            problems.add(RunProblem.of("parameter BalanceDate is required (the date of the balance snapshot)"));
        }

        used.put("LegalEntity", legalEntity);
        used.put("AccountingCurrency", accountingCurrency == null ? "" : accountingCurrency);
        used.put("MinimumReimbursement", minimum == null ? "" : minimum.toPlainString());
        minimumByCurrencyValues.forEach((c, v) -> used.put("MinimumReimbursement." + c, v.toPlainString()));
        rates.forEach((c, v) -> used.put("ExchangeRate." + c, v.toPlainString()));
        used.put("BalanceDate", balanceDate == null ? "" : balanceDate.toString());
        used.put("TransactionDate", transactionDate == null ? "" : transactionDate.toString());
        used.put("PaymentTermsDays", Integer.toString(termsDays));
        used.put("CustomerAccounts", accounts.text());
        used.put("CustomerGroups", groups.text());
        used.put("Summarize", summarize ? "Yes" : "No");
        used.put("Dimensions", String.join(",", dimensions));
        used.put("IncludeCustomersWithDebitTransactions", includeDebit ? "Yes" : "No");
        used.put("BalanceSign", sign.code());
        used.put("DecimalSeparator", decimalSeparator.code());
        used.put("DateFormat", dateFormat);
        used.put("InvoicePrefix", invoicePrefix);
        used.put("InvoiceNextNumber", Long.toString(invoiceNext));
        used.put("OneTimeVendorPrefix", vendorPrefix);
        used.put("OneTimeVendorNextNumber", Long.toString(vendorNext));
        used.put("OneTimeVendorGroup", vendorGroup);
        used.put("JournalName", journalName);
        used.put("MethodOfPayment", methodOfPayment);
        used.put("Language", language.code());
        used.put("CsvDelimiter", delimiter == '\t' ? "tab" : String.valueOf(delimiter));
        used.put("CsvBom", bom ? "Yes" : "No");
        used.put("CsvFormulaGuard", formulaGuard ? "Yes" : "No");
        used.put("Payments", payments.enabled() ? "Yes" : "No");
        used.put("BankAccount", payments.bankAccount());
        used.put("PaymentDate", payments.paymentDate() == null ? "" : payments.paymentDate().toString());
        used.put("DebtorName", payments.debtorName());
        used.put("DebtorIBAN", payments.debtorIban());
        used.put("DebtorBIC", payments.debtorBic());
        used.put("AcceptBankDetailChanges", payments.acceptBankDetailChanges().text());
        return new Parameters(legalEntity, accountingCurrency, minimum == null ? BigDecimal.ZERO : minimum,
                minimumByCurrencyValues, rates, balanceDate, transactionDate, termsDays, accounts, groups, summarize,
                dimensions, includeDebit, sign, decimalSeparator, dateFormat, invoicePrefix, invoiceNext,
                vendorPrefix, vendorNext, vendorGroup, journalName, methodOfPayment, language, delimiter, bom,
                formulaGuard, payments, java.util.Collections.unmodifiableMap(used));
    }

    /**
     * SPEC §10. The debtor's IBAN and BIC are checked whenever given; whether they are required
     * depends on the payees' bank details, which the decision knows.
     */
    private PaymentParameters payments(String dateFormat, LocalDate transactionDate, String invoicePrefix) {
        boolean enabled = bool(ParameterName.PAYMENTS, false);
        String bankAccount = text(ParameterName.BANK_ACCOUNT, "");
        LocalDate paymentDate = date(ParameterName.PAYMENT_DATE, dateFormat, transactionDate);
        String debtorIban = Iban.normalize(text(ParameterName.DEBTOR_IBAN, ""));
        String debtorBic = Bic.normalize(text(ParameterName.DEBTOR_BIC, ""));
        if (!debtorIban.isEmpty()) {
            Iban.check(debtorIban).ifPresent(problem -> problem(ParameterName.DEBTOR_IBAN,
                    "DebtorIBAN: " + problem.explain(debtorIban, Language.EN)));
        }
        if (!debtorBic.isEmpty()) {
            Bic.check(debtorBic).ifPresent(problem -> problem(ParameterName.DEBTOR_BIC,
                    "DebtorBIC: " + problem.explain(debtorBic, Language.EN)));
        }
        String debtorName = text(ParameterName.DEBTOR_NAME, "");
        if (!debtorName.isEmpty() && SepaText.latin(debtorName, 70).isEmpty()) {
            problem(ParameterName.DEBTOR_NAME, "DebtorName '" + debtorName + "' has no letter or digit that a "
                    + "payment file can carry");
        }
        if (enabled && bankAccount.isEmpty()) {
            problems.add(RunProblem.of("parameter BankAccount is required when Payments is Yes (the company bank "
                    + "account the reimbursements are paid from, offset of the payment journal lines)"));
        }
        // the payment file's identifiers are the invoice numbers and the prefix, a letter and six digits
        if (enabled && (invoicePrefix.length() > 35 - 7 || !SepaText.isIdentifier(invoicePrefix + "000001"))) {
            problem(ParameterName.INVOICE_PREFIX, "InvoicePrefix '" + invoicePrefix + "' cannot name payments: "
                    + "payment identifiers allow at most 28 characters before the number, among a-z A-Z 0-9 "
                    + "/ - ? : ( ) . , ' + and space, not starting with / nor holding //");
        }
        return new PaymentParameters(enabled, bankAccount, paymentDate, debtorName, debtorIban, debtorBic,
                selection(ParameterName.ACCEPT_BANK_DETAIL_CHANGES));
    }

    private void problem(ParameterName name, String message) {
        Entry entry = entries.get(name);
        problems.add(entry == null ? RunProblem.of(message) : RunProblem.at(entry.where(), null, message));
    }

    private String text(ParameterName name, String fallback) {
        Entry entry = entries.get(name);
        if (entry == null || entry.value().isBlank()) {
            return fallback;
        }
        return entry.value().display().strip();
    }

    private String currency(ParameterName name) {
        String code = text(name, "").toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            return null;
        }
        if (!Money.isKnownCurrency(code)) {
            problem(name, "'" + code + "' is not an ISO 4217 currency code");
            return null;
        }
        return code;
    }

    private BigDecimal amount(ParameterName name, DecimalSeparator separator, String currency) {
        Entry entry = entries.get(name);
        if (entry == null || entry.value().isBlank()) {
            return null;
        }
        return amountOf(entry, name.canonical(), separator, currency);
    }

    /** {@code currencyOf} gives the currency a value may be written in (the rates' is the accounting one). */
    private Map<String, BigDecimal> amounts(Map<String, Entry> byCurrency, String prefix, DecimalSeparator separator,
                                            java.util.function.UnaryOperator<String> currencyOf) {
        Map<String, BigDecimal> values = new TreeMap<>();
        byCurrency.forEach((currency, entry) -> {
            BigDecimal value = amountOf(entry, prefix + currency, separator, currencyOf.apply(currency));
            if (value != null) {
                values.put(currency, value);
            }
        });
        return values;
    }

    /** A number; written with a currency code or symbol, it must be {@code currency}'s (when known). */
    private BigDecimal amountOf(Entry entry, String name, DecimalSeparator separator, String currency) {
        if (entry.value() instanceof CellValue.Number number) {
            return number.value();
        }
        AmountParser.Result result = AmountParser.parse(entry.value().display(), separator);
        if (result instanceof AmountParser.Parsed parsed) {
            if (currency != null && !AmountParser.markMatches(parsed.currencyMark(), currency)) {
                problems.add(RunProblem.at(entry.where(), null, name + " '" + entry.value().display()
                        + "' is written in " + parsed.currencyMark() + " but must be in " + currency));
                return null;
            }
            return parsed.value();
        }
        String why = result instanceof AmountParser.Invalid invalid ? invalid.reason()
                : "the decimal separator is ambiguous; write it with two decimals (1234.00) or set DecimalSeparator";
        problems.add(RunProblem.at(entry.where(), null, name + " '" + entry.value().display() + "': " + why));
        return null;
    }

    private LocalDate date(ParameterName name, String pattern, LocalDate fallback) {
        Entry entry = entries.get(name);
        if (entry == null || entry.value().isBlank()) {
            return fallback;
        }
        Optional<LocalDate> date = ValueParser.date(entry.value(), pattern);
        if (date.isEmpty()) {
            problem(name, name.canonical() + " '" + entry.value().display() + "' is not a date: write it as "
                    + "2026-11-30" + (pattern.isEmpty() ? " or set DateFormat" : " or as " + pattern));
            return null;
        }
        return date.get();
    }

    private long whole(ParameterName name, long fallback, long min, long max) {
        Entry entry = entries.get(name);
        if (entry == null || entry.value().isBlank()) {
            return fallback;
        }
        BigDecimal value = amountOf(entry, name.canonical(), DecimalSeparator.POINT, null);
        if (value == null) {
            return fallback;
        }
        if (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(min)) < 0
                || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            problem(name, name.canonical() + " must be a whole number from " + min + " to " + max);
            return fallback;
        }
        return value.longValueExact();
    }

    private boolean bool(ParameterName name, boolean fallback) {
        String value = text(name, "");
        if (value.isEmpty()) {
            return fallback;
        }
        Optional<Boolean> parsed = YesNo.parse(value);
        if (parsed.isEmpty()) {
            problem(name, name.canonical() + " '" + value + "' must be Yes or No");
            return fallback;
        }
        return parsed.get();
    }

    private <T> T choice(ParameterName name, T fallback, Map<String, T> choices) {
        Entry entry = entries.get(name);
        if (entry == null || entry.value().isBlank()) {
            return fallback;
        }
        String written = entry.value().display().strip();
        String key = written.length() == 1 ? written : Names.normalize(written);
        T value = choices.get(key);
        if (value == null) {
            problem(name, name.canonical() + " '" + written + "' must be one of " + choices.keySet().stream()
                    .filter(k -> !k.isEmpty()).sorted().toList());
            return fallback;
        }
        return value;
    }

    private Selection selection(ParameterName name) {
        try {
            return Selection.parse(text(name, ""));
        } catch (IllegalArgumentException e) {
            problem(name, name.canonical() + ": " + e.getMessage());
            return Selection.ALL;
        }
    }

    private List<String> list(ParameterName name) {
        return Arrays.stream(text(name, "").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
