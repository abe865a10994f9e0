package io.reimburse.input;

import io.reimburse.model.ApprovalParameters;
import io.reimburse.model.BalanceSign;
import io.reimburse.model.Bic;
import io.reimburse.model.DecimalSeparator;
import io.reimburse.model.DimensionParameters;
import io.reimburse.model.ErpParameters;
import io.reimburse.model.ErpTargets;
import io.reimburse.model.FbdiParameters;
import io.reimburse.model.FormulaGuard;
import io.reimburse.model.Iban;
import io.reimburse.model.Language;
import io.reimburse.model.Minimums;
import io.reimburse.model.Money;
import io.reimburse.model.Names;
import io.reimburse.model.NumberingParameters;
import io.reimburse.model.OutputStyle;
import io.reimburse.model.Parameters;
import io.reimburse.model.PaymentParameters;
import io.reimburse.model.ReadingParameters;
import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;
import io.reimburse.model.Selection;
import io.reimburse.model.SepaText;
import io.reimburse.model.SourceRef;
import io.reimburse.model.UsedParameter;
import io.reimburse.model.UsedParameters;
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

    /** A parameter's value, the name it was written under and where. */
    private record Entry(String name, CellValue value, SourceRef where) {
    }

    private final Map<ParameterName, Entry> entries = new EnumMap<>(ParameterName.class);
    /** The ".XXX" values of the parameters that take them, by currency. */
    private final Map<ParameterName, Map<String, Entry>> perCurrency = new EnumMap<>(ParameterName.class);
    /** The value in force of each parameter read, as the manifest and the report show it. */
    private final Map<ParameterName, String> inForce = new EnumMap<>(ParameterName.class);
    private final Map<ParameterName, Map<String, String>> inForcePerCurrency = new EnumMap<>(ParameterName.class);
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
    public static Read read(TableSource source, TableHeader header, Map<ParameterName, String> overrides,
                            LocalDate runDate) {
        return read(source, header, overrides, runDate, true);
    }

    /**
     * Reads and validates the parameters that preparing payments needs (reimburse pay): the same table,
     * without requiring MinimumReimbursement and BalanceDate.
     */
    public static Read readForPayments(TableSource source, TableHeader header, Map<ParameterName, String> overrides,
                                       LocalDate runDate) {
        return read(source, header, overrides, runDate, false);
    }

    private static Read read(TableSource source, TableHeader header, Map<ParameterName, String> overrides,
                             LocalDate runDate, boolean reimbursing) {
        ParametersReader reader = new ParametersReader();
        reader.reimbursing = reimbursing;
        reader.collect(source, header);
        // an option overrides the table's value, under the name the table gave it
        overrides.forEach((name, value) -> reader.entries.put(name, new Entry(
                reader.entries.containsKey(name) ? reader.entries.get(name).name() : name.canonical(),
                CellValue.ofText(value), new SourceRef("command line", null, 0))));
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
    public static Optional<Language> language(TableSource source, TableHeader header) {
        ParametersReader reader = new ParametersReader();
        reader.collect(source, header);
        if (!reader.entries.containsKey(ParameterName.LANGUAGE)) {
            return Optional.empty();
        }
        int problemsBefore = reader.problems.size();
        Language language = reader.choice(ParameterName.LANGUAGE).equals("fr") ? Language.FR : Language.EN;
        return reader.problems.size() == problemsBefore ? Optional.of(language) : Optional.empty();
    }

    /** The rows below the header that found the table (found once, by {@link InputTables}). */
    private void collect(TableSource source, TableHeader header) {
        if (!header.has(Column.PARAMETER) || !header.has(Column.VALUE)) {
            problems.add(new RunProblem(source.fileName(), source.sheet(), 0, null,
                    "no header row with the columns Parameter and Value (Paramètre, Valeur) in its first "
                            + Limits.HEADER_SEARCH_ROWS + " rows"));
            return;
        }
        try (RowStream rows = source.open()) {
            while (rows.hasNext()) {
                RawRow row = rows.next();
                if (row.row() > header.row()) {
                    collectRow(source, header, row);
                }
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
        Entry entry = new Entry(name, value, where);
        Optional<ParameterName> parameter = ParameterName.match(name);
        if (parameter.isPresent() && parameter.get().spec().currencyOnly()) {
            problems.add(RunProblem.at(where, header.writtenName(nameColumn), "parameter " + parameter.get().canonical()
                    + " is given per currency: write it " + parameter.get().canonical() + ".USD (for instance)"));
            return;
        }
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
        Map<String, Entry> target = perCurrency.computeIfAbsent(base.get(), b -> new TreeMap<>());
        if (target.putIfAbsent(currency, entry) != null) {
            problems.add(RunProblem.at(where, header.writtenName(nameColumn), "parameter " + name + " is given twice"));
        }
    }

    private Parameters build(LocalDate runDate) {
        String dateFormat = text(ParameterName.DATE_FORMAT);
        if (!dateFormat.isEmpty()) {
            try {
                ValueParser.formatter(dateFormat);
            } catch (IllegalArgumentException e) {
                problem(ParameterName.DATE_FORMAT, "'" + dateFormat + "' is not a date pattern such as dd/MM/yyyy");
                dateFormat = ""; // the dates below must not be read with it
                inForce.put(ParameterName.DATE_FORMAT, "");
            }
        }
        DecimalSeparator decimalSeparator = switch (choice(ParameterName.DECIMAL_SEPARATOR)) {
            case "." -> DecimalSeparator.POINT;
            case "," -> DecimalSeparator.COMMA;
            default -> DecimalSeparator.AUTO;
        };
        String accountingCurrency = currency(ParameterName.ACCOUNTING_CURRENCY);
        BigDecimal minimum = amount(ParameterName.MINIMUM_REIMBURSEMENT, decimalSeparator, accountingCurrency);
        Map<String, BigDecimal> minimumByCurrency = amounts(ParameterName.MINIMUM_REIMBURSEMENT, decimalSeparator,
                currency -> currency);
        Map<String, BigDecimal> rates = amounts(ParameterName.EXCHANGE_RATE, decimalSeparator,
                currency -> accountingCurrency);
        rates.forEach((currency, rate) -> {
            if (rate.signum() <= 0) {
                problems.add(RunProblem.at(perCurrency.get(ParameterName.EXCHANGE_RATE).get(currency).where(), null,
                        "ExchangeRate." + currency + " must be greater than zero"));
            }
        });
        LocalDate balanceDate = date(ParameterName.BALANCE_DATE, dateFormat, null);
        LocalDate transactionDate = date(ParameterName.TRANSACTION_DATE, dateFormat, runDate);
        boolean earlyTransactionAllowed = yesNo(ParameterName.ALLOW_TRANSACTION_DATE_BEFORE_BALANCE_DATE);
        if (balanceDate != null && transactionDate != null && transactionDate.isBefore(balanceDate)
                && !earlyTransactionAllowed) {
            problem(ParameterName.TRANSACTION_DATE, "TransactionDate " + transactionDate
                    + (entries.containsKey(ParameterName.TRANSACTION_DATE) ? "" : " (the run date)")
                    + " is before BalanceDate " + balanceDate + ": the invoices would be dated before the balances "
                    + "they refund; give a TransactionDate on or after the balance date, or, if that is meant, set "
                    + "AllowTransactionDateBeforeBalanceDate to Yes");
        }
        boolean summarize = yesNo(ParameterName.SUMMARIZE);
        List<String> dimensions = list(ParameterName.DIMENSIONS);
        if (!summarize && dimensions.isEmpty()) {
            problem(ParameterName.SUMMARIZE, "Summarize is No but no Dimensions are listed to split the reimbursements by");
        }
        String invoicePrefix = text(ParameterName.INVOICE_PREFIX);
        Language language = choice(ParameterName.LANGUAGE).equals("fr") ? Language.FR : Language.EN;
        String delimiter = choice(ParameterName.CSV_DELIMITER);
        OutputStyle output = new OutputStyle(language, delimiter.equals("tab") ? '\t' : delimiter.charAt(0),
                yesNo(ParameterName.CSV_BOM), yesNo(ParameterName.CSV_FORMULA_GUARD));
        PaymentParameters payments = payments(dateFormat, transactionDate, invoicePrefix);
        ErpTargets targets = targets();

        if (minimum == null && reimbursing) {
            problems.add(RunProblem.of("parameter MinimumReimbursement is required (the smallest credit amount, "
                    + "in the accounting currency, that is reimbursed)"));
        } else if (minimum != null && minimum.signum() < 0) {
            problem(ParameterName.MINIMUM_REIMBURSEMENT, "MinimumReimbursement cannot be negative");
        }
        if (balanceDate == null && !entries.containsKey(ParameterName.BALANCE_DATE) && reimbursing) {
            problems.add(RunProblem.of("parameter BalanceDate is required (the date of the balance snapshot)"));
        }
        return new Parameters(text(ParameterName.LEGAL_ENTITY), accountingCurrency,
                new Minimums(minimum == null ? BigDecimal.ZERO : minimum, minimumByCurrency, rates), balanceDate,
                transactionDate, (int) whole(ParameterName.PAYMENT_TERMS_DAYS),
                selection(ParameterName.CUSTOMER_ACCOUNTS), selection(ParameterName.CUSTOMER_GROUPS),
                dimensionParameters(summarize, dimensions),
                yesNo(ParameterName.INCLUDE_CUSTOMERS_WITH_DEBIT_TRANSACTIONS),
                new ReadingParameters(choice(ParameterName.BALANCE_SIGN).equals("credit-positive")
                        ? BalanceSign.CREDIT_POSITIVE : BalanceSign.CREDIT_NEGATIVE, decimalSeparator, dateFormat),
                new NumberingParameters(invoicePrefix, whole(ParameterName.INVOICE_NEXT_NUMBER),
                        text(ParameterName.ONE_TIME_VENDOR_PREFIX), whole(ParameterName.ONE_TIME_VENDOR_NEXT_NUMBER)),
                new ErpParameters(text(ParameterName.JOURNAL_NAME), text(ParameterName.METHOD_OF_PAYMENT),
                        texts(ParameterName.METHOD_OF_PAYMENT), text(ParameterName.ONE_TIME_VENDOR_GROUP), targets,
                        choice(ParameterName.D365_PACKAGE_FORMAT).equals("CSV") ? ErpParameters.PackageFormat.CSV
                                : ErpParameters.PackageFormat.CSV_UNICODE, fbdi(targets),
                        text(ParameterName.ODOO_ACCOUNT)),
                output, payments, new ApprovalParameters(yesNo(ParameterName.REQUIRE_APPROVAL),
                        yesNo(ParameterName.APPROVAL_BY_SAME_USER), (int) whole(ParameterName.PROPOSAL_VALID_DAYS)),
                used());
    }

    private ErpTargets targets() {
        try {
            ErpTargets targets = ErpTargets.parse(written(ParameterName.ERP_TARGETS));
            inForce.put(ParameterName.ERP_TARGETS, targets.text());
            return targets;
        } catch (IllegalArgumentException e) {
            problem(ParameterName.ERP_TARGETS, "ErpTargets: " + e.getMessage());
            inForce.put(ParameterName.ERP_TARGETS, ErpTargets.DEFAULT.text());
            return ErpTargets.DEFAULT;
        }
    }

    /** Oracle's import values: required only when the oracle-fbdi target is asked for. */
    private FbdiParameters fbdi(ErpTargets targets) {
        FbdiParameters fbdi = new FbdiParameters(text(ParameterName.FBDI_BUSINESS_UNIT), text(ParameterName.FBDI_SOURCE),
                text(ParameterName.FBDI_SUPPLIER_SITE), text(ParameterName.FBDI_DISTRIBUTION_COMBINATION),
                text(ParameterName.FBDI_PAYMENT_METHOD), text(ParameterName.FBDI_PAYMENT_TERMS));
        if (targets.has(ErpTargets.Format.ORACLE_FBDI)) {
            Map<ParameterName, String> required = new LinkedHashMap<>();
            required.put(ParameterName.FBDI_BUSINESS_UNIT, fbdi.businessUnit());
            required.put(ParameterName.FBDI_SOURCE, fbdi.source());
            required.put(ParameterName.FBDI_SUPPLIER_SITE, fbdi.supplierSite());
            required.put(ParameterName.FBDI_DISTRIBUTION_COMBINATION, fbdi.distributionCombination());
            required.forEach((name, value) -> {
                if (value.isEmpty()) {
                    problems.add(RunProblem.of("parameter " + name.canonical() + " is required when ErpTargets "
                            + "lists oracle-fbdi (Oracle's invoice import needs it and the balances do not give it)"));
                }
            });
        }
        return fbdi;
    }

    /** The characters that may separate the segments of an ERP's dimension display format. */
    private static final String SEGMENT_DELIMITERS = "-.|/:;_";

    /**
     * Dimensions with the ERP's display format (DimensionFormat: the names in the ERP's order joined by
     * its segment delimiter, an empty name for a segment the balances do not carry); by default the
     * Dimensions' order joined by "-", as Dynamics 365 shows default dimensions. Every dimension must
     * be in the format, once: an invoice line must not lose what splits it from another.
     */
    private DimensionParameters dimensionParameters(boolean summarize, List<String> dimensions) {
        String written = text(ParameterName.DIMENSION_FORMAT);
        if (written.isEmpty() || dimensions.isEmpty()) {
            inForce.put(ParameterName.DIMENSION_FORMAT, String.join("-", dimensions));
            return new DimensionParameters(summarize, dimensions);
        }
        char delimiter = '-';
        for (char c : written.toCharArray()) {
            if (SEGMENT_DELIMITERS.indexOf(c) >= 0) {
                delimiter = c;
                break;
            }
        }
        List<String> format = new ArrayList<>();
        for (String segment : written.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1)) {
            String name = segment.strip();
            Optional<String> dimension = dimensions.stream()
                    .filter(d -> Names.normalize(d).equals(Names.normalize(name))).findFirst();
            if (!name.isEmpty() && dimension.isEmpty()) {
                problem(ParameterName.DIMENSION_FORMAT, "DimensionFormat names '" + name + "', which is not one of "
                        + "the Dimensions " + dimensions);
            } else if (dimension.isPresent() && format.contains(dimension.get())) {
                problem(ParameterName.DIMENSION_FORMAT, "DimensionFormat names '" + name + "' twice");
            }
            format.add(dimension.orElse(""));
        }
        for (String dimension : dimensions) {
            if (!format.contains(dimension)) {
                problem(ParameterName.DIMENSION_FORMAT, "dimension " + dimension + " is not in DimensionFormat '"
                        + written + "': the ERP would not see what splits these reimbursements");
            }
        }
        return new DimensionParameters(summarize, dimensions, format, delimiter);
    }

    /**
     * Every parameter with the value in force, in the table's order: what the manifest and the report
     * show, each value per currency after its parameter.
     */
    private UsedParameters used() {
        List<UsedParameter> used = new ArrayList<>();
        for (ParameterName parameter : ParameterName.values()) {
            UsedParameter.Kind kind = switch (parameter.spec().kind()) {
                case DATE -> UsedParameter.Kind.DATE;
                case YES_NO -> UsedParameter.Kind.YES_NO;
                case AMOUNT -> UsedParameter.Kind.AMOUNT;
                // an empty AcceptBankDetailChanges accepts nobody: only the customer selections select all
                case SELECTION -> parameter == ParameterName.ACCEPT_BANK_DETAIL_CHANGES
                        ? UsedParameter.Kind.TEXT : UsedParameter.Kind.SELECTION;
                case TEXT, IDENTIFIER, CURRENCY, WHOLE, CHOICE, LIST -> UsedParameter.Kind.TEXT;
            };
            if (!parameter.spec().currencyOnly()) {
                Entry entry = entries.get(parameter);
                boolean written = entry != null && !entry.value().isBlank();
                String value = inForce.getOrDefault(parameter, "");
                // a default worked out from other values (the run date, the balances' currency) is one too
                boolean isDefault = !written || value.equals(parameter.spec().defaultValue());
                used.add(new UsedParameter(parameter.canonical(), parameter.frenchName(),
                        entry == null ? "" : entry.name(), value, kind, isDefault));
            }
            Map<String, Entry> written = perCurrency.getOrDefault(parameter, Map.of());
            inForcePerCurrency.getOrDefault(parameter, Map.of()).forEach((currency, value) -> used.add(
                    new UsedParameter(parameter.canonical() + "." + currency, parameter.frenchName() + "." + currency,
                            written.get(currency).name(), value, kind, false)));
        }
        return new UsedParameters(used);
    }

    /**
     * SPEC §10. The debtor's IBAN and BIC are checked whenever given; whether they are required
     * depends on the payees' bank details, which the decision knows.
     */
    private PaymentParameters payments(String dateFormat, LocalDate transactionDate, String invoicePrefix) {
        boolean enabled = yesNo(ParameterName.PAYMENTS);
        String bankAccount = text(ParameterName.BANK_ACCOUNT);
        LocalDate paymentDate = date(ParameterName.PAYMENT_DATE, dateFormat, transactionDate);
        String debtorIban = Iban.normalize(text(ParameterName.DEBTOR_IBAN));
        String debtorBic = Bic.normalize(text(ParameterName.DEBTOR_BIC));
        inForce.put(ParameterName.DEBTOR_IBAN, debtorIban);
        inForce.put(ParameterName.DEBTOR_BIC, debtorBic);
        if (!debtorIban.isEmpty()) {
            Iban.check(debtorIban).ifPresent(problem -> problem(ParameterName.DEBTOR_IBAN,
                    "DebtorIBAN: " + problem.explain(debtorIban, Language.EN)));
        }
        if (!debtorBic.isEmpty()) {
            Bic.check(debtorBic).ifPresent(problem -> problem(ParameterName.DEBTOR_BIC,
                    "DebtorBIC: " + problem.explain(debtorBic, Language.EN)));
        }
        String debtorName = text(ParameterName.DEBTOR_NAME);
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

    /** The value as written, stripped, or the parameter's default text when the table leaves it out. */
    private String written(ParameterName name) {
        Entry entry = entries.get(name);
        if (entry == null || entry.value().isBlank()) {
            String fallback = name.spec().defaultValue();
            return fallback == null ? "" : fallback;
        }
        return entry.value().display().strip();
    }

    private String text(ParameterName name) {
        String value = written(name);
        inForce.put(name, value);
        refuseFormula(name, name.canonical(), value);
        return value;
    }

    /** An identifier the ERP files carry as it is cannot begin like a formula ({@link FormulaGuard}). */
    private void refuseFormula(ParameterName name, String written, String value) {
        if (name.spec().kind() == ParameterSpec.Kind.IDENTIFIER && FormulaGuard.startsLikeAFormula(value)) {
            problem(name, written + " '" + value + "' " + FormulaGuard.IDENTIFIER_REFUSED);
        }
    }

    private String currency(ParameterName name) {
        String code = written(name).toUpperCase(Locale.ROOT);
        inForce.put(name, "");
        if (code.isEmpty()) {
            return null;
        }
        if (!Money.isKnownCurrency(code)) {
            problem(name, "'" + code + "' is not an ISO 4217 currency code");
            return null;
        }
        inForce.put(name, code);
        return code;
    }

    private BigDecimal amount(ParameterName name, DecimalSeparator separator, String currency) {
        Entry entry = entries.get(name);
        BigDecimal value = entry == null || entry.value().isBlank() ? null
                : amountOf(entry, name.canonical(), separator, currency);
        inForce.put(name, value == null ? "" : value.toPlainString());
        return value;
    }

    /** {@code currencyOf} gives the currency a value may be written in (the rates' is the accounting one). */
    private Map<String, BigDecimal> amounts(ParameterName name, DecimalSeparator separator,
                                            java.util.function.UnaryOperator<String> currencyOf) {
        Map<String, BigDecimal> values = new TreeMap<>();
        perCurrency.getOrDefault(name, Map.of()).forEach((currency, entry) -> {
            BigDecimal value = amountOf(entry, name.canonical() + "." + currency, separator, currencyOf.apply(currency));
            if (value != null) {
                values.put(currency, value);
                inForcePerCurrency.computeIfAbsent(name, n -> new TreeMap<>()).put(currency, value.toPlainString());
            }
        });
        return values;
    }

    /** The ".XXX" values of a text parameter, by currency. */
    private Map<String, String> texts(ParameterName name) {
        Map<String, String> values = new TreeMap<>();
        perCurrency.getOrDefault(name, Map.of()).forEach((currency, entry) -> {
            String value = entry.value().display().strip();
            refuseFormula(name, name.canonical() + "." + currency, value);
            values.put(currency, value);
            inForcePerCurrency.computeIfAbsent(name, n -> new TreeMap<>()).put(currency, value);
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
        LocalDate value = fallback;
        if (entry != null && !entry.value().isBlank()) {
            Optional<LocalDate> date = ValueParser.date(entry.value(), pattern);
            if (date.isEmpty()) {
                problem(name, notADate(name, entry.value().display(), pattern));
            }
            value = date.orElse(null);
        }
        inForce.put(name, value == null ? "" : value.toString());
        return value;
    }

    /** " or " the date written in DateFormat, or nothing when the pattern cannot write a date (it asks for hours). */
    private static String inPattern(String pattern, LocalDate date) {
        try {
            return " or " + ValueParser.formatter(pattern).format(date);
        } catch (java.time.DateTimeException e) {
            return "";
        }
    }

    /**
     * Why a date parameter is refused, and how to write it: the date the user meant when the common
     * patterns read one in the text (31/10/2026 is 2026-10-31), else none (03/04/2026 may be either).
     */
    private static String notADate(ParameterName name, String written, String pattern) {
        List<ValueParser.Reading> readings = ValueParser.readings(written);
        String refused = name.canonical() + " '" + written + "' is not a date"
                + (pattern.isEmpty() ? "" : " in DateFormat " + pattern);
        if (readings.size() == 1) {
            LocalDate meant = readings.get(0).date();
            return refused + ": write it as " + meant + (pattern.isEmpty()
                    ? ", or set DateFormat to " + readings.get(0).pattern()
                    : inPattern(pattern, meant));
        }
        String how = ": write it as an ISO date (yyyy-mm-dd)"
                + (pattern.isEmpty() ? " or set DateFormat to its pattern" : " or in DateFormat " + pattern);
        if (readings.isEmpty()) {
            return refused + how;
        }
        return refused + how + "; it could be " + String.join(" or ", readings.stream()
                .map(reading -> reading.date() + " (" + reading.pattern() + ")").toList());
    }

    private long whole(ParameterName name) {
        ParameterSpec spec = name.spec();
        long fallback = Long.parseLong(spec.defaultValue());
        long value = fallback;
        Entry entry = entries.get(name);
        if (entry != null && !entry.value().isBlank()) {
            BigDecimal number = amountOf(entry, name.canonical(), DecimalSeparator.POINT, null);
            if (number != null && (number.stripTrailingZeros().scale() > 0
                    || number.compareTo(BigDecimal.valueOf(spec.min())) < 0
                    || number.compareTo(BigDecimal.valueOf(spec.max())) > 0)) {
                problem(name, name.canonical() + " must be a whole number from " + spec.min() + " to " + spec.max());
            } else if (number != null) {
                value = number.longValueExact();
            }
        }
        inForce.put(name, Long.toString(value));
        return value;
    }

    private boolean yesNo(ParameterName name) {
        String written = written(name);
        Optional<Boolean> parsed = YesNo.parse(written);
        if (parsed.isEmpty()) {
            problem(name, name.canonical() + " '" + written + "' must be Yes or No");
            parsed = YesNo.parse(name.spec().defaultValue());
        }
        inForce.put(name, parsed.get() ? "Yes" : "No");
        return parsed.get();
    }

    /** The code of the word written (or of the default), among the parameter's choices. */
    private String choice(ParameterName name) {
        String written = written(name);
        String word = written.length() == 1 ? written : Names.normalize(written);
        String code = name.spec().choices().get(word);
        if (code == null) {
            problem(name, name.canonical() + " '" + written + "' must be one of " + name.spec().choices().keySet()
                    .stream().filter(k -> !k.isEmpty()).sorted().toList());
            code = name.spec().defaultValue();
        }
        inForce.put(name, code);
        return code;
    }

    private Selection selection(ParameterName name) {
        Selection selection;
        try {
            selection = Selection.parse(written(name));
        } catch (IllegalArgumentException e) {
            problem(name, name.canonical() + ": " + e.getMessage());
            selection = Selection.ALL;
        }
        inForce.put(name, selection.text());
        return selection;
    }

    private List<String> list(ParameterName name) {
        List<String> values = Arrays.stream(written(name).split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        inForce.put(name, String.join(",", values));
        return values;
    }
}
