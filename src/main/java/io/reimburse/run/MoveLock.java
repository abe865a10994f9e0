package io.reimburse.run;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The lock a run holds from just before the register records it until its outputs are in place:
 * an operating-system lock on a small hidden file beside the temporary folder, released by the
 * system when the process dies. Another process that opens the register and finds the run's
 * outputs not in place moves them only when it can take this lock: a crashed run's, never those
 * of a run still moving them itself (it would then find its own folder gone, and say the run
 * failed although the register recorded it).
 */
final class MoveLock implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private MoveLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of a run's temporary folder, beside it (a drop folder's cleanup of a batch's leftovers takes both). */
    static Path fileOf(Path temporary) {
        return temporary.resolveSibling(temporary.getFileName() + ".lock");
    }

    /** Takes the lock, waiting for it if another process of this run's folder holds it (none should). */
    static MoveLock take(Path temporary) throws IOException {
        Path file = fileOf(temporary);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            return new MoveLock(file, channel, channel.lock());
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The lock when nobody holds it (its run is over, or died); empty while a live run holds it. */
    static Optional<MoveLock> tryTake(Path temporary) throws IOException {
        Path file = fileOf(temporary);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new MoveLock(file, channel, lock));
            }
        } catch (OverlappingFileLockException heldInThisJvm) {
            // a run of this process (the drop folder runs several) holds it
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        channel.close();
        return Optional.empty();
    }

    /** Releases the lock and removes its file. */
    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(file);
        } finally {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }
}
