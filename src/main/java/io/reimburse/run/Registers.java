package io.reimburse.run;

import io.reimburse.model.RunProblem;
import io.reimburse.register.Register;
import io.reimburse.register.RegisterUnavailable;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Opens the register for any command, and first finishes what a crash left between a run's
 * commit and the rename of its output folder: the outputs are complete in their temporary folder,
 * so they are moved into place ({@link OutputFolder}) and the register told so.
 */
public final class Registers {

    private Registers() {
    }

    public static Register open(Path file, Duration busyTimeout) {
        Register register = Register.open(file, busyTimeout);
        for (Register.OutputsNotInPlace run : register.outputsNotInPlace()) {
            try {
                if (OutputFolder.finishInterrupted(run.folder(), run.temporary())) {
                    register.markOutputsInPlace(run.runId());
                }
            } catch (IOException e) {
                register.close();
                // not the caller's fault: the drop folder tries again later, the command line says why
                throw new RegisterUnavailable(RunProblem.inFile(run.folder().toString(), "the outputs of run "
                        + run.runId() + ", recorded in the register, cannot be moved into place from "
                        + run.temporary() + ": " + e.getMessage()));
            }
        }
        return register;
    }
}
