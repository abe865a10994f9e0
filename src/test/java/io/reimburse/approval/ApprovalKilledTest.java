package io.reimburse.approval;

import io.reimburse.cli.CliRunner;
import io.reimburse.register.Proposals;
import io.reimburse.register.Register;
import io.reimburse.register.RegisterRun;
import io.reimburse.run.Registers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code reimburse approve} in its own JVM, killed with SIGKILL at random moments: after each kill
 * the proposal is either still approvable (no run, no output) or approved (one run, its outputs in
 * place), never half. {@code -Dapproval.kill.rounds=N} for a longer session.
 */
class ApprovalKilledTest {

    @TempDir
    Path temp;

    Path register;

    private Process approve(Path workbook, Path out) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "io.reimburse.cli.Main",
                "approve", workbook.toString(), "--by", "bob", "--out", out.toString(), "--register", register.toString())
                .redirectErrorStream(true).redirectOutput(out.resolveSibling(out.getFileName() + ".log").toFile())
                .start();
    }

    @Test
    void anApprovalKilledAtAnyMomentLeavesTheProposalApprovableOrApproved() throws Exception {
        register = temp.resolve("register.sqlite");
        CliRunner.Result proposed = CliRunner.run("propose", "samples/fr", "--out", temp.resolve("proposal").toString(),
                "--by", "alice", "--register", register.toString());
        assertThat(proposed.status()).as(proposed.err()).isZero();
        Path workbook = temp.resolve("proposal/proposal.xlsx");
        Random random = new Random(20261202);
        int rounds = Integer.getInteger("approval.kill.rounds", 6);
        List<Path> outs = new ArrayList<>();
        int killed = 0;
        for (int round = 0; round < rounds && !approved(); round++) {
            Path out = temp.resolve("approved-" + round);
            outs.add(out);
            Process process = approve(workbook, out);
            if (!process.waitFor(300 + random.nextInt(2500), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL
                killed++;
            }
            assertConsistent(outs);
        }
        if (!approved()) {
            Path out = temp.resolve("approved-last");
            outs.add(out);
            CliRunner.Result last = CliRunner.run("approve", workbook.toString(), "--by", "bob", "--out",
                    out.toString(), "--register", register.toString());
            assertThat(last.status()).as(last.err()).isZero();
        }
        assertConsistent(outs);
        assertThat(approved()).isTrue();
        assertThat(killed).as("rounds killed before their end").isPositive();
    }

    private boolean approved() {
        try (Register opened = Registers.open(register, Register.DEFAULT_BUSY_TIMEOUT)) {
            return opened.proposals().all().get(0).state(Instant.now()) == Proposals.State.APPROVED;
        }
    }

    /** After reopening the register: approved with one run and its outputs, or proposed with none. */
    private void assertConsistent(List<Path> outs) {
        try (Register opened = Registers.open(register, Register.DEFAULT_BUSY_TIMEOUT)) {
            Proposals.Recorded recorded = opened.proposals().all().get(0);
            Optional<Proposals.Approved> approval = opened.proposals().approval(recorded);
            List<RegisterRun> runs = opened.runs();
            if (recorded.state(Instant.now()) == Proposals.State.APPROVED) {
                assertThat(runs).singleElement().satisfies(run -> {
                    assertThat(approval).map(Proposals.Approved::runId).contains(run.runId());
                    assertThat(Path.of(run.outputFolder()).resolve("reimbursements.csv")).exists();
                });
                assertThat(outs.stream().filter(Files::exists)).hasSize(1);
            } else {
                assertThat(recorded.state(Instant.now())).isEqualTo(Proposals.State.PROPOSED);
                assertThat(runs).isEmpty();
                assertThat(approval).isEmpty();
                assertThat(opened.reimbursements(null, null, null, null)).isEmpty();
                assertThat(outs.stream().filter(Files::exists)).isEmpty();
            }
        }
    }
}
