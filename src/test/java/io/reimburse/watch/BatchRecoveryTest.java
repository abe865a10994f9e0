package io.reimburse.watch;

import io.reimburse.run.Registers;
import io.reimburse.register.Register;
import io.reimburse.register.RegisterRun;
import io.reimburse.register.RegisterUnavailable;
import io.reimburse.run.Run;
import io.reimburse.run.RunOptions;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every state a killed watcher can leave a batch in, made by hand, then carried to its end as a
 * restarted watcher does: finished, redone, or still waiting — never lost, never run twice.
 */
class BatchRecoveryTest {

    private static final String ID = "20261125-101500-a3f2";

    @TempDir
    Path temp;

    private DropFolder drop;
    private BatchRun batchRun;
    private final StringWriter console = new StringWriter();

    @BeforeEach
    void dropFolder() {
        drop = DropFolder.create(temp.resolve("root"));
        batchRun = new BatchRun(drop, drop.defaultRegister(), new WatchLog(drop.logFile(), new PrintWriter(console)),
                Clock.systemDefaultZone());
    }

    private Batch dropped(String folder) throws IOException {
        return new BatchScanner(drop.inbox()).scan().stream()
                .filter(b -> folder == null ? b.loose() : folder.equals(b.folder())).findFirst().orElseThrow();
    }

    private ClaimedBatch claim(Batch batch) throws IOException {
        return ClaimedBatch.claim(drop, batch, ID, Instant.now());
    }

    private void complete() throws IOException {
        for (ClaimedBatch pending : ClaimedBatch.pending(drop)) {
            batchRun.complete(pending);
        }
        assertThat(drop.processing()).isEmptyDirectory();
    }

    /** The run the batch makes, made directly: as if the watcher was killed right after it. */
    private void runCommitted(ClaimedBatch claimed) {
        Run.execute(RunOptions.forBatch(List.of(claimed.inputs()), drop.outbox().resolve(ID), drop.defaultRegister(),
                Clock.systemDefaultZone(), ID));
    }

    private List<RegisterRun> runs() {
        try (Register register = Registers.open(drop.defaultRegister(), Register.DEFAULT_BUSY_TIMEOUT)) {
            return register.runs();
        }
    }

