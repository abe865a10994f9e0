package io.reimburse.model;

/** How the outputs are written: the language of the report and descriptions, and the CSV style. */
public record OutputStyle(Language language, char csvDelimiter, boolean csvBom, boolean csvFormulaGuard) {
}
