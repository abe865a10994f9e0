package io.reimburse.watch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class BatchRunTest {

    @TempDir
    Path temp;

    /** A clock that fails once, at the start of the run: a bug inside the run, as far as the watcher can tell. */
    private static final class FailingOnceClock extends Clock {
        private final AtomicBoolean failed = new AtomicBoolean();

        @Override
        public Instant instant() {
            if (failed.compareAndSet(false, true)) {
                throw new IllegalStateException("a bug inside the run");
            }
            return Instant.now();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Test
    void anUnexpectedFailureIsLoggedAndTheBatchGoesToFailedExplained() throws IOException {
        DropFolder drop = DropFolder.create(temp.resolve("root"));
        StringWriter console = new StringWriter();
        BatchRun batchRun = new BatchRun(drop, drop.defaultRegister(),
                new WatchLog(drop.logFile(), new PrintWriter(console)), new FailingOnceClock());
        Drops.french(drop.inbox().resolve("october"), 1, "");
        Batch batch = new BatchScanner(drop.inbox()).scan().get(0);
        String id = "20261125-101500-a3f2";

        batchRun.complete(ClaimedBatch.claim(drop, batch, id, Instant.now()));

        Path failed = drop.failed().resolve(id);
        assertThat(failed.resolve("soldes-clients.csv")).exists();
        assertThat(Files.readString(failed.resolve("error.txt")))
                .contains("reimburse s'est arrêté sur une erreur inattendue")
                .contains("java.lang.IllegalStateException: a bug inside the run")
                .contains("Déposer de nouveau");
        assertThat(Files.readString(drop.logFile())).contains("ERROR batch " + id)
                .contains("unexpected failure, java.lang.IllegalStateException: a bug inside the run")
                .contains("\tat io.reimburse.run.Run.execute");
        assertThat(console.toString()).doesNotContain("\tat io.reimburse");
        assertThat(drop.processing()).isEmptyDirectory();
        assertThat(drop.outbox()).isEmptyDirectory();
        assertThat(new BatchRun(drop, drop.defaultRegister(), new WatchLog(drop.logFile(), new PrintWriter(console)),
                Clock.systemUTC()).committedRun(id)).isEmpty();
    }
}
