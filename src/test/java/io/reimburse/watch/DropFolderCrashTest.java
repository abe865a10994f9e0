package io.reimburse.watch;

import io.reimburse.run.Registers;
import io.reimburse.register.Register;
import io.reimburse.register.RegisterReimbursement;
import io.reimburse.register.RegisterRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.reimburse.watch.Watcher.visible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The watcher killed with SIGKILL at random moments while batches keep arriving, restarted each
 * time: after every kill each dropped file is in exactly one place (inbox, .processing, archive
 * or failed) and the folders agree with the register; after a last restart every batch is
 * finished — good ones archived with exactly one run, refused ones in failed/ — and nobody was
 * reimbursed twice. {@code -Dwatch.kill.rounds=100} for a longer session (8 in CI).
 */
class DropFolderCrashTest {

    /** A dropped batch: its number (its customers are K{number}...), files, and whether it is refused. */
    private record Dropped(int number, List<String> files, boolean broken) {
    }

    @TempDir
    Path temp;

    private Path root;
    private final List<Dropped> dropped = new ArrayList<>();

    @Test
    void killedAtRandomMomentsEveryBatchEndsOnceAndNobodyIsReimbursedTwice() throws Exception {
        root = temp.resolve("drop");
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        Path output = temp.resolve("watch.out");
        long seed = Long.getLong("watch.kill.seed", System.nanoTime());
        Random random = new Random(seed);
        int rounds = Integer.getInteger("watch.kill.rounds", 8);
        int killedAlive = 0; // rounds whose watcher was still running when it got SIGKILL
        for (int round = 0; round < rounds; round++) {
            int batches = 1 + random.nextInt(2);
            for (int k = 0; k < batches; k++) {
                int number = dropped.size() + 1;
                boolean broken = number % 4 == 0;
                // loose files now and then, when the inbox has none (two loose drops would be one batch)
                boolean loose = k == 0 && round % 3 == 2 && looseFiles(inbox).isEmpty();
                Path folder = loose ? inbox : inbox.resolve("batch-" + number);
                if (broken) {
                    Drops.brokenFrench(folder, number, "b" + number);
                } else {
                    Drops.french(folder, number, "b" + number);
                }
                dropped.add(new Dropped(number, Drops.FRENCH_FILES.stream().map(f -> Drops.named(f, "b" + number))
                        .toList(), broken));
            }
            long started = starts(output);
            Process watcher = Watcher.start(root, output);
            Watcher.await("the watcher up", Duration.ofSeconds(60), () -> starts(output) > started);
            if (killAtSomeMoment(watcher, round % 3, random)) {
                killedAlive++;
            }
            assertConsistent("after kill in round " + round + " (seed " + seed + ")", false);
        }
        Process last = Watcher.start(root, output, "--once");
        assertThat(last.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(last.exitValue()).as(Files.readString(output)).isZero();
        assertConsistent("after the last restart (seed " + seed + ")", true);
        assertThat(killedAlive).as("rounds where the watcher was killed alive (seed " + seed + ")").isPositive();
    }

    /**
     * SIGKILL at a random moment once the watcher is up (waiting, taking a batch, running it), or
     * right after a run's outputs appear in outbox (between the register commit and the archiving
     * of the inputs), or right after a refused batch reaches failed/ or gets its error.txt.
     */
    /** Kills the watcher at a moment chosen by {@code mode}; true when it was still running then. */
    private boolean killAtSomeMoment(Process watcher, int mode, Random random) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
        if (mode == 0) {
            watcher.waitFor(random.nextInt(4000), TimeUnit.MILLISECONDS);
        } else {
            int outputs = visible(root.resolve("outbox")).size();
            int refused = visible(root.resolve("failed")).size();
            while (watcher.isAlive() && System.nanoTime() < deadline && (mode == 1
                    ? visible(root.resolve("outbox")).size() == outputs
                    : visible(root.resolve("failed")).size() == refused && !explanationWritten())) {
                Thread.sleep(1);
            }
        }
        boolean alive = watcher.isAlive();
        watcher.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
        return alive;
    }

    private boolean explanationWritten() throws IOException {
        for (String id : visible(root.resolve(".processing"))) {
            if (Files.exists(root.resolve(".processing").resolve(id).resolve("error.txt"))) {
                return true;
            }
        }
        return false;
    }

    private static long starts(Path output) throws IOException {
        return Files.exists(output) ? Files.readAllLines(output).stream().filter(line -> line.contains("INFO  watching"))
                .count() : 0;
    }

    private static List<Path> looseFiles(Path inbox) throws IOException {
        try (Stream<Path> entries = Files.list(inbox)) {
            return entries.filter(Files::isRegularFile).toList();
        }
    }

