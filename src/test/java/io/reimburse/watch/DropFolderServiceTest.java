package io.reimburse.watch;

import io.reimburse.run.Registers;
import io.reimburse.register.Register;
import io.reimburse.register.RegisterRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.reimburse.watch.Watcher.names;
import static io.reimburse.watch.Watcher.visible;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code reimburse watch} in its own JVM, fed the way accountants feed a shared folder. */
class DropFolderServiceTest {

    private static final Duration LONG = Duration.ofSeconds(120);

    @TempDir
    Path temp;

    private Path root;
    private Path output;

    private String log() throws Exception {
        return Files.readString(output);
    }

    private Process startWatcher(String... extra) throws Exception {
        return startWatcher(1, extra);
    }

    private Process startWatcher(int settleSeconds, String... extra) throws Exception {
        root = temp.resolve("drop");
        output = temp.resolve("watch.out");
        Process watcher = Watcher.start(root, output, settleSeconds, extra);
        Watcher.await("the drop folder to be created", LONG, () -> Files.isDirectory(root.resolve("inbox")));
        return watcher;
    }

    private void stop(Process watcher) throws Exception {
        watcher.destroy(); // SIGTERM
        assertThat(watcher.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(watcher.exitValue()).as(log()).isZero();
    }

    private List<String> batchesIn(String folder) throws Exception {
        return visible(root.resolve(folder));
    }

    private String errorTxt(String id) throws Exception {
        return Files.readString(root.resolve("failed").resolve(id).resolve("error.txt"));
    }

    @Test
    void droppedBatchesAreRunFiledOrExplainedAndOpenFilesWait() throws Exception {
        Process watcher = startWatcher();
        Path inbox = root.resolve("inbox");
        // loose: the English workbook, open in Excel for now, and files that are never inputs
        Files.copy(Path.of("samples/en-workbook/reimbursement-inputs.xlsx"), inbox.resolve("reimbursement-inputs.xlsx"));
        Files.writeString(inbox.resolve("~$imbursement-inputs.xlsx"), "owner");
        for (String ignored : List.of("Thumbs.db", ".DS_Store", "notes.tmp", "balances.csv.crdownload")) {
            Files.writeString(inbox.resolve(ignored), "not an input");
        }
        // sub-folders: a good French batch, the same files again, a French and an English refusal,
        // and a batch open in LibreOffice
        Drops.french(inbox.resolve("a-october"), 1, "");
        Drops.french(inbox.resolve("b-october-again"), 1, "");
        Drops.brokenFrench(inbox.resolve("c-broken-fr"), 2, "");
        Files.createDirectories(inbox.resolve("d-broken-en"));
        Files.writeString(inbox.resolve("d-broken-en/balances.xlsx"), "this is not a workbook");
        Drops.french(inbox.resolve("e-locked"), 3, "");
        Files.writeString(inbox.resolve("e-locked/.~lock.soldes-clients.csv#"), "owner");

        Watcher.await("four batches taken", LONG, () -> batchesIn("archive").size() + batchesIn("failed").size() == 4);
        Thread.sleep(1500); // over the settle time again: the open files still wait
        assertThat(names(inbox)).contains("reimbursement-inputs.xlsx", "e-locked");
        assertThat(log()).contains("waits: a file is open (lock file ~$imbursement-inputs.xlsx)")
                .contains("waits: a file is open (lock file .~lock.soldes-clients.csv#)");

        Files.delete(inbox.resolve("~$imbursement-inputs.xlsx"));
        Files.delete(inbox.resolve("e-locked/.~lock.soldes-clients.csv#"));
        Watcher.await("the closed batches taken", LONG, () -> batchesIn("archive").size() == 3);
        stop(watcher);

        assertThat(names(inbox)).as("ignored files stay where they were")
                .containsExactlyInAnyOrder("Thumbs.db", ".DS_Store", "notes.tmp", "balances.csv.crdownload");
        assertThat(names(root.resolve(".processing"))).isEmpty();
        List<String> archived = batchesIn("archive");
        assertThat(batchesIn("outbox")).containsExactlyElementsOf(archived);
        List<List<String>> archivedFiles = new ArrayList<>();
        try (Register register = Registers.open(root.resolve("register.sqlite"), Register.DEFAULT_BUSY_TIMEOUT)) {
            assertThat(register.runs()).extracting(RegisterRun::runId).containsExactlyInAnyOrderElementsOf(archived);
            for (String id : archived) {
                assertThat(Files.readString(root.resolve("outbox").resolve(id).resolve("manifest.json")))
                        .containsPattern("\"runId\"\\s*:\\s*\"" + id + "\"");
                assertThat(register.reimbursements(null, id, null, null)).hasSize(5);
                archivedFiles.add(names(root.resolve("archive").resolve(id)));
            }
        }
        assertThat(archivedFiles).containsExactlyInAnyOrder(List.of("reimbursement-inputs.xlsx"),
                List.of("fournisseurs.csv", "parametres.csv", "soldes-clients.csv"),
                List.of("fournisseurs.csv", "parametres.csv", "soldes-clients.csv"));

        List<String> failed = batchesIn("failed");
        assertThat(failed).hasSize(3);
        String firstFrench = log().lines().filter(line -> line.contains("\"a-october\"") && line.contains(": done"))
                .findFirst().orElseThrow().replaceAll(".* batch (\\S+) .*", "$1");
        List<String> explanations = new ArrayList<>();
        for (String id : failed) {
            assertThat(names(root.resolve("failed").resolve(id))).contains("error.txt");
            explanations.add(errorTxt(id));
        }
        assertThat(explanations).anySatisfy(text -> assertThat(text).contains("« b-october-again »")
                .contains("Dans soldes-clients.csv").contains("already used by run " + firstFrench));
        assertThat(explanations).anySatisfy(text -> assertThat(text).startsWith("\uFEFFreimburse n'a pas traité ce lot")
                .contains("Dans parametres.csv, ligne 22, colonne Paramètre").contains("Remboursement maximal"));
        assertThat(explanations).anySatisfy(text -> assertThat(text).startsWith("\uFEFFreimburse did not process")
                .contains("\"d-broken-en\"").contains("In balances.xlsx:").contains("not an Excel workbook")
                .contains("What to do"));

        String logFile = Files.readString(root.resolve("reimburse.log"));
        assertThat(logFile).contains("watching " + root.toAbsolutePath().normalize()).contains(": taken, files")
                .contains(": done, 5 reimbursed").contains("25444.18 EUR in 5 reimbursement(s)")
                .contains("13122.93 USD in 5 reimbursement(s)").contains(": refused, 1 problem(s)")
                .contains("stopped on request");
    }

    @Test
    void filesWrittenSlowlyAreTakenOnlyOnceSettled() throws Exception {
        // settle time of 3 s for a line every 300 ms: a busy build machine may stall this thread for a
        // second, and the watcher would then rightly take the half-written file
        Process watcher = startWatcher(3);
        Path slow = Drops.french(root.resolve("inbox/slow"), 1, "");
        Path balances = slow.resolve("soldes-clients.csv");
        List<String> lines = Files.readAllLines(balances, Drops.CP1252);
        Files.writeString(balances, "", Drops.CP1252);
        for (String line : lines) { // one line every 300 ms, over four seconds
            Files.writeString(balances, line + "\r\n", Drops.CP1252, java.nio.file.StandardOpenOption.APPEND);
            assertThat(names(root.resolve(".processing"))).as("taken while being written").isEmpty();
            assertThat(batchesIn("archive")).isEmpty();
            assertThat(batchesIn("failed")).isEmpty();
            Thread.sleep(300);
        }
        Watcher.await("the batch done", LONG, () -> batchesIn("archive").size() == 1);
        stop(watcher);
        String id = batchesIn("archive").get(0);
        assertThat(root.resolve("archive").resolve(id).resolve("soldes-clients.csv"))
                .hasBinaryContent((String.join("\r\n", lines) + "\r\n").getBytes(Drops.CP1252));
        assertThat(Files.readString(root.resolve("outbox").resolve(id).resolve("reimbursements.csv")).lines())
                .hasSize(6);
    }

    @Test
    void sigtermDuringABatchLetsItFinishAndExitsZero() throws Exception {
        Process watcher = startWatcher();
        Path big = Files.createDirectories(root.resolve("inbox-staging"));
        Files.copy(Path.of("samples/fr/parametres.csv"), big.resolve("parametres.csv"));
        StringBuilder balances = new StringBuilder("Compte client;Nom;Groupe client;Devise;Solde\r\n");
        // big enough to be still running when the test sees it taken, even on a fast machine
        for (int i = 0; i < 20_000; i++) {
            balances.append(String.format("G%05d;Client %d;DETAIL;EUR;-%d,%02d\r\n", i, i, 10 + i % 500, i % 100));
        }
        Files.writeString(big.resolve("soldes.csv"), balances);
        Files.move(big, root.resolve("inbox/big"));

        Watcher.await("the batch taken", LONG, () -> log().contains(": taken"));
        assertThat(batchesIn("archive")).as("still running when SIGTERM comes").isEmpty();
        stop(watcher);

        assertThat(log()).contains("stopped on request");
        assertThat(names(root.resolve(".processing"))).isEmpty();
        List<String> archived = batchesIn("archive");
        assertThat(archived).hasSize(1);
        assertThat(root.resolve("outbox").resolve(archived.get(0)).resolve("manifest.json")).exists();
        assertThat(Files.readString(root.resolve("outbox").resolve(archived.get(0)).resolve("reimbursements.csv"))
                .lines()).hasSize(20_001);
    }

    @Test
    void onceTakesWhatIsSettledAndExits() throws Exception {
        root = temp.resolve("drop");
        output = temp.resolve("watch.out");
        Drops.french(root.resolve("inbox/october"), 1, "");
        Drops.french(root.resolve("inbox"), 2, "loose");

        Process watcher = Watcher.start(root, output, "--once");
        assertThat(watcher.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(watcher.exitValue()).as(log()).isZero();

        assertThat(batchesIn("archive")).hasSize(2);
        assertThat(batchesIn("outbox")).hasSize(2);
        assertThat(names(root.resolve("inbox"))).isEmpty();
        assertThat(log()).contains("done: nothing more is settled in the inbox");
    }

    @Test
    void aSecondWatcherOnTheSameFolderIsRefused() throws Exception {
        Process watcher = startWatcher();
        Path second = temp.resolve("second.out");
        Process other = Watcher.start(root, second);
        assertThat(other.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(other.exitValue()).isEqualTo(2);
        assertThat(Files.readString(second)).contains("another 'reimburse watch' is serving");
        stop(watcher);
    }
}
