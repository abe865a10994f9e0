package io.reimburse.model;

/**
 * A run refused because the parameters require approval (RequireApproval = Yes): the drop folder
 * makes a proposal instead; the command line says to.
 */
public final class ApprovalRequired extends RunRefused {

    public ApprovalRequired(RunProblem problem) {
        super(problem);
    }
}
