package io.reimburse.watch;

import io.reimburse.input.InputTables;
import io.reimburse.input.SpreadsheetFiles;
import io.reimburse.model.ApprovalRequired;
import io.reimburse.model.Language;
import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;
import io.reimburse.model.RunResult;
import io.reimburse.output.ProposalWorkbook;
import io.reimburse.register.Register;
import io.reimburse.register.RegisterRun;
import io.reimburse.register.RegisterUnavailable;
import io.reimburse.run.Approve;
import io.reimburse.run.OutputFolder;
import io.reimburse.run.Propose;
import io.reimburse.run.Registers;
import io.reimburse.run.Run;
import io.reimburse.run.RunOptions;
import io.reimburse.run.RunSummary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Carries a claimed batch to its end, from whatever state it is in — just taken, or left by a
 * process that was killed. The register decides: the batch's run id is its id, so a run of that
 * id in the register means the batch was reimbursed and only its files remain to be archived; no
 * such run means nothing was reimbursed, and the batch is run (again) exactly like
 * {@code reimburse run}. A batch whose run was refused, or failed unexpectedly, goes to
 * {@code failed/} with an {@code error.txt}.
 */
final class BatchRun {

    private final DropFolder drop;
    private final Path register;
    private final WatchLog log;
    private final Clock clock;

    BatchRun(DropFolder drop, Path register, WatchLog log, Clock clock) {
        this.drop = drop;
        this.register = register;
        this.log = log;
        this.clock = clock;
    }

    void complete(ClaimedBatch claimed) throws IOException {
        String id = claimed.id();
        if (!claimed.hasInputs()) {
            claimed.finishWithoutInputs();
            return;
        }
        claimed.completeClaim();
        Batch batch = claimed.batch();
        Optional<RegisterRun> earlier = committedRun(id);
        if (earlier.isPresent()) {
            claimed.archive();
            log.info("batch " + id + " (" + batch.describe() + "): done; its run was recorded before the watcher "
                    + "stopped (totals " + earlier.get().totals() + ", see 'reimburse register show " + id + "'); "
                    + "results in outbox/" + id + ", inputs in archive/" + id);
            return;
        }
        if (proposed(id)) {
            claimed.archive();
            log.info("batch " + id + " (" + batch.describe() + "): done; its proposal was recorded before the "
                    + "watcher stopped; the proposal in outbox/" + id + ", inputs in archive/" + id);
            return;
        }
        if (claimed.hasExplanation()) {
            claimed.moveToFailed();
            log.info("batch " + id + " (" + batch.describe() + "): refused before the watcher stopped; inputs and "
                    + "error.txt in failed/" + id);
            return;
        }
        OutputFolder.removeAbandoned(drop.outbox().resolve(id)); // a run killed before its commit: nobody's
        List<Path> inputs = inputFiles(claimed);
        RunResult result = null;
        RunRefused refused = null;
        Throwable unexpected = null;
        try {
            result = claimed.forApproval() ? approve(inputs, id) : runOrPropose(inputs, id);
        } catch (RegisterUnavailable e) {
            throw e; // not the batch's fault: it stays in .processing and is tried again
        } catch (RunRefused e) {
            refused = e;
        } catch (RuntimeException | Error e) {
            unexpected = e;
        }
        // The register, not the outcome seen here, says whether the run happened: a failure after the
        // commit (renaming the outputs) still reimbursed, and the outputs are put in place on opening.
        Optional<RegisterRun> run = committedRun(id);
        if (run.isPresent()) {
            claimed.archive();
            log.info("batch " + id + " (" + batch.describe() + "): done, " + (result != null
                    ? RunSummary.decisions(result.decisions()) + totals(result) + problems(result)
                    : "totals " + run.get().totals() + " (see 'reimburse register show " + id + "')")
                    + "; results in outbox/" + id + ", inputs in archive/" + id);
            return;
        }
        if (proposed(id)) {
            claimed.archive();
            log.info("batch " + id + " (" + batch.describe() + "): proposed (RequireApproval), to be approved by "
                    + "another person: outbox/" + id + "/" + ProposalWorkbook.FILE + ", reviewed, saved and dropped "
                    + "into approve/; inputs in archive/" + id);
            return;
        }
        Language language = language(inputs);
        Instant now = clock.instant();
        if (refused != null) {
            claimed.writeExplanation(Explanation.refused(language, id, batch, now, refused.problems()));
            claimed.moveToFailed();
            log.info("batch " + id + " (" + batch.describe() + "): refused, " + refused.problems().size()
                    + " problem(s): " + refused.problems().stream().map(RunProblem::describe).toList()
                    + "; inputs and error.txt in failed/" + id);
        } else {
            Throwable failure = unexpected != null ? unexpected : new IllegalStateException("the run ended "
                    + "without being recorded in the register");
            log.error("batch " + id + " (" + batch.describe() + "): unexpected failure, " + failure, failure);
            claimed.writeExplanation(Explanation.unexpected(language, id, batch, now, failure));
            claimed.moveToFailed();
            log.info("batch " + id + ": inputs and error.txt in failed/" + id);
        }
    }

