package io.reimburse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The project's read-only reference folder ({@code shared/reference}: D365 field lists, the
 * ISO 20022 schema), found for tests only: {@code -Dreimburse.shared=DIR}, else {@code ../shared}
 * beside the checkout (CI), else beside the repository this one was cloned from (a clone in
 * /tmp). Not found is a clear failure, never a skip.
 */
public final class SharedReference {

    private SharedReference() {
    }

    public static Path resolve(String relative) {
        List<Path> tried = new ArrayList<>();
        for (Path shared : candidates()) {
            Path file = shared.resolve("reference").resolve(relative);
            if (Files.exists(file)) {
                return file;
            }
            tried.add(file);
        }
        throw new IllegalStateException("reference file not found; tried " + tried
                + " (set -Dreimburse.shared=DIR to the shared folder)");
    }

    private static List<Path> candidates() {
        List<Path> candidates = new ArrayList<>();
        String property = System.getProperty("reimburse.shared");
        if (property != null) {
            candidates.add(Path.of(property));
        }
        candidates.add(Path.of("..", "shared"));
        originCheckout().ifPresent(origin -> candidates.add(origin.resolveSibling("shared")));
        return candidates;
    }

    /** The local repository this checkout was cloned from, when it was cloned from a folder. */
    private static java.util.Optional<Path> originCheckout() {
        try {
            Process git = new ProcessBuilder("git", "config", "--get", "remote.origin.url")
                    .redirectErrorStream(true).start();
            String url = new String(git.getInputStream().readAllBytes()).strip();
            if (!git.waitFor(10, TimeUnit.SECONDS) || git.exitValue() != 0 || url.isEmpty() || url.contains("://")) {
                return java.util.Optional.empty();
            }
            Path origin = Path.of(url).toAbsolutePath().normalize();
            return Files.isDirectory(origin) ? java.util.Optional.of(origin) : java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }
}
