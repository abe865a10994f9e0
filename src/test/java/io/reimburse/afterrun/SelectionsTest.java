package io.reimburse.afterrun;

import io.reimburse.cli.CliRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A balances file is used up for the customers a committed run selected from it, not for the others. */
class SelectionsTest {

    @TempDir
    Path temp;
    private Snapshots snapshots;
    private Path october;

    @BeforeEach
    void october() throws Exception {
        snapshots = new Snapshots(temp);
        october = snapshots.snapshot("2026-10-31", List.of("C100;-30.00", "C200;-250.00", "C300;-45.00"));
    }

    @Test
    void theOtherCustomersOfAPartlyRunFileCanBeRunLater() {
        assertThat(snapshots.run(october, "--select", "C100").out()).contains("1 reimbursed");

        CliRunner.Result others = snapshots.run(october, "--select", "C200,C300");

        assertThat(others.status()).as(others.err()).isZero();
        assertThat(others.out()).contains("2 reimbursed");
    }

    @Test
    void customersAnEarlierRunOfTheSameFileSelectedAreRefused() {
        assertThat(snapshots.run(october, "--select", "C100..C200").status()).isZero();

        CliRunner.Result overlapping = snapshots.run(october, "--select", "C2*,C3*");

        assertThat(overlapping.status()).isEqualTo(2);
        assertThat(overlapping.err()).contains("already used by run").contains("first: C200")
                .contains("--allow-duplicate-input");
        assertThat(snapshots.lastOut()).doesNotExist();
    }

    @Test
    void everyoneAfterASelectionIsRefusedForTheSelectedCustomers() {
        assertThat(snapshots.run(october, "--select", "C300").status()).isZero();

        CliRunner.Result everyone = snapshots.run(october);

        assertThat(everyone.status()).isEqualTo(2);
        assertThat(everyone.err()).contains("first: C300");
    }

    @Test
    void aRunThatReimbursedNobodyDoesNotUseUpTheFile() {
        CliRunner.Result nobody = snapshots.run(october, "--select", "C999");
        assertThat(nobody.status()).as(nobody.err()).isZero();
        assertThat(nobody.out()).contains("0 reimbursed").contains("not used up");

        CliRunner.Result everyone = snapshots.run(october);

        assertThat(everyone.status()).as(everyone.err()).isZero();
        assertThat(everyone.out()).contains("3 reimbursed");
    }
}
