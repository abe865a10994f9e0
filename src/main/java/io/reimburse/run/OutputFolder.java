package io.reimburse.run;

import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;
import org.apache.commons.io.file.PathUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The run's output folder, written completely in a temporary folder beside it and moved into
 * place by one rename: a reader never sees half a run, and a failed run leaves nothing. An
 * existing output is replaced only with --force.
 */
final class OutputFolder {

    private final Path target;
    private final Path temporary;
    private final Path createdParent;

    private OutputFolder(Path target, Path temporary, Path createdParent) {
        this.target = target;
        this.temporary = temporary;
        this.createdParent = createdParent;
    }

    /** Checks that the output may be written and creates the temporary folder. */
    static OutputFolder prepare(Path out, boolean force) {
        Path target = out.toAbsolutePath().normalize();
        if (hasContent(target) && !force) {
            throw new RunRefused(RunProblem.inFile(out.toString(), "already holds an output; choose another --out "
                    + "folder or add --force to replace it"));
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new RunRefused(RunProblem.inFile(out.toString(), "exists and is not a folder"));
        }
        try {
            Path parent = target.getParent();
            Path createdParent = null;
            if (!Files.isDirectory(parent)) {
                createdParent = topMissing(parent);
                Files.createDirectories(parent);
            }
            Path temporary = parent.resolve("." + target.getFileName() + ".tmp-" + UUID.randomUUID());
            Files.createDirectory(temporary);
            return new OutputFolder(target, temporary, createdParent);
        } catch (IOException e) {
            throw new RunRefused(RunProblem.inFile(out.toString(), "cannot be created: " + e.getMessage()));
        }
    }

    private static Path topMissing(Path folder) {
        Path top = folder;
        while (top.getParent() != null && !Files.exists(top.getParent())) {
            top = top.getParent();
        }
        return top;
    }

    private static boolean hasContent(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Files.exists(folder);
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path temporary() {
        return temporary;
    }

    Path target() {
        return target;
    }

    /** Moves the complete output into place, replacing (with --force) what was there. */
    void commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID());
            move(target, old);
        }
        move(temporary, target);
        if (old != null) {
            PathUtils.deleteDirectory(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Removes everything this run created. */
    void abandon() {
        try {
            if (Files.exists(temporary)) {
                PathUtils.deleteDirectory(temporary);
            }
            if (createdParent != null && Files.exists(createdParent)) {
                PathUtils.deleteDirectory(createdParent);
            }
        } catch (IOException e) {
            // best effort: the folder is hidden and marked .tmp
        }
    }
}
