package io.reimburse.watch;

import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * The drop folder's layout (SPEC §8): {@code inbox/} where accountants drop files,
 * {@code outbox/<run-id>/} the results, {@code archive/<run-id>/} the inputs of completed runs,
 * {@code failed/<run-id>/} the inputs of refused batches with {@code error.txt}, and the
 * watcher's own {@code .processing/<run-id>/} where a batch is moved before it runs. All are on
 * one file system, so every move between them is a single atomic rename.
 */
public final class DropFolder {

    private final Path root;

    private DropFolder(Path root) {
        this.root = root;
    }

    /** The drop folder at ROOT, creating the folders that are missing. */
    public static DropFolder create(Path root) {
        DropFolder drop = new DropFolder(root.toAbsolutePath().normalize());
        for (Path folder : List.of(drop.inbox(), drop.approve(), drop.outbox(), drop.archive(), drop.failed(),
                drop.processing())) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new RunRefused(RunProblem.inFile(folder.toString(), "cannot be created: " + e));
            }
        }
        return drop;
    }

    public Path root() {
        return root;
    }

    public Path inbox() {
        return root.resolve("inbox");
    }

    /** Where approvers drop a reviewed proposal workbook (issue 13): only they should be able to write here. */
    public Path approve() {
        return root.resolve("approve");
    }

    public Path outbox() {
        return root.resolve("outbox");
    }

    public Path archive() {
        return root.resolve("archive");
    }

    public Path failed() {
        return root.resolve("failed");
    }

    /** The watcher's private folder: batches being processed, one sub-folder per batch id. */
    public Path processing() {
        return root.resolve(".processing");
    }

    public Path logFile() {
        return root.resolve("reimburse.log");
    }

    /** The register used unless --register names another. */
    public Path defaultRegister() {
        return root.resolve("register.sqlite");
    }

    /** Whether an id already names a folder of this drop folder (a new batch must not reuse it). */
    boolean idInUse(String id) {
        return List.of(outbox(), archive(), failed(), processing()).stream()
                .anyMatch(folder -> Files.exists(folder.resolve(id)));
    }

    /**
     * Takes the drop folder for this process: one watcher per ROOT, or two would take the same
     * batches. Empty when another watcher holds it. The lock ends with the process, even killed.
     */
    public Optional<ServiceLock> lock() {
        Path file = root.resolve(".watch.lock");
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            channel.truncate(0);
            channel.write(StandardCharsets.UTF_8.encode("reimburse watch, process " + ProcessHandle.current().pid()
                    + "\n"));
            return Optional.of(new ServiceLock(channel));
        } catch (IOException e) {
            throw new RunRefused(RunProblem.inFile(file.toString(), "cannot be locked: " + e));
        }
    }

    /** This process's hold on the drop folder. */
    public static final class ServiceLock implements AutoCloseable {
        private final FileChannel channel;

        private ServiceLock(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
