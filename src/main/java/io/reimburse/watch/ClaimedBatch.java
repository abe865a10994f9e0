package io.reimburse.watch;

import io.reimburse.input.FileStamp;
import org.apache.commons.io.file.PathUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A batch taken from the inbox, in its private folder {@code .processing/<id>/}:
 * <ul>
 * <li>{@code batch.properties} — where the batch came from and its files, written first;</li>
 * <li>{@code inputs/} — the batch's files: a sub-folder batch is this folder renamed, loose
 *     files are moved in one by one;</li>
 * <li>{@code claimed} — written once every file is in {@code inputs/};</li>
 * <li>{@code error.txt} — the explanation, once the batch is known to be refused.</li>
 * </ul>
 * Every step is one rename or the creation of a complete file, so a process killed at any
 * moment leaves a state from which {@link BatchRun#complete} carries the batch to its end.
 * Inputs leave this folder only by one rename, to {@code archive/<id>/} or {@code failed/<id>/}.
 */
final class ClaimedBatch {

    static final String EXPLANATION = "error.txt";
    private static final String DESCRIPTION = "batch.properties";
    private static final String CLAIMED = "claimed";
    private static final String INPUTS = "inputs";
    private static final String SOURCE = "source";
    private static final String APPROVE = "approve";

    private final DropFolder drop;
    private final String id;
    private final Path folder;

    private ClaimedBatch(DropFolder drop, String id) {
        this.drop = drop;
        this.id = id;
        this.folder = drop.processing().resolve(id);
    }

    /** Moves a settled batch out of the inbox into {@code .processing/<id>/}. */
    static ClaimedBatch claim(DropFolder drop, Batch batch, String id, Instant at) throws IOException {
        return claim(drop, batch, id, at, false);
    }

    /** The same, from {@code approve/} when {@code forApproval}: proposal workbooks to approve (issue 13). */
    static ClaimedBatch claim(DropFolder drop, Batch batch, String id, Instant at, boolean forApproval)
            throws IOException {
        ClaimedBatch claimed = new ClaimedBatch(drop, id);
        Files.createDirectory(claimed.folder);
        try {
            claimed.describe(batch, at, forApproval);
            if (batch.loose()) {
                Files.createDirectory(claimed.inputs());
            } else {
                move(claimed.source().resolve(batch.folder()), claimed.inputs());
            }
        } catch (IOException e) {
            claimed.discard(); // nothing left the inbox
            throw e;
        }
        claimed.completeClaim();
        return claimed;
    }

    /** The batches left in {@code .processing/}, oldest id first: being processed, or interrupted. */
    static List<ClaimedBatch> pending(DropFolder drop) throws IOException {
        try (Stream<Path> entries = Files.list(drop.processing())) {
            return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith(".")).sorted().map(name -> new ClaimedBatch(drop, name)).toList();
        }
    }

    String id() {
        return id;
    }

    Path inputs() {
        return folder.resolve(INPUTS);
    }

    boolean hasInputs() {
        return Files.isDirectory(inputs());
    }

    boolean hasExplanation() {
        return Files.isRegularFile(folder.resolve(EXPLANATION));
    }

    private void describe(Batch batch, Instant at, boolean forApproval) throws IOException {
        Properties description = new Properties();
        if (forApproval) {
            description.setProperty(SOURCE, APPROVE);
        }
        if (!batch.loose()) {
            description.setProperty("folder", batch.folder());
        }
        description.setProperty("claimed", at.toString());
        description.setProperty("files", Integer.toString(batch.files().size()));
        for (int i = 0; i < batch.files().size(); i++) {
            Batch.DroppedFile file = batch.files().get(i);
            description.setProperty("file." + (i + 1), file.name());
            description.setProperty("file." + (i + 1) + ".size", Long.toString(file.stamp().size()));
            description.setProperty("file." + (i + 1) + ".modified", Long.toString(file.stamp().modifiedMillis()));
        }
        Path temporary = folder.resolve(DESCRIPTION + ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            description.store(out, "reimburse watch: a batch taken from the inbox");
        }
        writeComplete(temporary, folder.resolve(DESCRIPTION));
    }

    /** Whether the batch came from {@code approve/}: workbooks to approve, not inputs to run. */
    boolean forApproval() throws IOException {
        return APPROVE.equals(description().getProperty(SOURCE));
    }

    /** The folder the batch was taken from. */
    private Path source() throws IOException {
        return forApproval() ? drop.approve() : drop.inbox();
    }

    private Properties description() throws IOException {
        Properties description = new Properties();
        try (InputStream in = Files.newInputStream(folder.resolve(DESCRIPTION))) {
            description.load(in);
        }
        return description;
    }

    /** The batch as it was when taken (its lock files are not kept). */
    Batch batch() throws IOException {
        Properties description = description();
        List<Batch.DroppedFile> files = new ArrayList<>();
        int count = Integer.parseInt(description.getProperty("files"));
        for (int i = 1; i <= count; i++) {
            files.add(new Batch.DroppedFile(description.getProperty("file." + i), new FileStamp(
                    Long.parseLong(description.getProperty("file." + i + ".size")),
                    Long.parseLong(description.getProperty("file." + i + ".modified")))));
        }
        return new Batch(description.getProperty("folder"), files, List.of());
    }

    /**
     * Finishes taking the batch: the loose files not yet in {@code inputs/} are moved there if they
     * are still in the inbox unchanged (a file changed since is a new drop, left for a later batch).
     */
    void completeClaim() throws IOException {
        if (Files.exists(folder.resolve(CLAIMED))) {
            return;
        }
        Batch batch = batch();
        if (batch.loose()) {
            for (Batch.DroppedFile file : batch.files()) {
                Path source = source().resolve(file.name());
                Path target = inputs().resolve(file.name());
                if (!Files.exists(target) && unchanged(source, file)) {
                    move(source, target);
                }
            }
        }
        Files.createFile(folder.resolve(CLAIMED));
    }

    private static boolean unchanged(Path source, Batch.DroppedFile file) throws IOException {
        return FileStamp.of(source).equals(Optional.of(file.stamp()));
    }

    /**
     * Writes {@code error.txt} beside the inputs (moved in with them by {@link #moveToFailed}): UTF-8
     * with a byte-order mark and CRLF line ends, so that any Notepad shows the accents right.
     */
    void writeExplanation(String text) throws IOException {
        Path temporary = folder.resolve(EXPLANATION + ".tmp");
        Files.writeString(temporary, "\uFEFF" + text.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        writeComplete(temporary, folder.resolve(EXPLANATION));
    }

    /** The run was committed: the inputs go to {@code archive/<id>/}. */
    void archive() throws IOException {
        move(inputs(), drop.archive().resolve(id));
        discard();
    }

    /**
     * The batch was refused: the inputs go to {@code failed/<id>/} and the explanation beside them
     * as {@code error.txt} (an {@code error.txt} that came with the inputs is kept as {@code error.txt.1}).
     */
    void moveToFailed() throws IOException {
        Path target = drop.failed().resolve(id);
        if (hasInputs()) {
            move(inputs(), target);
        }
        if (hasExplanation() && Files.isDirectory(target)) {
            Path explanation = target.resolve(EXPLANATION);
            if (Files.exists(explanation)) {
                int n = 1;
                while (Files.exists(target.resolve(EXPLANATION + "." + n))) {
                    n++;
                }
                move(explanation, target.resolve(EXPLANATION + "." + n));
            }
            move(folder.resolve(EXPLANATION), explanation);
        }
        discard();
    }

    /**
     * Ends a batch whose inputs are no longer here: they were moved to archive/ or failed/ (the
     * process stopped before cleaning up), or never left the inbox (stopped while taking it).
     */
    void finishWithoutInputs() throws IOException {
        if (hasExplanation() && Files.isDirectory(drop.failed().resolve(id))) {
            moveToFailed();
        } else {
            discard();
        }
    }

    /** Removes the batch's private folder; only the watcher's notes are left in it, never an input. */
    private void discard() throws IOException {
        if (hasInputs()) {
            throw new IllegalStateException("batch " + id + " still has its inputs in " + inputs());
        }
        PathUtils.deleteDirectory(folder);
    }

    /** A file is written under a temporary name, flushed to disk and renamed: it exists only complete. */
    private static void writeComplete(Path temporary, Path target) throws IOException {
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        move(temporary, target);
    }

    /** Every move is one rename on one file system; a move that cannot be atomic is an error, not a copy. */
    private static void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }
}
