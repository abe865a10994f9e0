package io.reimburse.output;

import java.io.IOException;
import java.nio.file.Path;

/** A produced file, its number of data rows and, once computed, its SHA-256 (for the manifest). */
public record WrittenFile(String name, long rows, String sha256) {

    /** A file not hashed yet (its writer leaves that to the caller, who may do it on another thread). */
    public WrittenFile(String name, long rows) {
        this(name, rows, null);
    }

    /** This file with its SHA-256, read from {@code folder}. */
    public WrittenFile hashedIn(Path folder) throws IOException {
        return new WrittenFile(name, rows, Sha256.of(folder.resolve(name)));
    }
}
