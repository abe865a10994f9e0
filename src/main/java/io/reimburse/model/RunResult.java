package io.reimburse.model;

import java.time.Instant;
import java.util.List;

/**
 * Everything a run read and decided, which every output is written from.
 *
 * @param payments       how each reimbursement is paid; {@link Payments#NONE} when Payments is No
 * @param totalLines     total and sub-total lines ignored in the balances
 * @param duplicateRows  identical duplicate balance rows ignored
 * @param dryRun         a draft: only the report and the manifest are written
 * @param kind           a reimbursement run, or a payment run ({@code decisions} empty, {@code payments} of
 *                       invoices of earlier runs)
 * @param approval       the approval this run commits (issue 13); {@link ApprovalNote#NONE} for a plain run
 */
public record RunResult(String runId, Instant startedAt, String toolVersion, Parameters parameters,
                        List<InputFile> inputs, Decisions decisions, Payments payments, List<RowProblem> rowProblems,
                        int totalLines, int duplicateRows, boolean dryRun, RunKind kind,
                        ApprovalNote approval) {

    /** A run that commits no proposal's approval. */
    public RunResult(String runId, Instant startedAt, String toolVersion, Parameters parameters,
                     List<InputFile> inputs, Decisions decisions, Payments payments, List<RowProblem> rowProblems,
                     int totalLines, int duplicateRows, boolean dryRun, RunKind kind) {
        this(runId, startedAt, toolVersion, parameters, inputs, decisions, payments, rowProblems, totalLines,
                duplicateRows, dryRun, kind, ApprovalNote.NONE);
    }

    /** The same run, committing an approval. */
    public RunResult approved(ApprovalNote note) {
        return new RunResult(runId, startedAt, toolVersion, parameters, inputs, decisions, payments, rowProblems,
                totalLines, duplicateRows, dryRun, kind, note);
    }

    /** A reimbursement run. */
    public RunResult(String runId, Instant startedAt, String toolVersion, Parameters parameters,
                     List<InputFile> inputs, Decisions decisions, Payments payments, List<RowProblem> rowProblems,
                     int totalLines, int duplicateRows, boolean dryRun) {
        this(runId, startedAt, toolVersion, parameters, inputs, decisions, payments, rowProblems, totalLines,
                duplicateRows, dryRun, RunKind.REIMBURSEMENT);
    }
}
