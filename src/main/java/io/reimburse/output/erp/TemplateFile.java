package io.reimburse.output.erp;

import io.reimburse.model.Address;
import io.reimburse.model.CustomerRef;
import io.reimburse.model.Money;
import io.reimburse.model.OneTimeVendor;
import io.reimburse.model.OutputTemplate;
import io.reimburse.model.Payment;
import io.reimburse.model.Reimbursement;
import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;
import io.reimburse.model.RunResult;
import io.reimburse.model.TemplateColumn;
import io.reimburse.model.TemplateField;
import io.reimburse.output.CsvOutput;
import io.reimburse.output.WrittenFile;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.RoundingMode;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The file an output template describes (target {@code template:NAME}): one line per reimbursement,
 * each column the field the template maps it to, formatted as it says (date pattern, decimal
 * separator, width and padding, upper case), in the file's delimiter, encoding, line end and quoting;
 * a fixed-width file when the delimiter is none. Free text keeps the formula guard. A value the file
 * cannot hold (longer than its column's width, outside the encoding, holding the delimiter with quotes
 * none) is a run problem naming the template's cell and the invoice: nothing is cut but free text.
 */
public final class TemplateFile {

    private final OutputTemplate template;
    private final RunResult result;
    private final boolean guard;
    private final CharsetEncoder encoder;
    private final Map<CustomerRef, OneTimeVendor> vendors = new HashMap<>();
    private final Map<String, Payment> payments = new HashMap<>();

    private TemplateFile(OutputTemplate template, RunResult result) {
        this.template = template;
        this.result = result;
        this.guard = result.parameters().output().csvFormulaGuard();
        this.encoder = template.encoding().newEncoder();
        result.decisions().oneTimeVendors().forEach(vendor -> vendors.put(vendor.customer(), vendor));
        result.payments().all().forEach(payment -> payments.put(payment.reimbursement().invoice(), payment));
    }

    public static WrittenFile write(OutputTemplate template, RunResult result, Path folder) throws IOException {
        return new TemplateFile(template, result).write(folder.resolve(template.fileName()));
    }

