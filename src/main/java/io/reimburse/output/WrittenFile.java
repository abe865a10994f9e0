package io.reimburse.output;

/** A produced file and its number of data rows (for the manifest). */
public record WrittenFile(String name, long rows) {
}
