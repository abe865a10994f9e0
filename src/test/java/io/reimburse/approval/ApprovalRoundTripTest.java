package io.reimburse.approval;

import io.reimburse.cli.CliRunner;
import io.reimburse.model.RunRefused;
import io.reimburse.register.Proposals;
import io.reimburse.register.Register;
import io.reimburse.run.Approve;
import io.reimburse.run.Registers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.reimburse.approval.ApprovalTest.REIMBURSEMENTS;
import static io.reimburse.approval.ReviewerEdits.edit;
import static io.reimburse.approval.ReviewerEdits.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A proposal through another program (LibreOffice), through time (expired), through two approvers at
 * once, and through an approval whose outputs fail: approved once, or approvable still, never half.
 */
class ApprovalRoundTripTest {

    @TempDir
    Path temp;

    Path register;
    Path inputs;

    @BeforeEach
    void sample() throws IOException {
        register = temp.resolve("register.sqlite");
        inputs = temp.resolve("fr");
        Files.createDirectories(inputs.resolve("templates"));
        for (String file : new String[] {"parametres.csv", "soldes-clients.csv", "fournisseurs.csv"}) {
            Files.copy(Path.of("samples/fr").resolve(file), inputs.resolve(file));
        }
    }

    Path propose() {
        CliRunner.Result cli = CliRunner.run("propose", inputs.toString(), "--out", temp.resolve("proposal").toString(),
                "--by", "alice", "--register", register.toString());
        assertThat(cli.status()).as(cli.err()).isZero();
        return temp.resolve("proposal/proposal.xlsx");
    }

    Approve.Options approval(Path workbook, String approver, String out, Clock clock) {
        return new Approve.Options(workbook, approver, temp.resolve(out), register, Duration.ofSeconds(60), clock, "",
                null, false);
    }

    Proposals.State state() {
        try (Register opened = Registers.open(register, Register.DEFAULT_BUSY_TIMEOUT)) {
            return opened.proposals().all().get(0).state(Instant.now());
        }
    }

    int runs() {
        try (Register opened = Registers.open(register, Register.DEFAULT_BUSY_TIMEOUT)) {
            return opened.runs().size();
        }
    }

    @Test
    void aProposalSavedAgainByLibreOfficeIsApproved() throws Exception {
        Optional<Path> soffice = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(folder -> Path.of(folder, "soffice")).filter(Files::isExecutable).findFirst();
        assumeTrue(soffice.isPresent(), "LibreOffice (soffice) is not installed, so a proposal saved by it is not "
                + "checked: install libreoffice-calc-nogui (.ci/run does)");
        Path proposal = propose();
        edit(proposal, set(REIMBURSEMENTS, "C00092", "Approuver", "Non")
                .andThen(set(REIMBURSEMENTS, "C00092", "Commentaire", "nom suspect")));
        Path saved = temp.resolve("saved");
        Process process = new ProcessBuilder(soffice.get().toString(), "-env:UserInstallation="
                + temp.resolve("libreoffice-profile").toUri(), "--headless", "--convert-to", "xlsx", "--outdir",
                saved.toString(), proposal.toString()).redirectErrorStream(true)
                .redirectOutput(temp.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("LibreOffice saved within 3 minutes").isTrue();
        Path resaved = saved.resolve("proposal.xlsx");
        assertThat(resaved).as(Files.readString(temp.resolve("soffice.log"))).exists();
        assertThat(Files.readAllBytes(resaved)).isNotEqualTo(Files.readAllBytes(proposal));

        CliRunner.Result cli = CliRunner.run("approve", resaved.toString(), "--by", "bob", "--register",
                register.toString(), "--out", temp.resolve("approved").toString());

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("4 reimbursed").contains("1 line(s) rejected");
        assertThat(Files.readString(temp.resolve("approved/reimbursements.csv"))).doesNotContain("C00092")
                .contains("C00118");
    }

    @Test
    void aProposalOlderThanProposalValidDaysIsExpired() {
        Path proposal = propose();
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofDays(7).plusMinutes(1));

        assertThatThrownBy(() -> Approve.execute(approval(proposal, "bob", "approved", later)))
                .isInstanceOf(RunRefused.class).hasMessageContaining("is expired")
                .hasMessageContaining("ProposalValidDays");
        assertThat(temp.resolve("approved")).doesNotExist();
        assertThat(runs()).isZero();
        try (Register opened = Registers.open(register, Register.DEFAULT_BUSY_TIMEOUT)) {
            Proposals.Recorded recorded = opened.proposals().all().get(0);
            assertThat(recorded.state(Instant.now().plus(Duration.ofDays(8)))).isEqualTo(Proposals.State.EXPIRED);
            assertThat(recorded.state(Instant.now())).isEqualTo(Proposals.State.PROPOSED);
        }
        // six days later it is still valid
        Clock inTime = Clock.offset(Clock.systemUTC(), Duration.ofDays(6));
        assertThat(Approve.execute(approval(proposal, "bob", "approved", inTime)).result().decisions()
                .reimbursements()).hasSize(5);
    }

