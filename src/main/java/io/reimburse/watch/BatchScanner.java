package io.reimburse.watch;

import io.reimburse.input.FileStamp;
import io.reimburse.input.SpreadsheetFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Lists the batches of the inbox as they are now: the loose files form one batch, each
 * sub-folder (with everything below it) another. Ignored files (lock files, hidden files,
 * partial downloads: {@link SpreadsheetFiles#isIgnored}) are not part of a batch, but a lock file
 * of one of its files is noted: the batch is open in Excel or LibreOffice. A plain scan, not
 * file-system events, so that network shares (SMB, NFS) are seen too.
 */
final class BatchScanner {

    private final Path inbox;
    private final List<String> unreadable = new ArrayList<>();

    BatchScanner(Path inbox) {
        this.inbox = inbox;
    }

    /**
     * Every batch of the inbox, loose files first, then the sub-folders by name. A sub-folder that
     * cannot be read is passed over (see {@link #unreadable()}) so that it does not hold the others.
     */
    List<Batch> scan() throws IOException {
        unreadable.clear();
        List<Batch> batches = new ArrayList<>();
        loose().ifPresent(batches::add);
        List<Path> folders;
        try (Stream<Path> entries = Files.list(inbox)) {
            folders = entries.filter(Files::isDirectory).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        for (Path folder : folders) {
            try {
                folder(folder.getFileName().toString()).ifPresent(batches::add);
            } catch (IOException e) {
                unreadable.add(folder.getFileName() + ": " + e);
            }
        }
        return batches;
    }

    /** The sub-folders the last scan could not read, with why. */
    List<String> unreadable() {
        return List.copyOf(unreadable);
    }

    /** The batch as it is now (empty when it is gone or emptied). */
    Optional<Batch> rescan(Batch batch) throws IOException {
        return batch.loose() ? loose() : folder(batch.folder());
    }

    private Optional<Batch> loose() throws IOException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(inbox)) {
            entries = list.filter(Files::isRegularFile).toList();
        }
        return batch(null, inbox, entries);
    }

    private Optional<Batch> folder(String name) throws IOException {
        Path folder = inbox.resolve(name);
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(folder)) {
            entries = walk.filter(Files::isRegularFile).toList();
        } catch (NoSuchFileException | UncheckedIOException gone) {
            return Optional.empty(); // moved or being changed: seen again at the next scan
        }
        return batch(name, folder, entries);
    }

    private static Optional<Batch> batch(String folder, Path base, List<Path> entries) throws IOException {
        List<Path> files = entries.stream().filter(p -> !SpreadsheetFiles.isIgnored(p)).toList();
        if (files.isEmpty()) {
            return Optional.empty();
        }
        List<Batch.DroppedFile> dropped = new ArrayList<>();
        for (Path file : files) {
            // none when renamed while listed (a program saving): the next scan sees the new name
            Optional<FileStamp> stamp = FileStamp.of(file);
            stamp.ifPresent(now -> dropped.add(new Batch.DroppedFile(
                    base.relativize(file).toString().replace('\\', '/'), now)));
        }
        dropped.sort(Comparator.comparing(Batch.DroppedFile::name));
        List<String> locks = entries.stream().filter(SpreadsheetFiles::isLockFile)
                .filter(lock -> files.stream().anyMatch(file -> file.getParent().equals(lock.getParent())
                        && SpreadsheetFiles.locks(lock, file)))
                .map(lock -> base.relativize(lock).toString().replace('\\', '/')).sorted().toList();
        return Optional.of(new Batch(folder, dropped, locks));
    }
}
