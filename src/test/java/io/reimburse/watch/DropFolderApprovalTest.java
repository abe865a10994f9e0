package io.reimburse.watch;

import io.reimburse.register.Proposals;
import io.reimburse.register.Register;
import io.reimburse.run.Registers;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drop folder with RequireApproval = Yes (issue 13): a batch of the inbox becomes a proposal in
 * the outbox; the reviewed workbook dropped into approve/ is approved by the name in its Approved
 * by cell, the file's owner recorded; without a name it is refused into failed/ with error.txt.
 */
class DropFolderApprovalTest {

    @TempDir
    Path temp;

    DropFolder drop;
    StringWriter console = new StringWriter();

    /** One pass of the watcher over what is there (settled at once). */
    void watchOnce() {
        WatchOptions options = new WatchOptions(drop.defaultRegister(), Duration.ZERO, Duration.ofMillis(50), true);
        try (WatchService service = new WatchService(drop, options, new WatchLog(drop.logFile(),
                new PrintWriter(console, true)))) {
            service.run();
        }
    }

    static void approvedBy(Path workbook, String name) throws IOException {
        XSSFWorkbook opened;
        try (InputStream in = Files.newInputStream(workbook)) {
            opened = new XSSFWorkbook(in);
        }
        try (opened) {
            Sheet summary = opened.getSheet("Synthèse");
            for (Row row : summary) {
                if (row.getCell(0) != null && row.getCell(0).toString().equals("Approuvé par")) {
                    row.getCell(1).setCellValue(name);
                }
            }
            try (OutputStream out = Files.newOutputStream(workbook)) {
                opened.write(out);
            }
        }
    }

    @Test
    void aBatchIsProposedThenApprovedByTheNameInItsWorkbook() throws Exception {
        drop = DropFolder.create(temp.resolve("root"));
        Path batch = Drops.french(drop.inbox().resolve("october"), 1, "");
        Files.writeString(batch.resolve("parametres.csv"), Files.readString(batch.resolve("parametres.csv"),
                Drops.CP1252) + "Approbation requise;Oui\r\n", Drops.CP1252);

        watchOnce();

        List<String> outbox = Watcher.visible(drop.outbox());
        assertThat(outbox).as(console.toString()).hasSize(1);
        Path proposed = drop.outbox().resolve(outbox.get(0));
        assertThat(Watcher.visible(proposed)).containsExactlyInAnyOrder("proposal.xlsx", "manifest.json");
        assertThat(drop.archive().resolve(outbox.get(0)).resolve("soldes-clients.csv")).exists();
        assertThat(console.toString()).contains("proposed (RequireApproval)");

        // unnamed: refused, explained
        Files.copy(proposed.resolve("proposal.xlsx"), drop.approve().resolve("proposal.xlsx"));
        watchOnce();
        List<String> failed = Watcher.visible(drop.failed());
        assertThat(failed).as(console.toString()).hasSize(1);
        assertThat(drop.failed().resolve(failed.get(0)).resolve("proposal.xlsx")).exists();
        assertThat(Files.readString(drop.failed().resolve(failed.get(0)).resolve("error.txt")))
                .contains("Approved by");

        // named: approved, the run in the outbox
        Path reviewed = drop.approve().resolve("proposal.xlsx");
        Files.copy(proposed.resolve("proposal.xlsx"), reviewed);
        approvedBy(reviewed, "bob");
        watchOnce();

        List<String> runs = Watcher.visible(drop.outbox()).stream().filter(id -> !id.equals(outbox.get(0))).toList();
        assertThat(runs).as(console.toString()).hasSize(1);
        assertThat(drop.outbox().resolve(runs.get(0)).resolve("reimbursements.csv")).exists();
        assertThat(drop.archive().resolve(runs.get(0)).resolve("proposal.xlsx")).exists();
        assertThat(Watcher.visible(drop.approve())).isEmpty();
        try (Register opened = Registers.open(drop.defaultRegister(), Register.DEFAULT_BUSY_TIMEOUT)) {
            Proposals.Recorded recorded = opened.proposals().all().get(0);
            assertThat(recorded.state(Instant.now())).isEqualTo(Proposals.State.APPROVED);
            assertThat(recorded.proposal().proposer()).isEqualTo(System.getProperty("user.name"));
            Proposals.Approved approval = opened.proposals().approval(recorded).orElseThrow();
            assertThat(approval.approver()).isEqualTo("bob");
            assertThat(approval.fileOwner()).isEqualTo(Files.getOwner(drop.archive().resolve(runs.get(0))
                    .resolve("proposal.xlsx")).getName());
            assertThat(approval.runId()).isEqualTo(runs.get(0));
        }
    }
}
