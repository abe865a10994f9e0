package io.reimburse.run;

import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;
import io.reimburse.model.RunResult;
import io.reimburse.register.Register;
import io.reimburse.register.RegisterSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * How every command that writes an output folder and records it in the register goes (reimburse
 * run, reimburse pay, register void, reimburse propose and approve): its inputs are read without holding the register; its
 * decision, its outputs and the register commit happen under the register's write lock; the outputs
 * are written to a temporary folder, the run is committed, then the folder is renamed into place
 * (a crash in between is finished when the register is next opened). A failure before the commit
 * leaves nothing behind.
 */
final class RecordedOutput {

    private RecordedOutput() {
    }

    /** What a command does in that frame. */
    interface Stages<I, R> {
        /** Reads the inputs; the register is not held yet. */
        I read();

        /** Decides, under the register's lock; {@code session} is null for a stateless run. */
        R decide(I inputs, RegisterSession session);

        void write(R result, Path folder) throws IOException;

        /**
         * Puts what the result records in the session's transaction, uncommitted, while the outputs are
         * written (on a thread of its own): the commit that follows them has less to do.
         */
        default void stage(RegisterSession session, R result) {
        }

        /** Records the result in the session's transaction and commits it, naming where its outputs go. */
        void record(RegisterSession session, R result, Path target, Path temporary);

        String runId(R result);
    }

    /** The stages of a command whose result is a run (reimburse run, pay): written by {@link Outputs}, committed. */
    abstract static class RunStages<I> implements Stages<I, RunResult> {
        private final Clock clock;

        RunStages(Clock clock) {
            this.clock = clock;
        }

        @Override
        public void write(RunResult result, Path folder) throws IOException {
            Outputs.write(result, folder, clock);
        }

        @Override
        public void stage(RegisterSession session, RunResult result) {
            session.stage(result);
        }

        @Override
        public void record(RegisterSession session, RunResult result, Path target, Path temporary) {
            session.commit(result, target, temporary, clock.instant());
        }

        @Override
        public String runId(RunResult result) {
            return result.runId();
        }
    }

    /**
     * @param register the register file, null for a stateless run
     * @param record   false for a dry run: the register is read, never written (nor made: a dry run
     *                 without one is a stateless run, which is what an empty register would give)
     */
    static <I, R> R execute(OutputFolder out, Path register, Duration busyTimeout, boolean record, Stages<I, R> stages) {
        boolean committed = false;
        try {
            I inputs = stages.read();
            if (register == null || (!record && Files.notExists(register))) {
                R result = stages.decide(inputs, null);
                inputs = null; // the balances are not needed any more: see the same line below
                stages.write(result, out.temporary());
                out.commit();
                return result;
            }
            try (Register opened = record ? Registers.open(register, busyTimeout)
                    : Register.openForReading(register, busyTimeout)) {
                R result;
                try (RegisterSession session = record ? opened.beginRun() : opened.beginReadOnly()) {
                    if (out.force()) {
                        Replacement.refuseCommittedOutput(out.name(), out.target(), session);
                    }
                    result = stages.decide(inputs, session);
                    // This frame runs once, interpreted, so its locals stay reachable until cleared: without
                    // this, a million balances would be kept while the outputs are written (bounded heap).
                    inputs = null;
                    if (record) {
                        writeWhileStaging(stages, session, result, out.temporary());
                    } else {
                        stages.write(result, out.temporary());
                    }
                    if (record) {
                        R decided = result;
                        out.keep(() -> stages.record(session, decided, out.target(), out.temporary()));
                        committed = true;
                    }
                }
                out.commit();
                if (committed) {
                    opened.markOutputsInPlace(stages.runId(result));
                }
                return result;
            }
        } catch (IOException e) {
            if (!committed) {
                out.abandon();
            }
            throw new RunRefused(RunProblem.inFile(out.name(), out.stopped()
                    ? "the run was stopped before it was written" : "cannot be written: " + e.getMessage()));
        } catch (RuntimeException | Error e) {
            if (!committed) { // a committed run's outputs are moved into place when the register is next opened
                out.abandon();
            }
            throw e;
        } finally {
            out.close();
        }
    }

    /**
     * Writes the outputs while the register's rows are put in its transaction on another thread: the
     * register's inserts took a sixth of a million-customer run after the outputs, and they need
     * nothing of them. The transaction commits after, as before; a failure of either stops both.
     */
    private static <I, R> void writeWhileStaging(Stages<I, R> stages, RegisterSession session, R result, Path folder)
            throws IOException {
        FutureTask<Void> staging = new FutureTask<>(() -> stages.stage(session, result), null);
        Thread thread = new Thread(staging, "reimburse-register");
        thread.setDaemon(true);
        thread.start();
        try {
            stages.write(result, folder);
        } catch (IOException | RuntimeException | Error e) {
            awaitQuietly(thread); // the session is rolled back next: nothing may use it meanwhile
            throw e;
        }
        try {
            staging.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            awaitQuietly(thread);
            throw new IllegalStateException("interrupted while the register was written", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void awaitQuietly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
