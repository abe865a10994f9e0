package io.reimburse.model;

import java.util.List;

/** An input file of the run: its name, SHA-256, size and the tables taken from it with their row counts. */
public record InputFile(String name, String sha256, long bytes, List<TableUse> tables) {

    /** One table of the file: its role (balances, parameters, vendor-links), sheet (null for CSV) and data rows. */
    public record TableUse(String role, String sheet, long rows) {
    }
}