    @Test
    void twoApprovalsAtOnceCommitOneRun() throws Exception {
        Path proposal = propose();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (String approver : new String[] {"bob", "carol"}) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    Approve.execute(approval(proposal, approver, "approved-" + approver, Clock.systemUTC()));
                    return "approved";
                } catch (RunRefused refused) {
                    return refused.getMessage();
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(2, TimeUnit.MINUTES));
        }
        pool.shutdown();

        assertThat(results).filteredOn("approved"::equals).hasSize(1);
        assertThat(results).filteredOn(result -> !result.equals("approved")).singleElement().asString()
                .containsAnyOf("approved already", "by someone else meanwhile");
        assertThat(runs()).isEqualTo(1);
        assertThat(state()).isEqualTo(Proposals.State.APPROVED);
        assertThat(Files.exists(temp.resolve("approved-bob"))).isNotEqualTo(Files.exists(temp.resolve("approved-carol")));
    }

    /** The approval's run and the proposal's change of state are one transaction: a failed write keeps neither. */
    @Test
    void anApprovalWhoseOutputsFailLeavesTheProposalApprovable() throws IOException {
        // the template's Amount column is too narrow for C00118's 23456.78: found when the files are written
        Files.writeString(inputs.resolve("templates").resolve("narrow.csv"), "Column,Field,Width\r\n"
                + "Invoice,Invoice\r\nAmount,Amount,7\r\n");
        Files.writeString(inputs.resolve("parametres.csv"), "Cibles ERP;d365,template:narrow\r\n",
                Charset.forName("windows-1252"), StandardOpenOption.APPEND);
        Path proposal = propose();

        CliRunner.Result failed = CliRunner.run("approve", proposal.toString(), "--by", "bob", "--register",
                register.toString(), "--out", temp.resolve("approved").toString());

        assertThat(failed.status()).isEqualTo(2);
        assertThat(failed.err()).contains("longer than the column's width 7");
        assertThat(temp.resolve("approved")).doesNotExist();
        assertThat(runs()).isZero();
        assertThat(state()).isEqualTo(Proposals.State.PROPOSED);

        // approvable still: without the line that does not fit, numbering from 1 as if nothing had happened
        edit(proposal, set(REIMBURSEMENTS, "C00118", "Approuver", "Non"));
        CliRunner.Result approved = CliRunner.run("approve", proposal.toString(), "--by", "bob", "--register",
                register.toString(), "--out", temp.resolve("approved").toString());
        assertThat(approved.status()).as(approved.err()).isZero();
        assertThat(Files.readString(temp.resolve("approved/reimbursements.csv"))).contains("RMB-FR-000001")
                .contains("OTV-000001").doesNotContain("C00118");
        assertThat(state()).isEqualTo(Proposals.State.APPROVED);
    }
}
