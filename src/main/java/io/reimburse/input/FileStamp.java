package io.reimburse.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * A file's size and last change, to the millisecond, as seen at one moment: a file with the same
 * stamp later has not been written meanwhile, as far as the file system tells. The drop folder
 * waits for its files' stamps to settle; a run checks that its inputs kept theirs while it read them.
 */
public record FileStamp(long size, long modifiedMillis) {

    /** The stamp of a regular file now; empty when it is gone or is not a regular file. */
    public static Optional<FileStamp> of(Path file) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.isRegularFile()
                    ? Optional.of(new FileStamp(attributes.size(), attributes.lastModifiedTime().toMillis()))
                    : Optional.empty();
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        }
    }
}
