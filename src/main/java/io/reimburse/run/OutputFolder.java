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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The run's output folder, written completely in a temporary folder beside it and moved into
 * place by one rename: a reader never sees half a run, and a failed run leaves nothing. An
 * existing output is replaced only with --force. Asked to, it also removes what the run created
 * when the JVM is stopped (Ctrl-C, SIGTERM; SIGKILL leaves the hidden temporary folder) before the
 * run is kept: recorded in the register, or in place.
 */
public final class OutputFolder implements AutoCloseable {

    /** The hidden temporary folder beside an output folder: its name, then a random suffix. */
    private static final String TEMPORARY = ".%s.tmp-";

    private final Path given;
    private final Path target;
    private final Path temporary;
    private final Path createdParent;
    private final boolean force;
    private final Thread onStop = new Thread(this::stop, "reimburse: run stopped");
    /** The register has recorded the run, or the folder is in place: a stop leaves it. Guarded by this. */
    private boolean kept;
    /** The JVM is stopping and this run's folder was removed. Guarded by this. */
    private boolean stopped;
    /** Held from just before the register records the run until its folder is in place. Guarded by this. */
    private MoveLock moving;

    private OutputFolder(Path given, Path target, Path temporary, Path createdParent, boolean force) {
        this.given = given;
        this.target = target;
        this.temporary = temporary;
        this.createdParent = createdParent;
        this.force = force;
    }

    /**
     * Checks that the output may be written and creates the temporary folder; with {@code
     * removeOnStop}, a stop of the JVM before the run is kept removes it. The register (null
     * without one) must not be inside the output folder, which the run replaces as a whole.
     */
    static OutputFolder prepare(Path out, boolean force, boolean removeOnStop, Path register) {
        Replacement.refuseRegisterInside(register, out);
        OutputFolder folder = prepare(out, force);
        if (removeOnStop) {
            // before the folder exists: a stop between its creation and the hook would have left it behind
            Runtime.getRuntime().addShutdownHook(folder.onStop);
        }
        try {
            folder.create();
        } catch (RuntimeException e) {
            folder.close();
            throw e;
        }
        return folder;
    }

    /** Creates the temporary folder (and the missing parents), unless the JVM's stop came first. */
    private synchronized void create() {
        refuseIfStopped();
        try {
            if (createdParent != null) {
                Files.createDirectories(temporary.getParent());
            }
            Files.createDirectory(temporary);
        } catch (IOException e) {
            throw new RunRefused(RunProblem.inFile(given.toString(), "cannot be created: " + e.getMessage()));
        }
    }

    private static OutputFolder prepare(Path out, boolean force) {
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new RunRefused(RunProblem.inFile(out.toString(), "exists and is not a folder"));
        }
        if (hasContent(target)) {
            Replacement.refuseUnlessEarlierOutput(out.toString(), target);
            if (!force) {
                throw new RunRefused(RunProblem.inFile(out.toString(), "already holds an output; choose another "
                        + "--out folder or add --force to replace it"));
            }
        }
        Path parent = target.getParent();
        Path createdParent = Files.isDirectory(parent) ? null : topMissing(parent);
        Path temporary = parent.resolve(TEMPORARY.formatted(target.getFileName()) + UUID.randomUUID());
        return new OutputFolder(out, target, temporary, createdParent, force);
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

    /** Whether an earlier output there may be replaced (--force). */
    boolean force() {
        return force;
    }

    /** The folder as the user named it, for messages. */
    String name() {
        return given.toString();
    }

    /**
     * Records the run in the register (whose record names this folder) unless the JVM is stopping;
     * from then on the folder is the register's to finish, and a stop leaves it.
     */
    synchronized void keep(Runnable recordInRegister) {
        refuseIfStopped();
        refuseIfTaken(); // under the register's write lock: a run on the same register cannot fill it meanwhile
        try {
            moving = MoveLock.take(temporary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        recordInRegister.run();
        kept = true;
    }

    /** Moves the complete output into place, replacing (with --force) what was there. */
    synchronized void commit() throws IOException {
        try (MoveLock held = moving) {
            moving = null;
            moveIntoPlace();
        }
    }

    private void moveIntoPlace() throws IOException {
        refuseIfStopped();
        refuseIfTaken();
        kept = true; // a stop during the renames below must not remove the output on its way into place
        if (!force) {
            // an empty folder only: one that another run has filled since is not deleted (not empty)
            Files.deleteIfExists(target);
            move(temporary, target);
            return;
        }
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

    /**
     * Finishes a run a crash interrupted after its commit: its complete outputs, still in their
     * temporary folder, are moved into place. True when the folder is in place.
     */
    static boolean finishInterrupted(Path target, Path temporary) throws IOException {
        Optional<MoveLock> lock = MoveLock.tryTake(temporary);
        if (lock.isEmpty()) {
            return false; // its run is alive and moving them itself
        }
        try (MoveLock held = lock.get()) {
            if (Files.isDirectory(temporary) && !Files.exists(target)) {
                move(temporary, target);
            }
            return Files.exists(target);
        }
    }

    /** The hidden temporary folders of runs into {@code target} killed before their commit: nobody's. */
    public static void removeAbandoned(Path target) throws IOException {
        String prefix = TEMPORARY.formatted(target.getFileName());
        List<Path> abandoned;
        try (Stream<Path> entries = Files.list(target.getParent())) {
            abandoned = entries.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        }
        for (Path leftover : abandoned) {
            PathUtils.delete(leftover); // a temporary folder, or the lock file of its move (MoveLock)
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * Checked again just before the run is recorded and moved into place: without --force, an
     * output another run has put there since this run began is never replaced; with it, only an
     * earlier output is (a file added to the folder meanwhile is not deleted).
     */
    private void refuseIfTaken() {
        if (!hasContent(target)) {
            return;
        }
        if (!force) {
            throw new RunRefused(RunProblem.inFile(target.toString(), "another run has written its output there "
                    + "since this run began; choose another --out folder"));
        }
        Replacement.refuseUnlessEarlierOutput(target.toString(), target);
    }

    private void refuseIfStopped() {
        if (stopped) {
            throw new RunRefused(RunProblem.inFile(target.toString(), "the run was stopped before it was written"));
        }
    }

    /** Whether the JVM's stop removed this run's folder (the run's later failures come from that). */
    synchronized boolean stopped() {
        return stopped;
    }

    private synchronized void stop() {
        if (!kept) {
            stopped = true;
            abandon();
        }
    }

    /** The run is over: a later stop of the JVM has nothing of it to remove. */
    @Override
    public void close() {
        releaseMoveLock();
        try {
            Runtime.getRuntime().removeShutdownHook(onStop);
        } catch (IllegalStateException stopping) {
            // the JVM is stopping: the hook runs, and finds the run kept or already abandoned
        }
    }

    /** A run that failed after taking the lock: its outputs are the register's (or nobody's) to finish. */
    private synchronized void releaseMoveLock() {
        if (moving != null) {
            try {
                moving.close();
            } catch (IOException e) {
                // the lock goes with the process; a leftover hidden file is removed by the next recovery
            }
            moving = null;
        }
    }

    /** Removes everything this run created. */
    synchronized void abandon() {
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