    /**
     * The batch's run, or, when the parameters require approval, its proposal (no result: the register
     * says what was recorded). The proposer is the owner of the batch's files.
     */
    private RunResult runOrPropose(List<Path> inputs, String id) {
        RunOptions options = RunOptions.forBatch(inputs, drop.outbox().resolve(id), register, clock, id);
        try {
            return Run.execute(options);
        } catch (ApprovalRequired required) {
            Propose.execute(options, inputs.isEmpty() ? "" : owner(inputs.get(0)));
            return null;
        }
    }

    /**
     * Approves the one proposal workbook of a batch dropped into approve/: the approver is the name in
     * its Approved by cell, the file's owner recorded beside it.
     */
    private RunResult approve(List<Path> inputs, String id) {
        List<Path> workbooks = inputs.stream().filter(file -> file.getFileName().toString().toLowerCase(
                java.util.Locale.ROOT).endsWith(".xlsx")).toList();
        if (workbooks.size() != 1 || inputs.size() != 1) {
            throw new RunRefused(RunProblem.of("approve/ takes one proposal workbook (.xlsx) at a time; this batch "
                    + "has " + inputs.size() + " file(s): drop each proposal on its own"));
        }
        Path workbook = workbooks.get(0);
        return Approve.execute(new Approve.Options(workbook, null, drop.outbox().resolve(id), register,
                Register.DEFAULT_BUSY_TIMEOUT, clock, owner(workbook), id, false)).result();
    }

    /** The OS owner of a file, as the file system names it; empty when it does not say. */
    private static String owner(Path file) {
        try {
            return Files.getOwner(file).getName();
        } catch (IOException | UnsupportedOperationException e) {
            return "";
        }
    }

    /** Whether this batch recorded a proposal (its id is the batch's, prefixed P). */
    private boolean proposed(String id) {
        try (Register opened = Registers.open(register, Register.DEFAULT_BUSY_TIMEOUT)) {
            return opened.proposals().find("P" + id).isPresent();
        }
    }

    /**
     * The run this batch recorded, if any. Opening the register also moves into place the outputs
     * of a run committed just before a crash. A run of the same id written elsewhere (another
     * process's {@code reimburse run}) is not this batch's.
     */
    Optional<RegisterRun> committedRun(String id) {
        try (Register opened = Registers.open(register, Register.DEFAULT_BUSY_TIMEOUT)) {
            return opened.run(id).filter(run -> Path.of(run.outputFolder()).getFileName().toString().equals(id));
        }
    }

    /** The table files of the batch; an error.txt of an earlier refusal, put back with the files, is not one. */
    private static List<Path> inputFiles(ClaimedBatch claimed) {
        return SpreadsheetFiles.inFolder(claimed.inputs()).stream()
                .filter(file -> !file.getFileName().toString().equalsIgnoreCase(ClaimedBatch.EXPLANATION)).toList();
    }

    /** The language the batch's parameters ask for, as far as they can be read; English otherwise. */
    private static Language language(List<Path> inputs) {
        try {
            return InputTables.language(inputs).orElse(Language.EN);
        } catch (RuntimeException unreadable) {
            return Language.EN;
        }
    }

    private static String totals(RunResult result) {
        List<String> totals = RunSummary.totals(result.decisions());
        return totals.isEmpty() ? "" : "; " + String.join(", ", totals);
    }

    private static String problems(RunResult result) {
        return result.rowProblems().isEmpty() ? "" : "; " + result.rowProblems().size() + " input problem(s), see "
                + "input-errors.csv";
    }
}
