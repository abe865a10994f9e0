package io.reimburse.output;

import io.reimburse.model.OutputStyle;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where a writer's CSV files go: files of the output folder in the run's CSV style, or the entries of
 * a Dynamics 365 data package in the package's format.
 */
@FunctionalInterface
public interface CsvFiles {

    /** A new CSV file of that name; closing it finishes the file. */
    CsvOutput create(String name) throws IOException;

    /** Files in {@code folder}, in the style the parameters CsvDelimiter, CsvBom and CsvFormulaGuard give. */
    static CsvFiles in(Path folder, OutputStyle style) {
        return name -> CsvOutput.create(folder.resolve(name), style);
    }
}
