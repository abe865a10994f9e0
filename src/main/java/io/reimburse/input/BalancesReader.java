package io.reimburse.input;

import io.reimburse.model.Address;
import io.reimburse.model.BalanceKey;
import io.reimburse.model.BalanceRow;
import io.reimburse.model.BalanceSign;
import io.reimburse.model.BankDetails;
import io.reimburse.model.Blocked;
import io.reimburse.model.Country;
import io.reimburse.model.CustomerRef;
import io.reimburse.model.FormulaGuard;
import io.reimburse.model.Money;
import io.reimburse.model.Parameters;
import io.reimburse.model.Party;
import io.reimburse.model.PartyType;
import io.reimburse.model.RowProblem;
import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;
import io.reimburse.model.SourceRef;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Reads the balances table row by row into {@link BalanceRow}s. A bad value holds back its
 * customer (a row problem); a column whose decimal separator cannot be known, or that mixes
 * conventions, stops the run. Amounts whose reading waits for the column's evidence ("1,234")
 * are kept aside and read once the column has shown its separator.
 */
public final class BalancesReader {

    private final TableSource source;
    private final TableHeader header;
    private final Parameters parameters;
    private final Consumer<BalanceRow> sink;
    private final List<RowProblem> problems = new ArrayList<>();
    private final Map<CustomerRef, String> heldBackNames = new HashMap<>();
    private final List<RunProblem> runProblems = new ArrayList<>();
    private final DecimalEvidence evidence = new DecimalEvidence();
    private final List<RawRow> waiting = new ArrayList<>();
    private final Set<String> currencies = new TreeSet<>();
    private final List<Integer> dimensionColumns = new ArrayList<>();
    private final RepeatedText shared = new RepeatedText();
    /** The columns read as text, set once the dimension columns are known. */
    private int[] textColumns;
    private final boolean transactionLevel;
    private final String fileName;
    private int totalLines;
    private long dataRows;

    private BalancesReader(TableSource source, TableHeader header, Parameters parameters, Consumer<BalanceRow> sink) {
        this.source = source;
        this.header = header;
        this.parameters = parameters;
        this.sink = sink;
        this.fileName = source.fileName();
        this.transactionLevel = header.isTransactionLevel();
    }

    /** Reads every row below the header; run problems are thrown together at the end. */
    public static BalancesTally read(TableSource source, TableHeader header, Parameters parameters,
                                    Consumer<BalanceRow> sink) {
        BalancesReader reader = new BalancesReader(source, header, parameters, sink);
        reader.checkColumns();
        reader.readRows();
        return new BalancesTally(reader.problems, reader.heldBackNames, reader.totalLines, reader.dataRows,
                reader.currencies);
    }

    private void checkColumns() {
        if (!header.has(Column.BALANCE) && !(header.has(Column.DEBIT) && header.has(Column.CREDIT))) {
            runProblems.add(new RunProblem(source.fileName(), source.sheet(), header.row(), null,
                    "no Balance column (Solde, Montant, Amount) and no Debit and Credit pair"));
        }
        if (!header.has(Column.CURRENCY) && parameters.accountingCurrency() == null) {
            runProblems.add(new RunProblem(source.fileName(), source.sheet(), header.row(), null,
                    "the balances have no Currency column, so parameter AccountingCurrency is required"));
        }
        for (String dimension : parameters.dimensions().names()) {
            Optional<Integer> column = header.other(dimension);
            if (column.isPresent()) {
                dimensionColumns.add(column.get());
            } else if (!parameters.dimensions().summarize()) {
                runProblems.add(new RunProblem(source.fileName(), source.sheet(), header.row(), dimension,
                        "dimension column '" + dimension + "' named by parameter Dimensions is missing"));
            }
        }
        textColumns = header.textColumns(AMOUNTS, dimensionColumns);
        throwRunProblems();
    }

    private void throwRunProblems() {
        if (!runProblems.isEmpty()) {
            throw new RunRefused(runProblems);
        }
    }

    private void readRows() {
        try (RowStream rows = source.openReadAhead()) {
            while (rows.hasNext()) {
                RawRow row = rows.next();
                if (row.row() > header.row()) {
                    readRow(row, false);
                }
            }
        }
        for (RawRow row : waiting) {
            readRow(row, true);
        }
        throwRunProblems();
    }

