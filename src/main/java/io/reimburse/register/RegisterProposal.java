package io.reimburse.register;

/**
 * A proposal as the register lists and exports it: its state at the time asked (proposed, approved,
 * rejected, expired), its lines and totals (a flat JSON object per currency, as a run's), and, once
 * approved, who approved it, when, the run it became and how many of its lines were rejected.
 */
public record RegisterProposal(String proposalId, String proposedAt, String proposer, String validUntil, String state,
                               int lines, String totals, String approver, String approvedAt, String runId,
                               int rejected, boolean sameUserAllowed, String fileOwner) {

    /** The totals per currency as text: "25444.18 EUR". */
    public String totalsText() {
        StringBuilder text = new StringBuilder();
        RegisterSession.jsonObject(totals).forEach((currency, total) ->
                text.append(text.length() == 0 ? "" : ", ").append(total).append(' ').append(currency));
        return text.toString();
    }
}
