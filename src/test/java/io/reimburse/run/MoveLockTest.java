package io.reimburse.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A committed run's outputs on their way into place: another process that opens the register then
 * (it finishes the moves a crash interrupted) leaves them to the run while the run is alive, and
 * finishes them once the run is gone. Two runs at once on one register made the second fail, its
 * folder moved away under it, although the register had recorded it.
 */
class MoveLockTest {

    @TempDir
    Path folder;

    @Test
    void aLiveRunsOutputsAreLeftToItAndACrashedRunsAreFinished() throws Exception {
        Path target = folder.resolve("out");
        Path temporary = Files.createDirectory(folder.resolve(".out.tmp-1234"));
        Files.writeString(temporary.resolve("manifest.json"), "{}");

        try (MoveLock live = MoveLock.take(temporary)) {
            assertThat(OutputFolder.finishInterrupted(target, temporary)).isFalse();
            assertThat(temporary.resolve("manifest.json")).exists();
            assertThat(target).doesNotExist();
        }
        assertThat(MoveLock.fileOf(temporary)).doesNotExist();

        // the run died without moving them (its lock went with it): the next opening finishes its move
        assertThat(OutputFolder.finishInterrupted(target, temporary)).isTrue();
        assertThat(target.resolve("manifest.json")).exists();
        assertThat(temporary).doesNotExist();
        assertThat(MoveLock.fileOf(temporary)).doesNotExist();
    }

    @Test
    void aRunThatMovedItsOutputsItselfIsFoundInPlace() throws Exception {
        Path target = Files.createDirectory(folder.resolve("out"));
        Files.writeString(target.resolve("manifest.json"), "{}");

        assertThat(OutputFolder.finishInterrupted(target, folder.resolve(".out.tmp-5678"))).isTrue();
        assertThat(target.resolve("manifest.json")).exists();
    }
}