    private void readRow(RawRow row, boolean lastChance) {
        if (row.isEmpty()) {
            return;
        }
        String account = text(row, Column.CUSTOMER_ACCOUNT);
        if (header.isRepeatedBy(account)) {
            return; // the header repeated in the middle of a long export
        }
        if (TotalLine.isTotalLine(row, account)) {
            totalLines++;
            return;
        }
        Row r = new Row(new SourceRef(fileName, source.sheet(), row.row()), legalEntity(row), account);
        if (readCustomerRow(row, r, lastChance)) {
            r.commit(row);
        } else {
            // its problems are found again when it is read for good
            waiting.add(row);
            if (waiting.size() > Limits.MAX_ROWS_WAITING_FOR_EVIDENCE) {
                runProblems.add(RunProblem.at(r.where, null, "more than " + Limits.MAX_ROWS_WAITING_FOR_EVIDENCE
                        + " amounts such as '1,234' could be read with '.' or ',' as decimal separator and no "
                        + "value tells which; set parameter DecimalSeparator to . or ,"));
                throwRunProblems();
            }
        }
    }

    /** The amount columns report an unavailable cell themselves, with what it means for the balance. */
    private static final Set<Column> AMOUNTS = Set.of(Column.BALANCE, Column.DEBIT, Column.CREDIT);

    /** Reads one customer row; false when its amount waits for the column's evidence. */
    private boolean readCustomerRow(RawRow row, Row r, boolean lastChance) {
        int unavailable = TableHeader.firstUnavailable(row, textColumns);
        if (unavailable >= 0) {
            CellValue.Unavailable cell = (CellValue.Unavailable) row.cell(unavailable);
            r.problemAt(unavailable, cell.display(), cell.reason() + ": the value is unknown");
            if (unavailable == header.index(Column.CUSTOMER_ACCOUNT).orElse(-1)) {
                return true; // no customer to hold back: the row names none
            }
        }
        if (r.account.isEmpty()) {
            r.problem(Column.CUSTOMER_ACCOUNT, "", "the customer account is empty");
            return true;
        }
        String document = document(row);
        if (document != null && TotalLine.isSubtotalOfCustomer(row, header.index(Column.CUSTOMER_ACCOUNT).orElseThrow(),
                document)) {
            r.problem(documentColumn(), document, "this row carries a total label and no document: a customer's "
                    + "sub-total would add its transactions twice");
            return true;
        }
        AmountReading amount = amount(row, r, lastChance);
        if (amount == AmountReading.WAITING) {
            return false;
        }
        dataRows++;
        String currency = currency(row, r);
        Blocked blocked = blocked(row, r);
        if (r.failed || !(amount instanceof AmountReading.Amount read) || currency == null || blocked == null) {
            return true;
        }
        BigDecimal value = read.value();
        if (value.stripTrailingZeros().scale() > Money.minorDigits(currency)) {
            r.problem(Column.BALANCE, value.toPlainString(), "more decimals than " + currency + " allows ("
                    + Money.minorDigits(currency) + ")");
            return true;
        }
        List<String> dimensions = dimensionColumns.isEmpty() ? List.of()
                : dimensionColumns.stream().map(i -> shared.of(row.cell(i).display().strip())).toList();
        if (!parameters.dimensions().summarize() && delimitsSegments(row, r, dimensions)) {
            return true;
        }
        String vendor = text(row, Column.VENDOR_ACCOUNT);
        if (startsLikeAFormula(r, Column.CUSTOMER_ACCOUNT, r.account) || startsLikeAFormula(r, Column.VENDOR_ACCOUNT, vendor)
                || startsLikeAFormula(r, Column.LEGAL_ENTITY, r.legalEntity)
                || (document != null && startsLikeAFormula(r, documentColumn(), document))) {
            return true;
        }
        BalanceKey key = new BalanceKey(r.legalEntity, r.account, currency, dimensions);
        String group = shared(row, Column.CUSTOMER_GROUP);
        String invoice = header.has(Column.DOCUMENT) ? text(row, Column.INVOICE) : "";
        if (onlyCounted(document, value, dimensions)) {
            sink.accept(new BalanceRow(r.where, key, value, document, invoice, "", group, blocked, vendor,
                    Address.NONE, Party.ORGANIZATION, BankDetails.NONE));
            return true;
        }
        String name = text(row, Column.NAME);
        Address address = address(row, r);
        Party party = party(row, r, name);
        if (address == null || party == null) {
            return true;
        }
        sink.accept(new BalanceRow(r.where, key, value, document, invoice, name, group, blocked, vendor, address,
                party, BankDetails.of(text(row, Column.IBAN), text(row, Column.BIC))));
        return true;
    }

