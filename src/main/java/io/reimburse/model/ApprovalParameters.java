package io.reimburse.model;

/**
 * The four-eyes policy (issue 13): whether a run must go through a proposal that a second person
 * approves, whether the proposer may approve it too, and how many days a proposal may wait.
 */
public record ApprovalParameters(boolean required, boolean bySameUser, int validDays) {

    /** The defaults: no approval required, another person approves, a week to do it. */
    public static final ApprovalParameters NONE = new ApprovalParameters(false, false, 7);
}
