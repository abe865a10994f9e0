package io.reimburse.watch;

import io.reimburse.input.FileStamp;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SettlingTest {

    private static final long SECOND = 1_000_000_000L;

    private static Batch batch(long size, String... locks) {
        return new Batch("october", List.of(new Batch.DroppedFile("balances.csv", new FileStamp(size, 1000))), List.of(locks));
    }

    @Test
    void aBatchIsTakenOnceUnchangedForTheSettleTime() {
        Settling settling = new Settling(Duration.ofSeconds(5));
        assertThat(settling.settled(List.of(batch(10)), 0)).isEmpty();
        assertThat(settling.settled(List.of(batch(10)), 4 * SECOND)).isEmpty();
        assertThat(settling.settled(List.of(batch(10)), 5 * SECOND)).containsExactly(batch(10));
    }

    @Test
    void aChangeStartsTheSettleTimeAgain() {
        Settling settling = new Settling(Duration.ofSeconds(5));
        settling.settled(List.of(batch(10)), 0);
        assertThat(settling.settled(List.of(batch(20)), 4 * SECOND)).isEmpty();
        assertThat(settling.settled(List.of(batch(20)), 8 * SECOND)).isEmpty();
        assertThat(settling.settled(List.of(batch(20)), 9 * SECOND)).containsExactly(batch(20));
    }

    @Test
    void aBatchWithAnOpenFileWaitsAndSettlesAgainOnceClosed() {
        Settling settling = new Settling(Duration.ofSeconds(5));
        settling.settled(List.of(batch(10, "~$lances.csv")), 0);
        assertThat(settling.settled(List.of(batch(10, "~$lances.csv")), 60 * SECOND)).isEmpty();
        assertThat(settling.heldOpen(60 * SECOND)).containsExactly(batch(10, "~$lances.csv"));
        assertThat(settling.settled(List.of(batch(10)), 61 * SECOND)).as("closing is a change").isEmpty();
        assertThat(settling.settled(List.of(batch(10)), 66 * SECOND)).containsExactly(batch(10));
    }

    @Test
    void aBatchThatLeftAndCameBackSettlesFromTheStart() {
        Settling settling = new Settling(Duration.ofSeconds(5));
        settling.settled(List.of(batch(10)), 0);
        settling.settled(List.of(), 3 * SECOND);
        assertThat(settling.settled(List.of(batch(10)), 6 * SECOND)).isEmpty();
        assertThat(settling.settled(List.of(batch(10)), 11 * SECOND)).containsExactly(batch(10));
    }
}
