package io.reimburse.model;

/**
 * One column of an output template: its header, the reimbursement field it shows (or its constant
 * text) and how the value is written. {@code width} 0 means as long as the value; a value is padded
 * with {@code padding} on the left when {@code alignRight}, else on the right.
 *
 * @param dateFormat       a java.time pattern for a date field ("" for ISO)
 * @param decimalSeparator for an amount: '.' or ',', or 0 for none (the minor units as a whole number)
 * @param where            the template row that describes the column, for messages
 */
public record TemplateColumn(String header, TemplateField field, String text, String dateFormat,
                             char decimalSeparator, int width, char padding, boolean alignRight, boolean upperCase,
                             SourceRef where) {
}
