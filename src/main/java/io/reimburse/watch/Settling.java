package io.reimburse.watch;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells when a batch is settled: seen unchanged (same files, sizes, modification times, lock
 * files) for the settle time, and none of its files open in Excel or LibreOffice. Times are the
 * watcher's own monotonic clock, never the files' times, so a file server whose clock differs
 * does not matter.
 */
final class Settling {

    private record Seen(Batch batch, long since) {
    }

    private final long settleNanos;
    private Map<String, Seen> seen = new HashMap<>();

    Settling(Duration settle) {
        this.settleNanos = settle.toNanos();
    }

    /**
     * Records what a scan found at {@code now} (System.nanoTime) and returns the batches that
     * have settled. A batch no longer found is forgotten.
     */
    List<Batch> settled(List<Batch> scanned, long now) {
        Map<String, Seen> next = new HashMap<>();
        for (Batch batch : scanned) {
            Seen before = seen.get(batch.key());
            next.put(batch.key(), before != null && before.batch().equals(batch) ? before : new Seen(batch, now));
        }
        seen = next;
        return scanned.stream().filter(batch -> batch.lockFiles().isEmpty() && unchangedFor(batch, now)).toList();
    }

    /** The batches that would have settled but for a lock file: a file is open. */
    List<Batch> heldOpen(long now) {
        return seen.values().stream().map(Seen::batch)
                .filter(batch -> !batch.lockFiles().isEmpty() && unchangedFor(batch, now)).toList();
    }

    /** Starts the batch's settle time again (it could not be taken: try after another settle time). */
    void restart(Batch batch, long now) {
        seen.put(batch.key(), new Seen(batch, now));
    }

    private boolean unchangedFor(Batch batch, long now) {
        return now - seen.get(batch.key()).since() >= settleNanos;
    }
}
