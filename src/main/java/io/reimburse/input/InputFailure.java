package io.reimburse.input;

import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;

/** Helpers to turn a file that cannot be read into a run problem naming it. */
public final class InputFailure {

    private InputFailure() {
    }

    public static RunRefused of(String file, String sheet, String message) {
        return new RunRefused(new RunProblem(file, sheet, 0, null, message));
    }

    public static RunRefused of(String file, String message) {
        return of(file, null, message);
    }
}