    private int reimbursements() {
        try (Register register = Registers.open(drop.defaultRegister(), Register.DEFAULT_BUSY_TIMEOUT)) {
            return register.reimbursements(null, null, null, null).size();
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void assertDone() throws IOException {
        assertThat(names(drop.archive().resolve(ID))).containsExactlyInAnyOrderElementsOf(Drops.FRENCH_FILES);
        assertThat(Files.readString(drop.outbox().resolve(ID).resolve("manifest.json")))
                .containsPattern("\"runId\"\\s*:\\s*\"" + ID + "\"");
        assertThat(runs()).extracting(RegisterRun::runId).containsExactly(ID);
        assertThat(reimbursements()).isEqualTo(5);
        assertThat(drop.failed()).isEmptyDirectory();
    }

    @Test
    void claimedAndNotRunIsRun() throws IOException {
        Drops.french(drop.inbox().resolve("october"), 1, "");
        claim(dropped("october"));
        complete();
        assertDone();
        assertThat(drop.inbox()).isEmptyDirectory();
    }

    @Test
    void stoppedBeforeAnyFileLeftTheInboxTheBatchStillWaits() throws IOException {
        Drops.french(drop.inbox().resolve("october"), 1, "");
        ClaimedBatch claimed = claim(dropped("october"));
        Files.move(claimed.inputs(), drop.inbox().resolve("october"));
        Files.delete(drop.processing().resolve(ID).resolve("claimed"));
        complete();
        assertThat(names(drop.inbox().resolve("october"))).containsExactlyInAnyOrderElementsOf(Drops.FRENCH_FILES);
        assertThat(drop.archive()).isEmptyDirectory();
        assertThat(drop.defaultRegister()).doesNotExist();
    }

    @Test
    void looseFilesPartlyMovedAreTakenWholeWhenUnchanged() throws IOException {
        Drops.french(drop.inbox(), 1, "");
        ClaimedBatch claimed = claim(dropped(null));
        // killed after moving the first file: the others are still in the inbox (a move keeps the time)
        Files.move(claimed.inputs().resolve("parametres.csv"), drop.inbox().resolve("parametres.csv"));
        Files.move(claimed.inputs().resolve("fournisseurs.csv"), drop.inbox().resolve("fournisseurs.csv"));
        Files.delete(drop.processing().resolve(ID).resolve("claimed"));
        complete();
        assertDone();
        assertThat(drop.inbox()).isEmptyDirectory();
    }

    @Test
    void aLooseFileChangedWhileTheWatcherWasDownIsLeftForTheNextBatch() throws IOException {
        Drops.french(drop.inbox(), 1, "");
        Files.writeString(drop.inbox().resolve("notes.txt"), "first");
        ClaimedBatch claimed = claim(dropped(null));
        Files.move(claimed.inputs().resolve("notes.txt"), drop.inbox().resolve("notes.txt"));
        Files.delete(drop.processing().resolve(ID).resolve("claimed"));
        Files.writeString(drop.inbox().resolve("notes.txt"), "second, longer");
        complete();
        assertThat(drop.inbox().resolve("notes.txt")).hasContent("second, longer");
        assertDone();
    }

    @Test
    void committedButNotArchivedIsFinishedWithoutRunningAgain() throws IOException {
        Drops.french(drop.inbox().resolve("october"), 1, "");
        runCommitted(claim(dropped("october")));
        complete();
        assertDone();
        assertThat(console.toString()).contains("its run was recorded before the watcher stopped");
    }

    @Test
    void committedWithOutputsStillInTheirTemporaryFolderIsFinished() throws IOException, SQLException {
        Drops.french(drop.inbox().resolve("october"), 1, "");
        runCommitted(claim(dropped("october")));
        // killed between the register commit and the rename of the output folder
        Path temporary = drop.outbox().resolve("." + ID + ".tmp-killed");
        Files.move(drop.outbox().resolve(ID), temporary);
        try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + drop.defaultRegister());
             PreparedStatement update = sql.prepareStatement("UPDATE run SET outputs_in_place = 0, "
                     + "output_temporary = ? WHERE run_id = ?")) {
            update.setString(1, temporary.toString());
            update.setString(2, ID);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        complete();
        assertDone();
        assertThat(temporary).doesNotExist();
    }

    @Test
    void archivedButNotCleanedUpIsCleanedUp() throws IOException {
        Drops.french(drop.inbox().resolve("october"), 1, "");
        ClaimedBatch claimed = claim(dropped("october"));
        runCommitted(claimed);
        Files.move(claimed.inputs(), drop.archive().resolve(ID));
        complete();
        assertDone();
    }

    @Test
    void aRunKilledBeforeItsCommitIsRunAgainAndItsTemporaryOutputRemoved() throws IOException {
        Drops.french(drop.inbox().resolve("october"), 1, "");
        claim(dropped("october"));
        Path abandoned = Files.createDirectories(drop.outbox().resolve("." + ID + ".tmp-killed"));
        Files.writeString(abandoned.resolve("reimbursements.csv"), "half");
        complete();
        assertDone();
        assertThat(abandoned).doesNotExist();
    }

    @Test
    void aBatchWaitsInProcessingWhileTheRegisterCannotBeUsed() throws IOException {
        Drops.french(drop.inbox().resolve("october"), 1, "");
        ClaimedBatch claimed = claim(dropped("october"));
        Files.writeString(drop.defaultRegister(), "not a database, damaged by someone".repeat(100));
        assertThatThrownBy(() -> batchRun.complete(claimed)).isInstanceOf(RegisterUnavailable.class)
                .hasMessageContaining("is not a reimburse register");
        assertThat(claimed.inputs()).isDirectory();
        assertThat(drop.failed()).isEmptyDirectory();

        Files.delete(drop.defaultRegister()); // repaired
        complete();
        assertDone();
    }

    @Test
    void refusedWithItsExplanationWrittenGoesToFailedWithoutRunningAgain() throws IOException {
        Drops.brokenFrench(drop.inbox().resolve("october"), 1, "");
        ClaimedBatch claimed = claim(dropped("october"));
        claimed.writeExplanation("the explanation written before the kill\n");
        complete();
        assertThat(names(drop.failed().resolve(ID))).containsExactlyInAnyOrder("error.txt", "soldes-clients.csv",
                "parametres.csv", "fournisseurs.csv");
        assertThat(drop.failed().resolve(ID).resolve("error.txt")).content()
                .contains("the explanation written before the kill");
        assertThat(drop.archive()).isEmptyDirectory();
    }

    @Test
    void movedToFailedButExplanationNotYetBesideItIsFinished() throws IOException {
        Drops.brokenFrench(drop.inbox().resolve("october"), 1, "");
        ClaimedBatch claimed = claim(dropped("october"));
        claimed.writeExplanation("explained\n");
        Files.move(claimed.inputs(), drop.failed().resolve(ID));
        complete();
        assertThat(names(drop.failed().resolve(ID))).contains("error.txt").hasSize(4);
    }

    @Test
    void aRefusedBatchIsExplainedInTheLanguageOfItsParameters() throws IOException {
        Drops.brokenFrench(drop.inbox().resolve("october"), 1, "");
        claim(dropped("october"));
        complete();
        String explanation = Files.readString(drop.failed().resolve(ID).resolve("error.txt"));
        assertThat(explanation).startsWith("\uFEFFreimburse n'a pas traité ce lot")
                .contains("Lot         " + ID)
                .contains("comme sous-dossier « october » de inbox")
                .containsPattern("Dans parametres\\.csv, ligne 22, colonne Paramètre :\r\n   unknown parameter "
                        + "'Remboursement maximal'")
                .contains("Que faire");
        assertThat(drop.defaultRegister()).as("nothing was recorded").satisfiesAnyOf(
                register -> assertThat(register).doesNotExist(), register -> assertThat(runs()).isEmpty());
    }

    @Test
    void aBatchPutBackWithItsErrorTxtIsRunAndTheOldExplanationIsKept() throws IOException {
        Path october = Drops.brokenFrench(drop.inbox().resolve("october"), 1, "");
        Files.writeString(october.resolve("error.txt"), "reimburse did not process this batch\n(an earlier refusal)");
        claim(dropped("october"));
        complete();
        Path failed = drop.failed().resolve(ID);
        assertThat(failed.resolve("error.txt")).content().contains("unknown parameter");
        assertThat(failed.resolve("error.txt.1")).content().contains("(an earlier refusal)");

        PathUtils.deleteDirectory(drop.failed().resolve(ID));
        Drops.french(october, 1, "");
        Files.writeString(october.resolve("error.txt"), "reimburse did not process this batch\n(an earlier refusal)");
        claim(dropped("october"));
        complete();
        assertThat(names(drop.archive().resolve(ID))).contains("error.txt").hasSize(4);
        assertThat(reimbursements()).as("error.txt is not read as a table").isEqualTo(5);
    }
}
