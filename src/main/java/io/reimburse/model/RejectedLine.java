package io.reimburse.model;

/** A proposed line its approver set to No, with the approver's comment (empty when none was written). */
public record RejectedLine(ProposedLine line, String comment) {
}
