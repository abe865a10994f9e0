package io.reimburse.input.corpus;

import io.reimburse.cli.CliRunner;
import io.reimburse.cli.Main;
import io.reimburse.input.ReadingPath;
import io.reimburse.model.BalanceRow;
import io.reimburse.model.RowProblem;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every file of the corpus (src/test/resources/corpus, made by scripts/make-corpus) against its
 * expected outcome in corpus/expectations.txt: the whole run through the command line (exit
 * status, nothing written when refused) and the amounts and row problems the readers give.
 */
class CorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/corpus");

    /** One line of expectations.txt. */
    record Case(String file, String parameters, String outcome, String amounts, String detail) {
        @Override
        public String toString() {
            return file + " is " + outcome;
        }

        List<Path> inputs() {
            List<Path> inputs = new ArrayList<>(List.of(CORPUS.resolve(file)));
            if (!parameters.equals("-")) {
                inputs.add(CORPUS.resolve(parameters));
            }
            return inputs;
        }
    }

    static Stream<Case> cases() throws IOException {
        return Files.readAllLines(CORPUS.resolve("expectations.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\\|", -1))
                .map(f -> new Case(f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip(), f[4].strip()));
    }

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachFileGivesItsExpectedOutcome(Case expected) throws IOException {
        Path out = temp.resolve("out");
        List<String> args = new ArrayList<>(List.of("run", "--no-register", "--out", out.toString()));
        expected.inputs().forEach(input -> args.add(input.toString()));
        CliRunner.Result cli = CliRunner.run(args.toArray(String[]::new));
        int status = cli.status();
        String err = cli.err();

        if (expected.outcome().equals("refused")) {
            assertThat(status).as(err).isEqualTo(Main.RUN_PROBLEM);
            assertThat(err).contains(expected.file()).contains(expected.detail()).doesNotContain("\tat ");
            try (Stream<Path> left = Files.list(temp)) {
                assertThat(left).as("nothing written").isEmpty();
            }
            return;
        }
        assertThat(status).as(err).isEqualTo(Main.OK);
        ReadingPath.Read read = ReadingPath.read(expected.inputs());
        assertThat(amountsOf(read)).isEqualTo(expectedAmounts(expected.amounts()));
        assertThat(problemsOf(read.balances().problems())).isEqualTo(expectedProblems(expected));
    }

    private static Map<String, String> amountsOf(ReadingPath.Read read) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (BalanceRow row : read.rows()) {
            sums.merge(row.key().customerAccount(), row.amount(), BigDecimal::add);
        }
        Map<String, String> amounts = new TreeMap<>();
        sums.forEach((account, sum) -> amounts.put(account, sum.stripTrailingZeros().toPlainString()));
        LocalDate balanceDate = read.parameters().balanceDate();
        LocalDate transactionDate = read.parameters().transactionDate();
        amounts.put("@BalanceDate", String.valueOf(balanceDate));
        amounts.put("@TransactionDate", String.valueOf(transactionDate));
        return amounts;
    }

    /** "C1=-1250.00 @BalanceDate=2026-10-31": amounts compared as numbers; dates only when given. */
    private static Map<String, String> expectedAmounts(String written) {
        Map<String, String> amounts = new TreeMap<>();
        amounts.put("@BalanceDate", "2026-10-31");
        amounts.put("@TransactionDate", ReadingPath.RUN_DATE.toString());
        for (String pair : written.split("\\s+")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            amounts.put(kv[0], kv[0].startsWith("@") ? kv[1] : new BigDecimal(kv[1]).stripTrailingZeros().toPlainString());
        }
        return amounts;
    }

    private static TreeSet<String> problemsOf(List<RowProblem> problems) {
        TreeSet<String> found = new TreeSet<>();
        problems.forEach(p -> found.add(p.row() + ":" + p.column()));
        return found;
    }

    private static TreeSet<String> expectedProblems(Case expected) {
        TreeSet<String> problems = new TreeSet<>();
        if (expected.outcome().equals("row-problems")) {
            problems.addAll(List.of(expected.detail().split("\\s+")));
        }
        return problems;
    }
}
