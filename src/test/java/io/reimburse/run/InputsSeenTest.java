package io.reimburse.run;

import io.reimburse.model.RunRefused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A run whose input is saved again while it reads it is refused: its hash would describe other bytes. */
class InputsSeenTest {

    @TempDir
    Path temp;

    private Path balances() throws IOException {
        return Files.writeString(temp.resolve("soldes.csv"), "Compte;Solde\r\nC001;-12,50\r\n");
    }

    @Test
    void anUntouchedFileGoesThrough() throws IOException {
        Path file = balances();
        InputsSeen seen = InputsSeen.now(List.of(file));

        assertThatCode(() -> seen.requireUnchanged(file)).doesNotThrowAnyException();
    }

    @Test
    void aFileSavedAgainWithARowMoreRefusesTheRun() throws IOException {
        Path file = balances();
        InputsSeen seen = InputsSeen.now(List.of(file));
        Files.writeString(file, "C002;-99,00\r\n", StandardOpenOption.APPEND);

        assertThatThrownBy(() -> seen.requireUnchanged(file)).isInstanceOf(RunRefused.class)
                .hasMessageContaining("soldes.csv").hasMessageContaining("changed while the run was reading it");
    }

    @Test
    void aFileSavedAgainWithTheSameSizeRefusesTheRunToo() throws IOException {
        Path file = balances();
        InputsSeen seen = InputsSeen.now(List.of(file));
        Files.writeString(file, "Compte;Solde\r\nC001;-99,50\r\n"); // same length, another amount
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2_000));

        assertThatThrownBy(() -> seen.requireUnchanged(file)).isInstanceOf(RunRefused.class);
    }

    @Test
    void theSameFileNamedAnotherWayIsTheSameFile() throws IOException {
        Path file = balances();
        InputsSeen seen = InputsSeen.now(List.of(temp.resolve("sub/../soldes.csv")));
        Files.writeString(file, "C002;-99,00\r\n", StandardOpenOption.APPEND);

        assertThatThrownBy(() -> seen.requireUnchanged(file)).isInstanceOf(RunRefused.class);
    }
}
