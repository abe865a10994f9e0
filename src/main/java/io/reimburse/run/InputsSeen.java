package io.reimburse.run;

import io.reimburse.input.FileStamp;
import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The stamp (size and last change) of each input file when the run began reading it. The SHA-256
 * of an input (in the manifest, and in the register, which refuses the same balances twice) is
 * taken after the rows are read: a file saved again meanwhile would have its new bytes hashed, not
 * the ones the run decided on. Such a run is refused instead.
 */
final class InputsSeen {

    private final Map<Path, FileStamp> seen = new HashMap<>();

    /** Notes the files as they are now; a file that cannot be read is left to the readers to report. */
    static InputsSeen now(Collection<Path> files) {
        InputsSeen inputs = new InputsSeen();
        for (Path file : files) {
            Path path = file.toAbsolutePath().normalize();
            stamp(path).ifPresent(stamp -> inputs.seen.put(path, stamp));
        }
        return inputs;
    }

    /** Refuses the run if {@code file} changed since it was noted (call it after hashing the file). */
    void requireUnchanged(Path file) {
        Path path = file.toAbsolutePath().normalize();
        FileStamp before = seen.get(path);
        if (before != null && !stamp(path).equals(Optional.of(before))) {
            throw new RunRefused(RunProblem.inFile(file.getFileName().toString(), "changed while the run was "
                    + "reading it (saved again?); run again once it is saved and closed"));
        }
    }

    private static Optional<FileStamp> stamp(Path file) {
        try {
            return FileStamp.of(file);
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }
}
