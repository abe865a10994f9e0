package io.reimburse.input;

import io.reimburse.model.PostedMark;
import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;
import io.reimburse.model.SourceRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an ERP export of posted invoices (a posted journal, vendor transactions): each invoice it
 * lists was posted on or before the date of its posted-on column, else on or before the run's date
 * (the export cannot list a posting that had not happened). An accounting date ("Date") is never
 * taken for the posting date: a journal dated in October may be posted in December, and the
 * November balances would not show it. Invoices of other vendors are read too; only the register's
 * own are marked. A date that cannot be read stops the run: a posting must not be guessed.
 */
public final class PostedReader {

    private PostedReader() {
    }

    /** The posting marks by invoice; an invoice listed twice keeps its latest date (the safer one). */
    public static Map<String, PostedMark> read(TableSource source, TableHeader header, String dateFormat,
                                               LocalDate runDate) {
        Map<String, PostedMark> marks = new LinkedHashMap<>();
        List<RunProblem> problems = new ArrayList<>();
        String file = source.fileName();
        try (RowStream rows = source.open()) {
            while (rows.hasNext()) {
                RawRow row = rows.next();
                if (row.row() <= header.row() || row.isEmpty()) {
                    continue;
                }
                String invoice = header.text(row, Column.INVOICE);
                if (invoice.isEmpty() || header.isRepeatedBy(invoice)) {
                    continue; // a payment or another line without invoice
                }
                SourceRef where = new SourceRef(file, source.sheet(), row.row());
                LocalDate postedOn = runDate;
                if (header.has(Column.POSTED_ON)) {
                    CellValue cell = row.cell(header.index(Column.POSTED_ON).orElseThrow());
                    Optional<LocalDate> date = postingDate(cell, dateFormat);
                    if (date.isEmpty()) {
                        problems.add(RunProblem.at(where, header.writtenName(header.index(Column.POSTED_ON)
                                .orElseThrow()), "'" + cell.display() + "' is not a date (ISO 2026-11-06, or "
                                + "as DateFormat says): the posting date of invoice " + invoice + " cannot be read"));
                        continue;
                    }
                    postedOn = date.get();
                }
                PostedMark mark = new PostedMark(invoice, postedOn, "posted in the ERP per " + where);
                marks.merge(invoice, mark, (earlier, later) -> later.postedOn().isAfter(earlier.postedOn())
                        ? later : earlier);
            }
        }
        if (!problems.isEmpty()) {
            throw new RunRefused(problems);
        }
        return marks;
    }

    /** A date, also when written with its time ("2026-11-06 14:32", "06/11/2026 14:32:10"). */
    private static Optional<LocalDate> postingDate(CellValue cell, String dateFormat) {
        Optional<LocalDate> date = ValueParser.date(cell, dateFormat);
        if (date.isPresent() || !(cell instanceof CellValue.Text text)) {
            return date;
        }
        String value = text.value().strip();
        int time = Math.max(value.indexOf(' '), value.indexOf('T'));
        return time > 0 ? ValueParser.date(CellValue.ofText(value.substring(0, time)), dateFormat) : Optional.empty();
    }
}
