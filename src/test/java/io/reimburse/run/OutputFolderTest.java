package io.reimburse.run;

import io.reimburse.model.RunRefused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/** Two runs started on the same empty --out: the second to finish never replaces the first's output. */
class OutputFolderTest {

    @TempDir
    Path temp;

    private Path out() {
        return temp.resolve("out");
    }

    /** What the run that finished first left in --out while this one was still working. */
    private void anotherRunFinishes() throws IOException {
        Files.createDirectories(out());
        Files.writeString(out().resolve("manifest.json"), "{\"tool\": \"reimburse\", \"runId\": \"the other run\"}");
    }

    private void assertTheOtherRunsOutputStaysAndNothingOfThisOne() throws IOException {
        assertThat(out().resolve("manifest.json")).content().contains("the other run");
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("out");
        }
    }

    @Test
    void withoutARegisterTheRenameRefusesAnOutputPutThereMeanwhile() throws IOException {
        OutputFolder folder = OutputFolder.prepare(out(), false, false, null);
        Files.writeString(folder.temporary().resolve("manifest.json"), "this run");
        anotherRunFinishes();

        assertThatThrownBy(folder::commit).isInstanceOf(RunRefused.class)
                .hasMessageContaining("another run has written its output there");
        folder.abandon(); // as Run does on a refusal
        assertTheOtherRunsOutputStaysAndNothingOfThisOne();
    }

    @Test
    void withARegisterTheRunIsNotRecordedWhenItsOutputWasTakenMeanwhile() throws IOException {
        OutputFolder folder = OutputFolder.prepare(out(), false, false, temp.resolve("register.sqlite"));
        anotherRunFinishes();

        assertThatThrownBy(() -> folder.keep(() -> fail("recorded in the register"))).isInstanceOf(RunRefused.class);
        folder.abandon();
        assertTheOtherRunsOutputStaysAndNothingOfThisOne();
    }

    @Test
    void anEmptyFolderMadeMeanwhileIsStillTaken() throws IOException {
        OutputFolder folder = OutputFolder.prepare(out(), false, false, null);
        Files.writeString(folder.temporary().resolve("manifest.json"), "this run");
        Files.createDirectories(out());

        folder.commit();
        assertThat(out().resolve("manifest.json")).hasContent("this run");
    }

    @Test
    void forceDoesNotDeleteAFileAddedToTheEarlierOutputMeanwhile() throws IOException {
        anotherRunFinishes();
        OutputFolder folder = OutputFolder.prepare(out(), true, false, null);
        Files.writeString(out().resolve("notes.txt"), "written while the run was working");

        assertThatThrownBy(folder::commit).isInstanceOf(RunRefused.class).hasMessageContaining("notes.txt");
        folder.abandon();
        assertThat(out().resolve("notes.txt")).exists();
    }

    @Test
    void forceReplacesAnEarlierOutput() throws IOException {
        anotherRunFinishes();
        OutputFolder folder = OutputFolder.prepare(out(), true, false, null);
        Files.writeString(folder.temporary().resolve("manifest.json"), "this run");

        folder.commit();
        assertThat(out().resolve("manifest.json")).hasContent("this run");
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("out");
        }
    }
}
