package io.reimburse.register;

import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;

/**
 * The register cannot be used right now — busy with another run beyond the wait, damaged, or
 * written by a newer tool. A run problem like any other for {@code reimburse run} (exit status 2);
 * the drop folder keeps the batch and tries again later, since the batch itself is not at fault.
 */
public final class RegisterUnavailable extends RunRefused {

    public RegisterUnavailable(RunProblem problem) {
        super(problem);
    }
}
