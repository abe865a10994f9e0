package io.reimburse.afterrun;

import io.reimburse.cli.CliRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gap between a run and the ERP's posting (issue 15): C200's credit of 250.00 is reimbursed from
 * the balances of 31 October; the journal is not posted yet when the November export, which still
 * shows the credit, is run.
 */
class PendingUntilPostedTest {

    @TempDir
    Path temp;
    private Snapshots snapshots;
    private String octoberRun;

    @BeforeEach
    void october() throws Exception {
        snapshots = new Snapshots(temp);
        CliRunner.Result october = snapshots.run(snapshots.snapshot("2026-10-31",
                List.of("C100;-30.00", "C200;-250.00", "C300;120.00")));
        assertThat(october.status()).as(october.err()).isZero();
        assertThat(snapshots.lastRows("reimbursements.csv")).extracting(line -> line.split(",")[1] + " "
                + line.split(",")[5] + " " + line.split(",")[8])
                .containsExactly("C100 30.00 RMB-000001", "C200 250.00 RMB-000002");
        octoberRun = snapshots.lastRunId();
        snapshots.madeOn(octoberRun, "2026-11-05");
    }

    @Test
    void theNovemberExportStillShowingTheCreditRefundsNothingTwice() throws Exception {
        CliRunner.Result november = snapshots.run(snapshots.snapshot("2026-11-30",
                List.of("C200;-250.00", "C300;80.00")));

        assertThat(november.status()).as(november.err()).isZero();
        assertThat(november.out()).contains("0 reimbursed").contains("1 PENDING_REIMBURSEMENT");
        assertThat(snapshots.lastRows("reimbursements.csv")).isEmpty();
        assertThat(Files.readString(snapshots.lastOut().resolve("manifest.json")))
                .contains("\"PENDING_REIMBURSEMENT\" : 1");
        CliRunner.Result list = snapshots.register("list", "--customer", "C200");
        assertThat(list.out()).contains("RMB-000002").contains("pending").contains("1 reimbursement(s)");
    }

    @Test
    void aNewCreditBesideThePendingOneIsRefundedForTheRemainderOnly() throws Exception {
        CliRunner.Result november = snapshots.run(snapshots.snapshot("2026-11-30", List.of("C200;-400.00")));

        assertThat(november.status()).as(november.err()).isZero();
        assertThat(snapshots.lastRows("reimbursements.csv")).singleElement().satisfies(line -> {
            String[] fields = line.split(",");
            assertThat(fields[1]).isEqualTo("C200");
            assertThat(fields[4]).as("balance").isEqualTo("-400.00");
            assertThat(fields[5]).as("amount").isEqualTo("150.00");
            assertThat(fields[8]).isEqualTo("RMB-000003");
        });
    }

    @Test
    void oncePostedBeforeTheNextBalancesItIsNoLongerSubtracted() throws Exception {
        CliRunner.Result posted = snapshots.register("posted", octoberRun, "--date", "2026-11-06");
        assertThat(posted.status()).as(posted.err()).isZero();
        assertThat(posted.out()).contains("2 reimbursement(s) marked posted on 2026-11-06");
        assertThat(snapshots.register("list", "--customer", "C200").out()).contains("posted 2026-11-06");

        // the December export no longer shows the 250.00; C200 has a new credit of 40.00
        CliRunner.Result december = snapshots.run(snapshots.snapshot("2026-12-31",
                List.of("C200;-40.00", "C300;10.00")));

        assertThat(december.status()).as(december.err()).isZero();
        assertThat(december.out()).contains("1 reimbursed").doesNotContain("PENDING");
        assertThat(snapshots.lastRows("reimbursements.csv")).singleElement()
                .satisfies(line -> assertThat(line.split(",")[5]).isEqualTo("40.00"));
    }

    @Test
    void postedAfterTheBalanceDateIsStillSubtractedFromThoseBalances() throws Exception {
        // posted on 2 December: the export of 30 November was taken before, and still shows the credit
        snapshots.madeOn(octoberRun, "2026-11-05");
        CliRunner.Result posted = snapshots.register("posted", "RMB-000002", "--date", "2026-12-01");
        assertThat(posted.status()).as(posted.err()).isZero();

        CliRunner.Result november = snapshots.run(snapshots.snapshot("2026-11-30", List.of("C200;-250.00")));

        assertThat(november.out()).contains("1 PENDING_REIMBURSEMENT");
    }

    @Test
    void aPostingDateBeforeTheRunWasMadeOrInTheFutureIsRefusedAndChangesNothing() {
        CliRunner.Result tooEarly = snapshots.register("posted", octoberRun, "--date", "2026-11-01");
        assertThat(tooEarly.status()).isEqualTo(2);
        assertThat(tooEarly.err()).contains("run " + octoberRun + " was made on 2026-11-05, after the posting date 2026-11-01");

        CliRunner.Result future = snapshots.register("posted", octoberRun, "--date", "2999-01-01");
        assertThat(future.status()).isEqualTo(2);
        assertThat(future.err()).contains("in the future");

        CliRunner.Result unknown = snapshots.register("posted", "RMB-000002", "RMB-999999");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("RMB-999999");

        assertThat(snapshots.register("list").out()).contains("pending").doesNotContain("posted");
    }

    @Test
    void markingPostedTwiceKeepsTheFirstDate() {
        assertThat(snapshots.register("posted", "RMB-000002", "--date", "2026-11-06").status()).isZero();

        CliRunner.Result again = snapshots.register("posted", octoberRun);

        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out()).contains("1 reimbursement(s) marked posted").contains("RMB-000001")
                .contains("RMB-000002 was already posted on 2026-11-06");
    }
}