    /**
     * A person when the PartyType column says so, or when first or last names are given; else an
     * organization. Null when the column names neither (a row problem).
     */
    private Party party(RawRow row, Row r, String name) {
        String written = text(row, Column.PARTY_TYPE);
        String firstName = text(row, Column.FIRST_NAME);
        String lastName = text(row, Column.LAST_NAME);
        Optional<PartyType> type = written.isEmpty() ? Optional.of(firstName.isEmpty() && lastName.isEmpty()
                ? PartyType.ORGANIZATION : PartyType.PERSON) : PartyType.parse(written);
        if (type.isEmpty()) {
            r.problem(Column.PARTY_TYPE, written, "not a party type (Person or Organization; Personne, Organisation)");
            return null;
        }
        return type.get() == PartyType.PERSON ? Party.person(firstName, lastName, name) : Party.ORGANIZATION;
    }

    /**
     * A dimension value holding the ERP's segment delimiter would be read as two segments there; one
     * beginning like a formula could not reach it unchanged.
     */
    private boolean delimitsSegments(RawRow row, Row r, List<String> dimensions) {
        char delimiter = parameters.dimensions().delimiter();
        for (int i = 0; i < dimensions.size(); i++) {
            if (dimensions.get(i).indexOf(delimiter) >= 0) {
                r.problemAt(dimensionColumns.get(i), dimensions.get(i), "holds '" + delimiter + "', the segment "
                        + "delimiter of DimensionFormat: the ERP would read it as two dimensions");
                return true;
            }
            if (FormulaGuard.startsLikeAFormula(dimensions.get(i))) {
                r.problemAt(dimensionColumns.get(i), dimensions.get(i), FormulaGuard.IDENTIFIER_REFUSED);
                return true;
            }
        }
        return false;
    }

    /** An identifier the ERP files carry that begins like a formula is a row problem ({@link FormulaGuard}). */
    private static boolean startsLikeAFormula(Row r, Column column, String identifier) {
        if (FormulaGuard.startsLikeAFormula(identifier)) {
            r.problem(column, identifier, FormulaGuard.IDENTIFIER_REFUSED);
            return true;
        }
        return false;
    }

    /** At transaction level, the row's document: its voucher, else its invoice number; null at balance level. */
    private String document(RawRow row) {
        return transactionLevel ? text(row, documentColumn()) : null;
    }

    private Column documentColumn() {
        return header.has(Column.DOCUMENT) ? Column.DOCUMENT : Column.INVOICE;
    }

    /**
     * At balance level a row is its key's whole balance (unless Summarize adds dimension sets): a
     * debit or zero balance is only counted, never reimbursed, so its name, address and bank details
     * are not read. A million-customer export then keeps none of them for two thirds of its rows,
     * and sharing the address parts' text was most of the reading work for those rows.
     */
    private boolean onlyCounted(String document, BigDecimal value, List<String> dimensions) {
        return document == null && value.signum() >= 0 && (dimensions.isEmpty() || !parameters.dimensions().summarize());
    }

    /**
     * The row being read: its location and customer, and the problems found on it, kept until the
     * row is read for good (a row waiting for evidence is read twice and must be reported once).
     */
    private final class Row {
        final SourceRef where;
        final String legalEntity;
        final String account;
        final List<RowProblem> rowProblems = new ArrayList<>();
        final List<RunProblem> columnProblems = new ArrayList<>();
        boolean failed;

        Row(SourceRef where, String legalEntity, String account) {
            this.where = where;
            this.legalEntity = legalEntity;
            this.account = account;
        }

