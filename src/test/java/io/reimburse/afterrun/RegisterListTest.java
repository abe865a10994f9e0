package io.reimburse.afterrun;

import io.reimburse.cli.CliRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code register list} on a register too big to read line by line: one line per run and how to
 * narrow it; filtered or with --all, every line, aligned as the register streams them.
 */
class RegisterListTest {

    @TempDir
    Path temp;
    private Snapshots snapshots;
    private String october;
    private String november;

    @BeforeEach
    void twoMonthsOf600Customers() throws Exception {
        snapshots = new Snapshots(temp);
        List<String> balances = new ArrayList<>();
        for (int i = 1; i <= 600; i++) {
            balances.add(String.format("C%04d;-%d.%02d", i, 10 + i, i % 100));
        }
        assertThat(snapshots.run(snapshots.snapshot("2026-10-31", balances)).status()).isZero();
        october = snapshots.lastRunId();
        snapshots.madeOn(october, "2026-11-05");
        assertThat(snapshots.register("posted", october, "--date", "2026-11-06").status()).isZero();
        balances.set(0, "C0001;-12345.67");
        assertThat(snapshots.run(snapshots.snapshot("2026-11-30", balances)).status()).isZero();
        november = snapshots.lastRunId();
    }

    @Test
    void withoutAFilterMoreThanAThousandAreSummedUpPerRun() {
        CliRunner.Result list = snapshots.register("list");

        assertThat(list.status()).as(list.err()).isZero();
        String[] lines = list.out().split("\\R");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).startsWith("Run").contains("Reimbursements").contains("Pending").contains("Posted");
        assertThat(lines[2]).startsWith(november).contains("committed");
        assertThat(lines[3]).startsWith(october);
        // the October run: 600 made, all posted; November: 600 made, pending (C0001 reimbursed its new credit)
        assertThat(cells(lines[3])).containsSequence("600", "0", "600", "0");
        assertThat(cells(lines[2])).containsSequence("600", "600", "0", "0");
        assertThat(lines[4]).isEqualTo("1200 reimbursement(s) in 2 run(s): more than 1000 to list; narrow with "
                + "--customer, --run, --from or --to, or list them all with --all");
    }

    @Test
    void allListsEveryLineAlignedUnderItsHeader() {
        CliRunner.Result list = snapshots.register("list", "--all");

        assertThat(list.status()).as(list.err()).isZero();
        String[] lines = list.out().split("\\R");
        assertThat(lines).hasSize(2 + 1200 + 1);
        assertThat(lines[lines.length - 1]).isEqualTo("1200 reimbursement(s)");
        // the amounts are right-aligned: each ends where the header's Amount ends, the widest included
        int amountEnd = lines[0].indexOf("Amount") + "Amount".length();
        String widest = Arrays.stream(lines).filter(line -> line.contains("12345.67")).findFirst().orElseThrow();
        int widestEnd = widest.indexOf("12345.67") + "12345.67".length();
        assertThat(amountEnd).isLessThanOrEqualTo(widestEnd);
        String first = lines[2];
        assertThat(first).startsWith("RMB-000001");
        assertThat(first.substring(0, widestEnd)).endsWith("  11.01");
        assertThat(lines[1]).matches("[- ]+");
        assertThat(Arrays.stream(lines).filter(line -> line.contains("posted 2026-11-06"))).hasSize(600);
    }

    @Test
    void aFilterListsItsLinesHoweverManyTheRegisterHolds() {
        CliRunner.Result list = snapshots.register("list", "--customer", "C0001");

        assertThat(list.status()).as(list.err()).isZero();
        assertThat(list.out().split("\\R")).hasSize(2 + 2 + 1);
        assertThat(list.out()).contains("12345.67").endsWith("2 reimbursement(s)" + System.lineSeparator());
        assertThat(snapshots.register("list", "--run", october).out()).endsWith("600 reimbursement(s)"
                + System.lineSeparator());
    }

    private static List<String> cells(String line) {
        return List.of(line.trim().split(" {2,}"));
    }
}
