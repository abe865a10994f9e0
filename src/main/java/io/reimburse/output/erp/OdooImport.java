package io.reimburse.output.erp;

import io.reimburse.model.Country;
import io.reimburse.model.OneTimeVendor;
import io.reimburse.model.OutputStyle;
import io.reimburse.model.PartyType;
import io.reimburse.model.Reimbursement;
import io.reimburse.model.Reversal;
import io.reimburse.model.ReversedInvoice;
import io.reimburse.model.RunResult;
import io.reimburse.output.CsvFiles;
import io.reimburse.output.CsvOutput;
import io.reimburse.output.D365InvoiceJournal;
import io.reimburse.output.ImportWorkbook;
import io.reimburse.output.ImportWorkbook.Cell;
import io.reimburse.output.WrittenFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Odoo's import files (target {@code odoo}), each as CSV and .xlsx, for its generic import tool
 * (Import records): the vendor bills ({@code account.move}, move type {@code in_invoice}, one line
 * each, on the bill's row) and the partners to create for the one-time vendors ({@code res.partner}).
 * Columns are the fields' technical names; the External ID column ({@code id}) is the invoice number
 * or the vendor account, so a re-import updates rather than duplicates, and a bill names its vendor
 * by External ID ({@code partner_id/id}). A reversal run writes vendor credit notes ({@code in_refund})
 * naming the bill they reverse ({@code reversed_entry_id/id}).
 */
public final class OdooImport {

    public static final String BILLS = "odoo-vendor-bills";
    public static final String PARTNERS = "odoo-partners";
    public static final String CREDIT_NOTES = "odoo-credit-notes";

    private static final List<String> MOVE_COLUMNS = List.of("id", "move_type", "partner_id/id", "ref",
            "invoice_date", "invoice_date_due", "currency_id", "invoice_line_ids/name", "invoice_line_ids/quantity",
            "invoice_line_ids/price_unit");

    private OdooImport() {
    }

    /** The bills, and the partners when the run creates one-time vendors. */
    public static List<WrittenFile> write(RunResult result, Path folder) throws IOException {
        String account = result.parameters().erp().odooAccount();
        List<List<Cell>> bills = new ArrayList<>();
        for (Reimbursement r : result.decisions().reimbursements()) {
            bills.add(move(r.invoice(), "in_invoice", r, r.transactionDate(), r.dueDate(), r.description(), account,
                    null));
        }
        OutputStyle style = result.parameters().output();
        List<WrittenFile> written = new ArrayList<>(both(folder, BILLS, "Vendor bills", moveColumns(account, false),
                bills, style));
        if (!result.decisions().oneTimeVendors().isEmpty()) {
            written.addAll(both(folder, PARTNERS, "Partners", List.of("id", "name", "is_company", "ref", "street", "zip",
                    "city", "country_id/id"), partners(result.decisions().oneTimeVendors()), style));
        }
        return written;
    }

    /** The credit notes of a reversal run; {@code account} is the reversed invoices' run's OdooAccount. */
    public static List<WrittenFile> reversal(Reversal reversal, String account, Path folder) throws IOException {
        List<List<Cell>> notes = new ArrayList<>();
        for (ReversedInvoice line : reversal.invoices()) {
            Reimbursement r = line.original();
            notes.add(move(line.reversalInvoice(), "in_refund", r, reversal.date(), reversal.date(),
                    D365InvoiceJournal.reversalText(reversal.style().language(), r.invoice(), reversal.reason()),
                    account, r.invoice()));
        }
        return both(folder, CREDIT_NOTES, "Credit notes", moveColumns(account, true), notes, reversal.style());
    }

    /** The line's account column only when OdooAccount is given: an empty cell would empty the account. */
    private static List<String> moveColumns(String account, boolean reversing) {
        List<String> columns = new ArrayList<>(MOVE_COLUMNS);
        if (!account.isEmpty()) {
            columns.add("invoice_line_ids/account_id");
        }
        if (reversing) {
            columns.add("reversed_entry_id/id");
        }
        return columns;
    }

    private static List<Cell> move(String id, String type, Reimbursement r, java.time.LocalDate date,
                                   java.time.LocalDate due, String label, String account, String reversed) {
        List<Cell> row = new ArrayList<>(List.of(code(id), code(type), code(r.vendorAccount()), code(id),
                new Cell.Date(date), new Cell.Date(due), code(r.amount().currency()), new Cell.Text(label, true),
                code("1"), new Cell.Amount(r.amount())));
        if (!account.isEmpty()) {
            row.add(code(account));
        }
        if (reversed != null) {
            row.add(code(reversed));
        }
        return row;
    }

    /** A person's name is its first and last name; the country Odoo's own External ID of it (base.fr). */
    private static List<List<Cell>> partners(List<OneTimeVendor> vendors) {
        List<List<Cell>> rows = new ArrayList<>();
        for (OneTimeVendor vendor : vendors) {
            boolean person = vendor.party().type() == PartyType.PERSON;
            String name = person ? (vendor.party().firstName() + " " + vendor.party().lastName()).strip()
                    : vendor.name();
            String country = Country.of(vendor.address().country())
                    .map(c -> "base." + c.alpha2().toLowerCase(java.util.Locale.ROOT)).orElse("");
            rows.add(List.of(code(vendor.account()), new Cell.Text(name.isEmpty() ? vendor.customer().customerAccount()
                            : name, true), code(person ? "False" : "True"), code(vendor.customer().customerAccount()),
                    new Cell.Text(vendor.address().street(), true), new Cell.Text(vendor.address().zipCode(), true),
                    new Cell.Text(vendor.address().city(), true), code(country)));
        }
        return rows;
    }

    private static Cell code(String value) {
        return new Cell.Text(value, false);
    }

    /** The same rows as {@code NAME.csv} (the run's CSV style) and {@code NAME.xlsx}. */
    private static List<WrittenFile> both(Path folder, String name, String sheet, List<String> header,
                                          List<List<Cell>> rows, OutputStyle style) throws IOException {
        try (CsvOutput csv = CsvFiles.in(folder, style).create(name + ".csv")) {
            csv.header(header.toArray(String[]::new));
            for (List<Cell> row : rows) {
                csv.row(row.stream().map(cell -> text(csv, cell)).toArray(String[]::new));
            }
        }
        ImportWorkbook.write(folder.resolve(name + ".xlsx"), sheet, header, rows);
        return List.of(new WrittenFile(name + ".csv", rows.size()), new WrittenFile(name + ".xlsx", rows.size()));
    }

    private static String text(CsvOutput csv, Cell cell) {
        if (cell instanceof Cell.Text text) {
            return text.freeText() ? csv.text(text.value()) : text.value();
        }
        if (cell instanceof Cell.Amount amount) {
            return amount.money().plain();
        }
        return ((Cell.Date) cell).value().toString();
    }

}
