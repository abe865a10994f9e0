package io.reimburse.model;

import java.time.Instant;
import java.util.List;

/**
 * What the report of an approved proposal shows (issue 13): the proposal, who proposed and who
 * approved it, when, whether the parameters let the proposer approve, and the lines rejected with
 * their comments. {@link #NONE} for a run that was not a proposal's approval.
 */
public record ApprovalNote(String proposalId, String proposer, String approver, Instant approvedAt,
                           boolean sameUserAllowed, List<RejectedLine> rejected) {

    public static final ApprovalNote NONE = new ApprovalNote("", "", "", Instant.EPOCH, false, List.of());

    public ApprovalNote {
        rejected = List.copyOf(rejected);
    }

    public boolean isNone() {
        return proposalId.isEmpty();
    }
}