    private WrittenFile write(Path file) throws IOException {
        List<Reimbursement> reimbursements = result.decisions().reimbursements();
        try (OutputStream out = Files.newOutputStream(file)) {
            if (template.bom()) {
                out.write(template.encoding().equals(StandardCharsets.UTF_16LE) ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                        : new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            Writer text = new BufferedWriter(new OutputStreamWriter(out, template.encoding()), 1 << 16);
            boolean csv = !template.fixedWidth() && template.quote() != OutputTemplate.Quote.NONE;
            try (Lines lines = csv ? new CsvLines(CsvOutput.over(text, template.delimiter(), template.lineEnd(),
                    template.quote() == OutputTemplate.Quote.ALL, false)) : new PlainLines(text)) {
                if (template.header()) {
                    List<String> header = new ArrayList<>();
                    for (TemplateColumn column : template.columns()) {
                        header.add(checked(column, fit(column, column.header(), true, ' '), "the header"));
                    }
                    lines.line(header);
                }
                int lineNumber = 0;
                for (Reimbursement r : reimbursements) {
                    lineNumber++;
                    List<String> values = new ArrayList<>();
                    for (TemplateColumn column : template.columns()) {
                        String value = fit(column, value(column, r, lineNumber), column.field().kind()
                                == TemplateField.Kind.FREE_TEXT, column.padding());
                        values.add(checked(column, value, "invoice " + r.invoice()));
                    }
                    lines.line(values);
                }
            }
        }
        return new WrittenFile(template.fileName(), reimbursements.size());
    }

    /** The lines of the file: a CSV, or values joined as they are (fixed width, or quotes none). */
    private interface Lines extends AutoCloseable {
        void line(List<String> values) throws IOException;

        @Override
        void close() throws IOException;
    }

    private record CsvLines(CsvOutput csv) implements Lines {
        public void line(List<String> values) throws IOException {
            csv.row(values.toArray(String[]::new));
        }

        public void close() throws IOException {
            csv.close();
        }
    }

    private final class PlainLines implements Lines {
        private final Writer out;

        PlainLines(Writer out) {
            this.out = out;
        }

        public void line(List<String> values) throws IOException {
            out.write(String.join(template.fixedWidth() ? "" : String.valueOf(template.delimiter()), values));
            out.write(template.lineEnd());
        }

        public void close() throws IOException {
            out.close();
        }
    }

    /** The field's value, formatted as the column says (before its width). */
    private String value(TemplateColumn column, Reimbursement r, int lineNumber) {
        OneTimeVendor vendor = vendors.get(r.key().customer());
        Address address = vendor == null ? Address.NONE : vendor.address();
        Payment payment = payments.get(r.invoice());
        String value = switch (column.field()) {
            case LEGAL_ENTITY -> r.key().legalEntity();
            case CUSTOMER_ACCOUNT -> r.key().customerAccount();
            case CUSTOMER_NAME -> r.customerName();
            case VENDOR_ACCOUNT -> r.vendorAccount();
            case VENDOR_NAME -> vendor != null ? vendor.name() : payment != null ? payment.payeeName()
                    : r.customerName();
            case ONE_TIME_VENDOR -> r.oneTimeVendor().code();
            case INVOICE -> r.invoice();
            case AMOUNT -> amount(column, r.amount());
            case CURRENCY -> r.amount().currency();
            case TRANSACTION_DATE -> date(column, r.transactionDate());
            case DUE_DATE -> date(column, r.dueDate());
            case BALANCE_DATE -> date(column, result.parameters().balanceDate());
            case DESCRIPTION -> r.description();
            case STREET -> address.street();
            case ZIP_CODE -> address.zipCode();
            case CITY -> address.city();
            case COUNTRY -> address.country();
            case IBAN -> payment == null ? "" : payment.iban();
            case BIC -> payment == null ? "" : payment.bic();
            case LINE_NUMBER -> Integer.toString(lineNumber);
            case TEXT -> column.text();
        };
        if (column.field().kind() == TemplateField.Kind.FREE_TEXT) {
            value = CsvOutput.guard(value, guard);
        }
        return column.upperCase() ? value.toUpperCase(Locale.ROOT) : value;
    }

    private static String amount(TemplateColumn column, Money money) {
        if (column.decimalSeparator() == 0) {
            return money.amount().movePointRight(Money.minorDigits(money.currency())).setScale(0, RoundingMode.UNNECESSARY)
                    .toPlainString();
        }
        return money.plain().replace('.', column.decimalSeparator());
    }

    private static String date(TemplateColumn column, LocalDate date) {
        return column.dateFormat().isEmpty() ? date.toString() : DateTimeFormatter.ofPattern(column.dateFormat())
                .format(date);
    }

    /** Padded to the column's width (a header with spaces); longer, free text and a header are cut, anything else refused. */
    private String fit(TemplateColumn column, String value, boolean mayCut, char padding) {
        int width = column.width();
        if (width == 0 || value.length() == width) {
            return value;
        }
        if (value.length() > width) {
            if (mayCut) {
                return value.substring(0, width);
            }
            throw refused(column, "Width", "'" + value + "' is longer than the column's width " + width);
        }
        String pad = String.valueOf(padding).repeat(width - value.length());
        return column.alignRight() ? pad + value : value + pad;
    }

    /** A value the file can hold: in its encoding, and without its delimiter or a line break when nothing is quoted. */
    private String checked(TemplateColumn column, String value, String what) {
        if (!encoder.canEncode(value)) {
            throw new RunRefused(RunProblem.at(template.settings(), "Encoding", "the template's encoding "
                    + template.encoding().name() + " cannot write '" + value + "' (" + what + ", column "
                    + column.header() + ")"));
        }
        boolean quoted = !template.fixedWidth() && template.quote() != OutputTemplate.Quote.NONE;
        if (!quoted && (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0
                || (!template.fixedWidth() && value.indexOf(template.delimiter()) >= 0))) {
            throw new RunRefused(RunProblem.at(template.settings(), "Quote", "'" + value + "' (" + what + ", column "
                    + column.header() + ") holds the delimiter or a line break, and the template quotes nothing"));
        }
        return value;
    }

    private RunRefused refused(TemplateColumn column, String cell, String message) {
        return new RunRefused(RunProblem.at(column.where(), cell, message));
    }
}
