package io.reimburse.afterrun;

import io.reimburse.cli.CliRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the register learns that the ERP posted a reimbursement without anyone typing it: an export of
 * posted invoices dropped beside the balances (or given with --posted), or, at transaction level, the
 * reimbursement's own invoice among the customer's documents.
 */
class PostedInTheErpTest {

    @TempDir
    Path temp;
    private Snapshots snapshots;

    @BeforeEach
    void october() throws Exception {
        snapshots = new Snapshots(temp);
        CliRunner.Result october = snapshots.run(snapshots.snapshot("2026-10-31",
                List.of("C100;-30.00", "C200;-250.00")));
        assertThat(october.status()).as(october.err()).isZero();
        snapshots.madeOn(snapshots.lastRunId(), "2026-11-05");
    }

    @Test
    void anExportOfPostedInvoicesBesideTheBalancesMarksThemPosted() throws Exception {
        Path november = snapshots.snapshot("2026-11-30", List.of("C100;-30.00", "C200;-40.00"));
        Files.write(november.resolve("posted-journal.csv"), List.of("Invoice;Vendor account;Posted on;Amount",
                "INV-77;V900;2026-11-02;12.00", "RMB-000002;OTV-000002;2026-11-06 14:32;250.00"),
                StandardCharsets.UTF_8);

        CliRunner.Result run = snapshots.run(november);

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 reimbursed").contains("1 PENDING_REIMBURSEMENT")
                .contains("1 earlier reimbursement(s) now known posted");
        assertThat(snapshots.lastRows("reimbursements.csv")).singleElement()
                .satisfies(line -> assertThat(line).startsWith("FR01,C200,").contains(",40.00,"));
        assertThat(Files.readString(snapshots.lastOut().resolve("manifest.json")))
                .contains("\"invoice\" : \"RMB-000002\"").contains("\"postedOn\" : \"2026-11-06\"")
                .contains("posted-journal.csv, row 3");
        CliRunner.Result list = snapshots.register("list");
        assertThat(list.out()).contains("posted 2026-11-06");
        assertThat(lineOf(list.out(), "RMB-000001")).as("not in the export").contains("pending");
    }

    @Test
    void anExportWithoutAPostingDatePostsOnTheRunsDayWhichLaterBalancesShow() throws Exception {
        Path november = snapshots.snapshot("2026-11-30", List.of("C200;-250.00"));
        Path export = temp.resolve("vendor-transactions.csv");
        Files.write(export, List.of("Vendor account,Invoice,Date,Amount", "OTV-000002,RMB-000002,2026-11-01,250.00"),
                StandardCharsets.UTF_8);

        CliRunner.Result run = snapshots.run(november, "--posted", export.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).as("the accounting date is not the posting date").contains("1 PENDING_REIMBURSEMENT");
        assertThat(snapshots.register("list", "--customer", "C200").out()).contains("posted " + LocalDate.now());
    }

    @Test
    void aPostingDateThatCannotBeReadRefusesTheRunNamingTheCell() throws Exception {
        Path november = snapshots.snapshot("2026-11-30", List.of("C200;-40.00"));
        Files.write(november.resolve("posted.csv"), List.of("Invoice;Posted on", "RMB-000002;le 6 novembre"),
                StandardCharsets.UTF_8);

        CliRunner.Result run = snapshots.run(november);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("posted.csv").contains("row 2").contains("Posted on").contains("le 6 novembre");
        assertThat(snapshots.lastOut()).doesNotExist();
        assertThat(snapshots.register("list").out()).doesNotContain("posted");
    }

    @Test
    void atTransactionLevelTheReimbursementInvoiceAmongTheDocumentsIsPosted() throws Exception {
        Path november = snapshots.snapshot("2026-11-30", List.of());
        Files.write(november.resolve("balances.csv"), List.of("CustomerAccount;Name;Currency;Voucher;Invoice;Amount",
                "C200;Customer C200;EUR;CRN-0001;CN-0001;-250.00",
                "C200;Customer C200;EUR;APJ-0042;RMB-000002;250.00",
                "C200;Customer C200;EUR;CRN-0002;CN-0002;-40.00"), StandardCharsets.UTF_8);
        Files.write(november.resolve("parameters.csv"), List.of("IncludeCustomersWithDebitTransactions;Yes"),
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        CliRunner.Result run = snapshots.run(november);

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(snapshots.lastRows("reimbursements.csv")).singleElement()
                .satisfies(line -> assertThat(line).contains(",C200,").contains(",40.00,"));
        assertThat(lineOf(snapshots.register("list", "--customer", "C200").out(), "RMB-000002"))
                .contains("posted 2026-11-30");
    }

    @Test
    void aDryRunRecordsNoPosting() throws Exception {
        Path november = snapshots.snapshot("2026-11-30", List.of("C200;-40.00"));
        Files.write(november.resolve("posted.csv"), List.of("Invoice;Posted on", "RMB-000002;2026-11-06"),
                StandardCharsets.UTF_8);

        CliRunner.Result dry = snapshots.run(november, "--dry-run");

        assertThat(dry.status()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("now known posted (not recorded: dry run)");
        assertThat(snapshots.register("list").out()).doesNotContain("posted");
    }

    private static String lineOf(String listing, String invoice) {
        return listing.lines().filter(line -> line.startsWith(invoice)).findFirst().orElseThrow();
    }
}
