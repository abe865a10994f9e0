package io.reimburse.run;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Progress as plain lines, at most one every {@code interval}: for logs and pipes, not terminals. */
public final class LogProgress implements Progress {

    private final PrintWriter out;
    private final Clock clock;
    private final Duration interval;
    private final Instant started;
    private Instant lastLine;
    private String phase = "starting";

    public LogProgress(PrintWriter out, Clock clock, Duration interval) {
        this.out = out;
        this.clock = clock;
        this.interval = interval;
        this.started = clock.instant();
        this.lastLine = started;
    }

    @Override
    public void phase(String name) {
        phase = name;
        if (due()) {
            print("reimburse: " + name);
        }
    }

    @Override
    public void rowsRead(long rows) {
        if (due()) {
            double seconds = Math.max(0.001, Duration.between(started, clock.instant()).toMillis() / 1000.0);
            print(String.format(java.util.Locale.ROOT, "reimburse: %s: %,d rows read (%,.0f rows/s)", phase, rows,
                    rows / seconds));
        }
    }

    private boolean due() {
        return !clock.instant().isBefore(lastLine.plus(interval));
    }

    private void print(String line) {
        lastLine = clock.instant();
        out.println(line);
        out.flush();
    }

    @Override
    public void close() {
        // lines are flushed as they are written
    }
}
