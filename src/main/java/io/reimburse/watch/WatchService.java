package io.reimburse.watch;

import io.reimburse.model.RunRefused;
import io.reimburse.run.Run;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The drop-folder service (SPEC §8): looks at the inbox every poll interval, takes each settled
 * batch into {@code .processing/}, runs it and files it under {@code archive/} or
 * {@code failed/}. Batches left in {@code .processing/} by a process that was killed are carried
 * to their end first, then retried every {@link #RETRY} if that fails (the register busy, a
 * share gone). One batch at a time; one bad batch never stops the others. {@link #stop()} lets
 * the current batch finish.
 */
public final class WatchService implements AutoCloseable {

    static final Duration RETRY = Duration.ofMinutes(1);

    private final DropFolder drop;
    private final WatchOptions options;
    private final WatchLog log;
    private final Clock clock = Clock.systemDefaultZone();
    private final BatchScanner scanner;
    private final Settling settling;
    /** The approve/ folder (issue 13): reviewed proposal workbooks, scanned and settled like the inbox. */
    private final BatchScanner approvals;
    private final Settling approvalsSettling;
    private final BatchRun batchRun;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch ended = new CountDownLatch(1);
    private final Map<String, Long> retryAfter = new HashMap<>();
    private final Set<String> reportedHeld = new HashSet<>();
    private Set<String> troubles = new HashSet<>();
    private final Set<String> troublesNow = new HashSet<>();

    /** A service on the drop folder, logging to the console and to {@code ROOT/reimburse.log}. */
    public static WatchService open(DropFolder drop, WatchOptions options, PrintWriter console) {
        return new WatchService(drop, options, new WatchLog(drop.logFile(), console));
    }

    WatchService(DropFolder drop, WatchOptions options, WatchLog log) {
        this.drop = drop;
        this.options = options;
        this.log = log;
        this.scanner = new BatchScanner(drop.inbox());
        this.settling = new Settling(options.settle());
        this.approvals = new BatchScanner(drop.approve());
        this.approvalsSettling = new Settling(options.settle());
        this.batchRun = new BatchRun(drop, options.register(), log, clock);
    }

    /** Serves the drop folder until {@link #stop()}, or with {@code once} until what was settled is done. */
    public void run() {
        try {
            log.info("watching " + drop.root() + " (settle " + seconds(options.settle()) + ", poll "
                    + seconds(options.poll()) + ", register " + options.register() + (options.once() ? ", once" : "")
                    + ")");
            Long firstScan = null;
            while (!stopping()) {
                int taken = 0;
                long now = System.nanoTime();
                try {
                    completePending();
                    now = System.nanoTime();
                    taken = takeSettled(scanner, settling, drop.inbox(), false, now)
                            + takeSettled(approvals, approvalsSettling, drop.approve(), true, now);
                    reportTroubles();
                } catch (RuntimeException bug) { // never seen yet: logged, and the service goes on
                    log.error("unexpected failure while watching: " + bug, bug);
                }
                firstScan = firstScan == null ? now : firstScan;
                // once: a batch seen at the first scan and unchanged since has settled by now, and was taken
                if (options.once() && taken == 0 && now - firstScan >= options.settle().toNanos()) {
                    break;
                }
                if (stopRequested.await(options.poll().toNanos(), TimeUnit.NANOSECONDS)) {
                    break;
                }
            }
            log.info(stopping() ? "stopped on request" : "done: nothing more is settled in the inbox");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ended.countDown();
        }
    }

    /** Asks the service to stop after the current batch (a shutdown hook calls it on SIGTERM or Ctrl-C). */
    public void stop() {
        stopRequested.countDown();
    }

    /** Waits until {@link #run()} has returned. */
    public void awaitEnd() throws InterruptedException {
        ended.await();
    }

    @Override
    public void close() {
        log.close();
    }

    private boolean stopping() {
        return stopRequested.getCount() == 0;
    }

    /** Batches in .processing/: interrupted by a crash, or waiting for a retry. */
    private void completePending() {
        List<ClaimedBatch> pending;
        try {
            pending = ClaimedBatch.pending(drop);
        } catch (IOException e) {
            trouble("cannot list " + drop.processing() + ": " + e);
            return;
        }
        for (ClaimedBatch claimed : pending) {
            Long after = retryAfter.get(claimed.id());
            if (stopping() || after != null && System.nanoTime() - after < 0) {
                continue;
            }
            log.info("batch " + claimed.id() + ": found in .processing (the watcher stopped while processing it, or "
                    + "it is tried again); carrying it to its end");
            complete(claimed);
        }
    }

    /** Takes every settled batch of the inbox (or of approve/); returns how many. */
    private int takeSettled(BatchScanner scanner, Settling settling, Path folder, boolean forApproval, long now) {
        List<Batch> settled;
        try {
            settled = settling.settled(scanner.scan(), now);
            scanner.unreadable().forEach(unreadable -> trouble("cannot read the sub-folder " + unreadable + " of "
                    + folder));
        } catch (IOException | RuntimeException e) {
            trouble("cannot read " + folder + ": " + e);
            return 0;
        }
        if (!forApproval) {
            reportHeldOpen(now); // a workbook open in Excel in approve/ has a lock file too: it just waits
        }
        int taken = 0;
        for (Batch batch : settled) {
            if (stopping()) {
                break;
            }
            if (take(batch, scanner, settling, forApproval)) {
                taken++;
            }
        }
        return taken;
    }

    private boolean take(Batch batch, BatchScanner scanner, Settling settling, boolean forApproval) {
        ClaimedBatch claimed;
        String id = null;
        try {
            if (!scanner.rescan(batch).map(batch::equals).orElse(false)) {
                return false; // changed since the scan: it settles again
            }
            id = newId();
            claimed = ClaimedBatch.claim(drop, batch, id, clock.instant(), forApproval);
        } catch (IOException | RuntimeException e) {
            settling.restart(batch, System.nanoTime());
            log.error("could not take the batch " + batch.describe() + (id == null ? "" : " as " + id) + ": " + e
                    + "; trying again after the settle time");
            return false;
        }
        log.info("batch " + id + " (" + batch.describe() + "): taken" + (forApproval ? " from approve/" : "")
                + ", files " + batch.fileNames());
        complete(claimed);
        return true;
    }

    private void complete(ClaimedBatch claimed) {
        try {
            batchRun.complete(claimed);
            retryAfter.remove(claimed.id());
        } catch (IOException | RuntimeException | Error e) {
            retryAfter.put(claimed.id(), System.nanoTime() + RETRY.toNanos());
            String text = "batch " + claimed.id() + ": could not be finished (" + e.getMessage() + "); it stays in "
                    + ".processing/" + claimed.id() + " and is tried again in " + seconds(RETRY);
            if (e instanceof RunRefused) {
                log.error(text);
            } else {
                log.error(text, e);
            }
        }
    }

    /** A new batch id, which is also its run id: unused by any folder and by the register. */
    private String newId() {
        while (true) {
            String id = Run.newRunId(clock.instant());
            if (!drop.idInUse(id) && batchRun.committedRun(id).isEmpty()) {
                return id;
            }
        }
    }

    private void reportHeldOpen(long now) {
        Set<String> held = new HashSet<>();
        for (Batch batch : settling.heldOpen(now)) {
            String note = batch.describe() + " waits: a file is open (lock file " + String.join(", ",
                    batch.lockFiles()) + ")";
            held.add(note);
            if (!reportedHeld.contains(note)) {
                log.info(note);
            }
        }
        reportedHeld.retainAll(held);
        reportedHeld.addAll(held);
    }

    /** A problem with the folders (a share gone, a sub-folder unreadable): logged once, not at every poll. */
    private void trouble(String text) {
        troublesNow.add(text);
    }

    private void reportTroubles() {
        troublesNow.stream().filter(text -> !troubles.contains(text)).sorted().forEach(log::error);
        if (!troubles.isEmpty() && troublesNow.isEmpty()) {
            log.info("the drop folder can be read again");
        }
        troubles = new HashSet<>(troublesNow);
        troublesNow.clear();
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() / 1000.0 + " s";
    }
}
