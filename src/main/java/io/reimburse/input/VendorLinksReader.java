package io.reimburse.input;

import io.reimburse.model.BankDetails;
import io.reimburse.model.Blocked;
import io.reimburse.model.CustomerRef;
import io.reimburse.model.FormulaGuard;
import io.reimburse.model.Parameters;
import io.reimburse.model.RowProblem;
import io.reimburse.model.SourceRef;
import io.reimburse.model.VendorLink;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Reads the {@code CustomerAccount | VendorAccount} table (+ LegalEntity, VendorName, IBAN, BIC, VendorBlocked). */
public final class VendorLinksReader {

    private VendorLinksReader() {
    }

    /** Streams the links to {@code sink}; returns the row problems (a bad row holds back its customer). */
    public static List<RowProblem> read(TableSource source, TableHeader header, Parameters parameters,
                                        Consumer<VendorLink> sink) {
        List<RowProblem> problems = new ArrayList<>();
        int[] textColumns = header.textColumns(Set.of(), List.of());
        String file = source.fileName();
        try (RowStream rows = source.openReadAhead()) {
            while (rows.hasNext()) {
                RawRow row = rows.next();
                if (row.row() <= header.row() || row.isEmpty()) {
                    continue;
                }
                SourceRef where = new SourceRef(file, source.sheet(), row.row());
                String account = header.text(row, Column.CUSTOMER_ACCOUNT);
                String vendor = header.text(row, Column.VENDOR_ACCOUNT);
                String entity = header.text(row, Column.LEGAL_ENTITY);
                String legalEntity = entity.isEmpty() ? parameters.legalEntity() : entity;
                if (header.isRepeatedBy(account)) {
                    continue;
                }
                int unavailable = TableHeader.firstUnavailable(row, textColumns);
                if (unavailable >= 0) {
                    CellValue cell = row.cell(unavailable);
                    boolean accountColumn = unavailable == header.index(Column.CUSTOMER_ACCOUNT).orElse(-1);
                    problems.add(RowProblem.at(where, header.writtenName(unavailable), cell.display(),
                            ((CellValue.Unavailable) cell).reason() + ": the value is unknown", legalEntity,
                            accountColumn ? null : account));
                    continue;
                }
                if (account.isEmpty()) {
                    problems.add(RowProblem.at(where, Column.CUSTOMER_ACCOUNT.displayName(), "",
                            "the customer account is empty", legalEntity, null));
                    continue;
                }
                if (vendor.isEmpty()) {
                    problems.add(RowProblem.at(where, Column.VENDOR_ACCOUNT.displayName(), "",
                            "the vendor account is empty", legalEntity, account));
                    continue;
                }
                // identifiers the ERP files carry: one beginning like a formula is refused, never altered
                Optional<Column> formula = Stream.of(Column.CUSTOMER_ACCOUNT, Column.VENDOR_ACCOUNT, Column.LEGAL_ENTITY)
                        .filter(column -> FormulaGuard.startsLikeAFormula(header.text(row, column))).findFirst();
                if (formula.isPresent()) {
                    problems.add(RowProblem.at(where, formula.get().displayName(), header.text(row, formula.get()),
                            FormulaGuard.IDENTIFIER_REFUSED, legalEntity, account));
                    continue;
                }
                String blockedText = header.text(row, Column.VENDOR_BLOCKED);
                Optional<Blocked> blocked = Blocked.parse(blockedText);
                if (blocked.isEmpty()) {
                    problems.add(RowProblem.at(where, Column.VENDOR_BLOCKED.displayName(), blockedText,
                            "not a blocking status (No, Invoice, Payment, All, Never, Yes)", legalEntity, account));
                    continue;
                }
                sink.accept(new VendorLink(new CustomerRef(legalEntity, account), vendor,
                        header.text(row, Column.VENDOR_NAME),
                        BankDetails.of(header.text(row, Column.IBAN), header.text(row, Column.BIC)), blocked.get(),
                        where));
            }
        }
        return problems;
    }
}