        void problem(Column column, String value, String message) {
            String name = header.index(column).map(header::writtenName).orElse(column.displayName());
            rowProblems.add(RowProblem.at(where, name, value, message, legalEntity, account.isEmpty() ? null : account));
            failed = true;
        }

        /** A problem in the column at {@code index}; in the account column, no customer is named. */
        void problemAt(int index, String value, String message) {
            boolean accountColumn = header.index(Column.CUSTOMER_ACCOUNT).orElse(-1) == index;
            rowProblems.add(RowProblem.at(where, header.writtenName(index), value, message, legalEntity,
                    account.isEmpty() || accountColumn ? null : account));
            failed = true;
        }

        void columnProblem(int index, String message) {
            columnProblems.add(RunProblem.at(where, header.writtenName(index), message));
        }

        /** Keeps the row's problems, and for its customer the name it gives, if any. */
        void commit(RawRow row) {
            problems.addAll(rowProblems);
            runProblems.addAll(columnProblems);
            if (!rowProblems.isEmpty() && !account.isEmpty()) {
                String name = text(row, Column.NAME);
                if (!name.isEmpty()) {
                    heldBackNames.putIfAbsent(new CustomerRef(legalEntity, account), name);
                }
            }
        }
    }

    /**
     * The address copied to a one-time vendor; its country, written as an ISO 3166 code or name, is
     * kept as the ISO alpha-3 code Dynamics 365 keys countries by. Null when the country is none (a row
     * problem: the vendor could not be created).
     */
    private Address address(RawRow row, Row r) {
        String street = text(row, Column.STREET);
        String zip = shared(row, Column.ZIP_CODE);
        String city = shared(row, Column.CITY);
        String state = shared(row, Column.STATE);
        String written = shared(row, Column.COUNTRY);
        if (street.isEmpty() && zip.isEmpty() && city.isEmpty() && state.isEmpty() && written.isEmpty()) {
            return Address.NONE;
        }
        String country = "";
        if (!written.isEmpty()) {
            Optional<Country> known = Country.of(written);
            if (known.isEmpty()) {
                r.problem(Column.COUNTRY, written, "not an ISO 3166 country (a code such as FR or FRA, or its name)");
                return null;
            }
            country = shared.of(known.get().alpha3());
        }
        return new Address(street, zip, city, state, country);
    }

    /** A value repeated down the column (group, city, currency): one String object for all rows. */
    private String shared(RawRow row, Column column) {
        return shared.of(text(row, column));
    }

    private String text(RawRow row, Column column) {
        return header.text(row, column);
    }

    private String legalEntity(RawRow row) {
        String fromRow = shared(row, Column.LEGAL_ENTITY);
        return fromRow.isEmpty() ? parameters.legalEntity() : fromRow;
    }

    private String currency(RawRow row, Row r) {
        String code = shared.of(text(row, Column.CURRENCY).toUpperCase(Locale.ROOT));
        if (code.isEmpty()) {
            if (parameters.accountingCurrency() == null) {
                r.problem(Column.CURRENCY, "", "the currency is empty and parameter AccountingCurrency is not set");
                return null;
            }
            code = parameters.accountingCurrency();
        } else if (!Money.isKnownCurrency(code)) {
            r.problem(Column.CURRENCY, code, "not an ISO 4217 currency code");
            return null;
        }
        if (!parameters.legalEntity().isEmpty() && !r.legalEntity.equalsIgnoreCase(parameters.legalEntity())) {
            r.problem(Column.LEGAL_ENTITY, r.legalEntity, "this row is for legal entity " + r.legalEntity
                    + " but the parameters are for " + parameters.legalEntity());
            return null;
        }
        currencies.add(code);
        return code;
    }

    private Blocked blocked(RawRow row, Row r) {
        String text = text(row, Column.BLOCKED);
        Optional<Blocked> blocked = Blocked.parse(text);
        if (blocked.isEmpty()) {
            r.problem(Column.BLOCKED, text, "not a blocking status (No, Invoice, Payment, All, Never, Requisition)");
            return null;
        }
        return blocked.get();
    }

