package io.reimburse.output;

import java.io.IOException;
import java.nio.file.Path;

/** An output as the manifest lists it: its name, data rows and SHA-256. */
public record ManifestEntry(String file, long rows, String sha256) {

    /** The entry of a written file, hashed from {@code folder}. */
    public static ManifestEntry of(WrittenFile written, Path folder) throws IOException {
        return new ManifestEntry(written.name(), written.rows(), Sha256.of(folder.resolve(written.name())));
    }
}
