package io.reimburse.output;

import io.reimburse.model.RowProblem;
import io.reimburse.model.RunResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** {@code input-errors.csv}: every row problem with its location; written only when there are some. */
public final class InputErrorsCsv {

    public static final String FILE = "input-errors.csv";

    private InputErrorsCsv() {
    }

    public static Optional<WrittenFile> write(RunResult result, Path folder) throws IOException {
        if (result.rowProblems().isEmpty()) {
            return Optional.empty();
        }
        try (CsvOutput csv = CsvOutput.create(folder.resolve(FILE), result.parameters())) {
            csv.header("File", "Sheet", "Row", "Column", "Value", "Problem", "LegalEntity", "CustomerAccount");
            for (RowProblem p : result.rowProblems()) {
                csv.row(csv.text(p.file()), csv.text(p.sheet() == null ? "" : p.sheet()), Long.toString(p.row()),
                        csv.text(p.column() == null ? "" : p.column()), csv.text(p.value() == null ? "" : p.value()),
                        csv.text(p.message()), csv.text(p.legalEntity() == null ? "" : p.legalEntity()),
                        csv.text(p.customerAccount() == null ? "" : p.customerAccount()));
            }
            return Optional.of(new WrittenFile(FILE, csv.rows()));
        }
    }
}
