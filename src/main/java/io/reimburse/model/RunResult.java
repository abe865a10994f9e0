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
 */
public record RunResult(String runId, Instant startedAt, String toolVersion, Parameters parameters,
                        List<InputFile> inputs, Decisions decisions, Payments payments, List<RowProblem> rowProblems,
                        int totalLines, int duplicateRows, boolean dryRun, RunKind kind) {

    /** A reimbursement run. */
    public RunResult(String runId, Instant startedAt, String toolVersion, Parameters parameters,
                     List<InputFile> inputs, Decisions decisions, Payments payments, List<RowProblem> rowProblems,
                     int totalLines, int duplicateRows, boolean dryRun) {
        this(runId, startedAt, toolVersion, parameters, inputs, decisions, payments, rowProblems, totalLines,
                duplicateRows, dryRun, RunKind.REIMBURSEMENT);
    }
}