    /** Where every file is now: its name (unique to its batch) and the folders holding it. */
    private Map<String, List<Path>> places() throws IOException {
        Map<String, List<Path>> places = new HashMap<>();
        for (String folder : List.of("inbox", ".processing", "archive", "failed", "outbox")) {
            if (!Files.isDirectory(root.resolve(folder))) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root.resolve(folder))) {
                files.filter(Files::isRegularFile).forEach(file -> places
                        .computeIfAbsent(file.getFileName().toString(), name -> new ArrayList<>()).add(file));
            }
        }
        return places;
    }

    private void assertConsistent(String when, boolean finished) throws IOException {
        Map<String, List<Path>> places = places();
        for (Dropped batch : dropped) {
            for (String file : batch.files()) {
                assertThat(places.get(file)).as(when + ": " + file + " is in exactly one place").hasSize(1);
            }
        }
        List<String> archived = visible(root.resolve("archive"));
        List<String> failed = visible(root.resolve("failed"));
        List<String> processing = visible(root.resolve(".processing"));
        Path registerFile = root.resolve("register.sqlite");
        List<RegisterRun> runs = List.of();
        List<RegisterReimbursement> reimbursements = List.of();
        if (Files.exists(registerFile)) {
            try (Register register = Registers.open(registerFile, Register.DEFAULT_BUSY_TIMEOUT)) {
                runs = register.runs();
                reimbursements = register.reimbursements(null, null, null, null);
            }
        }
        Set<String> runIds = runs.stream().map(RegisterRun::runId).collect(Collectors.toSet());

        assertThat(visible(root.resolve("outbox"))).as(when + ": an output folder for each run, and only then")
                .containsExactlyInAnyOrderElementsOf(runIds);
        for (String id : archived) {
            assertThat(runIds).as(when + ": archived batch " + id + " has its run").contains(id);
            assertThat(Files.readString(root.resolve("outbox").resolve(id).resolve("manifest.json")))
                    .containsPattern("\"runId\"\\s*:\\s*\"" + id + "\"");
        }
        for (String id : failed) {
            assertThat(runIds).as(when + ": refused batch " + id + " has no run").doesNotContain(id);
            assertThat(Files.exists(root.resolve("failed").resolve(id).resolve("error.txt"))
                    || Files.exists(root.resolve(".processing").resolve(id).resolve("error.txt")))
                    .as(when + ": refused batch " + id + " is explained").isTrue();
        }
        for (String id : runIds) {
            assertThat(archived.contains(id) || Files.isDirectory(root.resolve(".processing").resolve(id)
                    .resolve("inputs"))).as(when + ": run " + id + " is archived or still to be archived").isTrue();
        }
        Set<String> reimbursed = new HashSet<>();
        for (RegisterReimbursement line : reimbursements) {
            assertThat(reimbursed.add(line.customer() + "/" + line.currency()))
                    .as(when + ": " + line.customer() + " reimbursed twice").isTrue();
        }
        for (RegisterRun run : runs) {
            List<RegisterReimbursement> lines = reimbursements.stream()
                    .filter(line -> line.runId().equals(run.runId())).toList();
            assertThat(lines).as(when + ": run " + run.runId()).hasSize(5);
            String customers = lines.get(0).customer().substring(0, 4);
            assertThat(lines).allMatch(line -> line.customer().startsWith(customers));
            Path files = archived.contains(run.runId()) ? root.resolve("archive").resolve(run.runId())
                    : root.resolve(".processing").resolve(run.runId()).resolve("inputs");
            int number = Integer.parseInt(customers.substring(1));
            assertThat(Watcher.names(files)).as(when + ": run " + run.runId() + " is the batch of its files")
                    .containsExactlyInAnyOrderElementsOf(dropped.get(number - 1).files());
        }
        if (!finished) {
            return;
        }
        assertThat(processing).as(when).isEmpty();
        assertThat(Watcher.names(root.resolve("inbox"))).as(when).isEmpty();
        for (Dropped batch : dropped) {
            Path folder = places.get(batch.files().get(0)).get(0).getParent();
            for (String file : batch.files()) {
                assertThat(places.get(file).get(0).getParent()).as(when + ": batch " + batch.number() + " kept together")
                        .isEqualTo(folder);
            }
            assertThat(folder.getParent()).as(when + ": batch " + batch.number())
                    .isEqualTo(root.resolve(batch.broken() ? "failed" : "archive"));
        }
        assertThat(runs).as(when + ": one run per good batch")
                .hasSize((int) dropped.stream().filter(batch -> !batch.broken()).count());
    }
}