    /** The row's balance in the credit-negative convention. */
    private AmountReading amount(RawRow row, Row r, boolean lastChance) {
        if (header.has(Column.BALANCE)) {
            AmountReading balance = amountIn(row, r, Column.BALANCE, lastChance);
            return balance instanceof AmountReading.Amount read && parameters.reading().balanceSign()
                    == BalanceSign.CREDIT_POSITIVE ? new AmountReading.Amount(read.value().negate()) : balance;
        }
        AmountReading debit = amountIn(row, r, Column.DEBIT, lastChance);
        AmountReading credit = amountIn(row, r, Column.CREDIT, lastChance);
        if (debit == AmountReading.WAITING || credit == AmountReading.WAITING) {
            return AmountReading.WAITING;
        }
        if (!(debit instanceof AmountReading.Amount debitRead) || !(credit instanceof AmountReading.Amount creditRead)) {
            return AmountReading.PROBLEM;
        }
        // the column names the side: a signed amount in it could mean either, so it is not guessed
        for (Column column : List.of(Column.DEBIT, Column.CREDIT)) {
            BigDecimal value = column == Column.DEBIT ? debitRead.value() : creditRead.value();
            if (value.signum() < 0) {
                r.problem(column, row.cell(header.index(column).orElseThrow()).display(), "a negative amount in the "
                        + column.displayName() + " column: Debit and Credit amounts have no sign, the column gives it");
                return AmountReading.PROBLEM;
            }
        }
        return new AmountReading.Amount(debitRead.value().subtract(creditRead.value()));
    }

    private AmountReading amountIn(RawRow row, Row r, Column column, boolean lastChance) {
        int index = header.index(column).orElseThrow();
        CellValue cell = row.cell(index);
        boolean debitCredit = column != Column.BALANCE;
        if (cell.isBlank()) {
            if (debitCredit) {
                return new AmountReading.Amount(BigDecimal.ZERO);
            }
            r.problem(column, "", "the balance is empty");
            return AmountReading.PROBLEM;
        }
        if (cell instanceof CellValue.Number number) {
            return new AmountReading.Amount(number.value());
        }
        if (cell instanceof CellValue.Unavailable unavailable) {
            r.problem(column, unavailable.display(), unavailable.reason() + ": the amount is unknown");
            return AmountReading.PROBLEM;
        }
        AmountParser.Result result = AmountParser.parse(cell.display(), parameters.reading().decimalSeparator());
        if (result instanceof AmountParser.Invalid invalid) {
            r.problem(column, cell.display(), invalid.reason());
            return AmountReading.PROBLEM;
        }
        if (result instanceof AmountParser.Ambiguous ambiguous) {
            AmountParser.Evidence known = evidence.of(index);
            if (known != null) {
                return checkedMark(ambiguous.currencyMark(), ambiguous.resolve(known), row, r, column);
            }
            if (!lastChance) {
                return AmountReading.WAITING;
            }
            r.columnProblem(index, "'" + cell.display() + "' could be read with '.' or ',' as decimal separator and "
                    + "no other value in this column tells which; set parameter DecimalSeparator to . or ,");
            return AmountReading.PROBLEM;
        }
        AmountParser.Parsed parsed = (AmountParser.Parsed) result;
        Optional<SourceRef> otherConvention = evidence.note(index, parsed.evidence(), r.where);
        if (otherConvention.isPresent()) {
            r.columnProblem(index, "'" + cell.display() + "' uses a different decimal separator than "
                    + otherConvention.get() + "; the column mixes conventions, set parameter DecimalSeparator");
            return AmountReading.PROBLEM;
        }
        return checkedMark(parsed.currencyMark(), parsed.value(), row, r, column);
    }

    /** An amount written with a currency code or symbol must be in the row's currency. */
    private AmountReading checkedMark(String mark, BigDecimal value, RawRow row, Row r, Column column) {
        if (!mark.isEmpty()) {
            String rowCurrency = text(row, Column.CURRENCY).toUpperCase(Locale.ROOT);
            String expected = rowCurrency.isEmpty() ? parameters.accountingCurrency() : rowCurrency;
            if (expected != null && !AmountParser.markMatches(mark, expected)) {
                r.problem(column, row.cell(header.index(column).orElseThrow()).display(),
                        "the amount is written in " + mark.toUpperCase(Locale.ROOT) + " but the row's currency is "
                                + expected);
                return AmountReading.PROBLEM;
            }
        }
        return new AmountReading.Amount(value);
    }
}
