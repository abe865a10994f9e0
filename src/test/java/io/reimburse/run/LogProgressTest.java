package io.reimburse.run;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LogProgressTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-25T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aShortRunPrintsNothingAndALongOneALineEveryInterval() {
        StringWriter text = new StringWriter();
        ManualClock clock = new ManualClock();
        LogProgress progress = new LogProgress(new PrintWriter(text), clock, Duration.ofSeconds(10));

        progress.phase("reading");
        progress.rowsRead(10_000);
        clock.advance(Duration.ofSeconds(5));
        progress.rowsRead(500_000);
        assertThat(text.toString()).as("nothing in the first 10 s").isEmpty();

        clock.advance(Duration.ofSeconds(5));
        progress.rowsRead(1_000_000);
        clock.advance(Duration.ofSeconds(1));
        progress.rowsRead(1_100_000);
        clock.advance(Duration.ofSeconds(10));
        progress.phase("deciding and writing outputs");

        assertThat(text.toString().lines()).containsExactly(
                "reimburse: reading: 1,000,000 rows read (100,000 rows/s)",
                "reimburse: deciding and writing outputs");
    }
}
