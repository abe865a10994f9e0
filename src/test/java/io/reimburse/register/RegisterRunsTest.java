package io.reimburse.register;

import io.reimburse.run.Registers;
import io.reimburse.cli.CliRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs recorded in a real SQLite register in a temporary folder (SPEC §7). */
class RegisterRunsTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    @TempDir
    Path temp;
    private Path register;
    private int outputs;

    @BeforeEach
    void setUp() {
        register = temp.resolve("register.sqlite");
    }

    /** A copy of the French sample, with another balance date and optional changes to the balances. */
    private Path frenchInputs(String name, String balanceDate, String titleSuffix) throws IOException {
        Path folder = Files.createDirectories(temp.resolve(name));
        for (String file : List.of("soldes-clients.csv", "parametres.csv", "fournisseurs.csv")) {
            Files.copy(Path.of("samples/fr", file), folder.resolve(file));
        }
        Path parameters = folder.resolve("parametres.csv");
        // a later snapshot is reimbursed on its own date (the sample's invoices are dated 05/11/2026)
        String transactionDate = balanceDate.equals("31/10/2026") ? "05/11/2026" : balanceDate;
        Files.writeString(parameters, Files.readString(parameters, CP1252)
                .replace("Date du solde;31/10/2026", "Date du solde;" + balanceDate)
                .replace("Date de transaction;05/11/2026", "Date de transaction;" + transactionDate), CP1252);
        Path balances = folder.resolve("soldes-clients.csv");
        Files.writeString(balances, Files.readString(balances, CP1252)
                .replace("au 31/10/2026", "au 31/10/2026" + titleSuffix), CP1252);
        return folder;
    }

    private CliRunner.Result run(Path inputs, String... more) {
        Path out = temp.resolve("out" + (++outputs));
        String[] args = Stream.concat(Stream.of("run", inputs.toString(), "--out", out.toString(),
                "--register", register.toString()), Stream.of(more)).toArray(String[]::new);
        return CliRunner.run(args);
    }

    private Path lastOut() {
        return temp.resolve("out" + outputs);
    }

    private List<String> csvColumn(String file, int column) throws IOException {
        return Files.readAllLines(lastOut().resolve(file)).stream().skip(1).map(l -> l.split(";")[column]).toList();
    }

    @Test
    void invoiceAndVendorNumbersContinueAcrossRunsAndOneTimeVendorsAreReused() throws Exception {
        assertThat(run(frenchInputs("october", "31/10/2026", "")).status()).isZero();
        assertThat(csvColumn("reimbursements.csv", 8)).containsExactly("RMB-FR-000001", "RMB-FR-000002",
                "RMB-FR-000003", "RMB-FR-000004", "RMB-FR-000005");
        postedBeforeNovember(runIds().get(0));

        CliRunner.Result november = run(frenchInputs("november", "30/11/2026", " (novembre)"));

        assertThat(november.status()).as(november.err()).isZero();
        assertThat(csvColumn("reimbursements.csv", 8)).containsExactly("RMB-FR-000006", "RMB-FR-000007",
                "RMB-FR-000008", "RMB-FR-000009", "RMB-FR-000010");
        assertThat(csvColumn("reimbursements.csv", 6)).containsExactly("OTV-000001", "F00310", "OTV-000002",
                "OTV-000003", "F00412");
        assertThat(csvColumn("reimbursements.csv", 7)).containsExactly("reused", "no", "reused", "reused", "no");
        assertThat(Files.readAllLines(lastOut().resolve("one-time-vendors.csv"))).hasSize(1);
    }

    @Test
    void theSameBalancesFileIsRefusedUnlessAllowedAndThenNobodyIsPaidTwice() throws IOException {
        Path october = frenchInputs("october", "31/10/2026", "");
        assertThat(run(october).status()).isZero();

        CliRunner.Result again = run(october);
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.err()).contains("already used by run").contains("--allow-duplicate-input");
        assertThat(lastOut()).doesNotExist();

        CliRunner.Result allowed = run(october, "--allow-duplicate-input");
        assertThat(allowed.status()).as(allowed.err()).isZero();
        assertThat(allowed.out()).contains("0 reimbursed").contains("5 ALREADY_REIMBURSED");
        assertThat(Files.readAllLines(lastOut().resolve("reimbursements.csv"))).hasSize(1);
    }

    @Test
    void theSameSnapshotReExportedWithOtherBytesReimbursesNobody() throws IOException {
        assertThat(run(frenchInputs("october", "31/10/2026", "")).status()).isZero();

        CliRunner.Result reExported = run(frenchInputs("october-again", "31/10/2026", " - export 2"));

        assertThat(reExported.status()).as(reExported.err()).isZero();
        assertThat(reExported.out()).contains("0 reimbursed").contains("5 ALREADY_REIMBURSED");
    }

    @Test
    void anOlderSnapshotThanAReimbursedOneIsAlreadyReimbursed() throws IOException {
        assertThat(run(frenchInputs("november", "30/11/2026", "")).status()).isZero();

        CliRunner.Result older = run(frenchInputs("october", "31/10/2026", " (ancien)"));

        assertThat(older.out()).contains("5 ALREADY_REIMBURSED");
    }

    @Test
    void aVoidedRunNoLongerBlocksItsCustomersAndItsNumbersAreNotReused() throws IOException {
        assertThat(run(frenchInputs("october", "31/10/2026", "")).status()).isZero();
        String runId = runIds().get(0);

        CliRunner.Result voided = CliRunner.run("register", "void", runId, "--reason", "journal never imported",
                "--not-imported", "--register", register.toString());
        assertThat(voided.status()).as(voided.err()).isZero();

        CliRunner.Result rerun = run(frenchInputs("october-fixed", "31/10/2026", " (corrigé)"));
        assertThat(rerun.status()).as(rerun.err()).isZero();
        assertThat(csvColumn("reimbursements.csv", 8)).containsExactly("RMB-FR-000006", "RMB-FR-000007",
                "RMB-FR-000008", "RMB-FR-000009", "RMB-FR-000010");
        assertThat(csvColumn("one-time-vendors.csv", 0)).as("vendors of a voided run are not reused")
                .containsExactly("OTV-000004", "OTV-000005", "OTV-000006");

        CliRunner.Result show = CliRunner.run("register", "show", runId, "--register", register.toString());
        assertThat(show.out()).contains("VOIDED").contains("journal never imported");
    }

    @Test
    void forceDoesNotReplaceTheOutputOfACommittedRunUntilItIsVoided() throws IOException {
        assertThat(run(frenchInputs("october", "31/10/2026", "")).status()).isZero();
        String runId = runIds().get(0);
        Path out = lastOut();
        byte[] journal = Files.readAllBytes(out.resolve("vendor-invoice-journal.csv"));
        String[] again = {"run", frenchInputs("october-again", "31/10/2026", " (bis)").toString(), "--out",
                out.toString(), "--register", register.toString(), "--force"};

        CliRunner.Result replacing = CliRunner.run(again);
        assertThat(replacing.status()).isEqualTo(2);
        assertThat(replacing.err()).contains("holds the output of run " + runId)
                .contains("reimburse register void " + runId);
        assertThat(out.resolve("vendor-invoice-journal.csv")).hasBinaryContent(journal);

        assertThat(CliRunner.run("register", "void", runId, "--reason", "wrong minimum", "--not-imported",
                "--register", register.toString()).status()).isZero();
        CliRunner.Result afterVoid = CliRunner.run(again);
        assertThat(afterVoid.status()).as(afterVoid.err()).isZero();
        assertThat(Files.readAllBytes(out.resolve("vendor-invoice-journal.csv"))).isNotEqualTo(journal);
    }

    @Test
    void aDryRunReadsTheRegisterButNeverWritesIt() throws IOException {
        assertThat(run(frenchInputs("october", "31/10/2026", "")).status()).isZero();

        CliRunner.Result dry = run(frenchInputs("october-again", "31/10/2026", " (bis)"), "--dry-run");

        assertThat(dry.status()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("5 ALREADY_REIMBURSED");
        assertThat(runIds()).hasSize(1);
    }

    @Test
    void aDryRunWritesNothingOutsideItsOutputFolder() throws IOException {
        CliRunner.Result first = run(frenchInputs("october", "31/10/2026", ""), "--dry-run");

        assertThat(first.status()).as(first.err()).isZero();
        assertThat(register).as("no register is made for a dry run").doesNotExist();
        assertThat(first.out()).as("a dry run writes no input-errors.csv")
                .contains("1 input problem(s): 1 customer(s) held back, see the report's Input errors sheet")
                .doesNotContain("input-errors.csv");
        assertThat(lastOut().resolve("input-errors.csv")).doesNotExist();

        assertThat(run(frenchInputs("october-real", "31/10/2026", "")).status()).isZero();
        byte[] before = Files.readAllBytes(register);
        List<Path> filesBefore = filesBeside(register);
        CliRunner.Result dry = run(frenchInputs("november", "30/11/2026", " (novembre)"), "--dry-run");
        assertThat(dry.status()).as(dry.err()).isZero();
        assertThat(Files.readAllBytes(register)).as("the register's bytes").isEqualTo(before);
        assertThat(filesBeside(register)).as("no journal left beside it").isEqualTo(filesBefore);
    }

    private static List<Path> filesBeside(Path file) throws IOException {
        try (Stream<Path> files = Files.list(file.getParent())) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void listShowsTheReimbursementsFilteredAndExportWritesAWorkbook() throws IOException {
        assertThat(run(frenchInputs("october", "31/10/2026", "")).status()).isZero();

        CliRunner.Result list = CliRunner.run("register", "list", "--customer", "C00118", "--register",
                register.toString());
        assertThat(list.status()).isZero();
        assertThat(list.out()).contains("RMB-FR-000005").contains("23456.78").doesNotContain("C00012")
                .contains("1 reimbursement(s)");

        CliRunner.Result show = CliRunner.run("register", "show", runIds().get(0), "--register", register.toString());
        assertThat(show.out()).as("decisions and totals as tables, not JSON").doesNotContain("{")
                .containsPattern("Decision +Count\\n-+ +-+\\nREIMBURSED +5\\nINPUT_ERROR +1\\n")
                .containsPattern("Currency +Total\\n-+ +-+\\nEUR +25444.18\\n")
                .doesNotContain("NOT_SELECTED"); // none: left out

        Path workbook = temp.resolve("register.xlsx");
        CliRunner.Result export = CliRunner.run("register", "export", "--out", workbook.toString(), "--register",
                register.toString());
        assertThat(export.status()).as(export.err()).isZero();
        try (var in = Files.newInputStream(workbook);
             var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            assertThat(book.getSheet("Runs").getLastRowNum()).isEqualTo(1);
            var decisions = book.getSheet("Decisions");
            assertThat(decisions.getRow(1).getCell(1).getStringCellValue()).isEqualTo("REIMBURSED");
            assertThat(decisions.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(5);
            var totals = book.getSheet("Totals");
            assertThat(totals.getRow(1).getCell(1).getStringCellValue()).isEqualTo("EUR");
            assertThat(totals.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(25444.18);
            assertThat(totals.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00 \"EUR\"");
            assertThat(book.getSheet("Reimbursements").getLastRowNum()).isEqualTo(5);
            assertThat(book.getSheet("Reimbursements").getRow(5).getCell(8).getNumericCellValue()).isEqualTo(23456.78);
        }
    }

    @Test
    void aRegisterHeldByAnotherRunLongerThanTheWaitIsAClearRunProblem() throws IOException, SQLException {
        assertThat(run(frenchInputs("october", "31/10/2026", "")).status()).isZero();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + register);
             Statement statement = other.createStatement()) {
            statement.execute("BEGIN IMMEDIATE"); // another process holding the write lock

            CliRunner.Result busy = run(frenchInputs("november", "30/11/2026", ""), "--register-wait", "1");

            assertThat(busy.status()).isEqualTo(2);
            assertThat(busy.err()).contains("in use by another run").doesNotContain("\tat ");
            assertThat(lastOut()).doesNotExist();
            statement.execute("ROLLBACK");
        }
    }

    @Test
    void aRegisterWrittenByANewerVersionIsRefused() throws IOException, SQLException {
        assertThat(run(frenchInputs("october", "31/10/2026", "")).status()).isZero();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + register);
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO schema_version (version) VALUES (99)");
        }

        CliRunner.Result refused = run(frenchInputs("november", "30/11/2026", ""));

        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("newer version");
        assertThat(lastOut()).doesNotExist();
    }

    @Test
    void aCommittedRunWhoseOutputsWereNotMovedIsFinishedWhenTheRegisterIsNextOpened() throws Exception {
        assertThat(run(frenchInputs("october", "31/10/2026", "")).status()).isZero();
        Path out = lastOut();
        Path temporary = temp.resolve(".out1.tmp-crashed");
        Files.move(out, temporary);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + register);
             Statement statement = connection.createStatement()) {
            statement.execute("UPDATE run SET outputs_in_place = 0, output_temporary = '" + temporary + "'");
        }

        CliRunner.Result list = CliRunner.run("register", "list", "--register", register.toString());

        assertThat(list.status()).isZero();
        assertThat(out.resolve("manifest.json")).exists();
        assertThat(temporary).doesNotExist();
    }

    @Test
    void aChangedIbanIsHeldOutOfThePaymentFileUntilAccepted() throws Exception {
        String oldIban = "FR76 1273 9004 5000 0987 6543 206";
        String newIban = "FR14 2004 1010 0505 0001 3M02 606";
        assertThat(run(frenchInputs("october", "31/10/2026", "")).status()).isZero();
        assertThat(Files.readString(lastOut().resolve("payments.xml"))).contains("C00012");
        postedBeforeNovember(runIds().get(0));

        Path november = frenchInputs("november", "30/11/2026", " nov");
        replace(november.resolve("soldes-clients.csv"), oldIban, newIban);
        CliRunner.Result changed = run(november);
        assertThat(changed.status()).as(changed.err()).isZero();
        assertThat(Files.readString(lastOut().resolve("payments.xml"))).doesNotContain("C00012");
        assertThat(Files.readString(lastOut().resolve("manifest.json"))).contains("\"BANK_DETAILS_CHANGED\" : 1");
        posted(runIds().get(0));

        Path december = frenchInputs("december", "31/12/2026", " dec");
        replace(december.resolve("soldes-clients.csv"), oldIban, newIban);
        Files.writeString(december.resolve("parametres.csv"), "AcceptBankDetailChanges;C00012\r\n", CP1252,
                java.nio.file.StandardOpenOption.APPEND);
        CliRunner.Result accepted = run(december);
        assertThat(accepted.status()).as(accepted.err()).isZero();
        assertThat(Files.readString(lastOut().resolve("payments.xml"))).contains("C00012")
                .contains(newIban.replace(" ", ""));
        posted(runIds().get(0));

        Path january = frenchInputs("january", "31/01/2027", " jan");
        replace(january.resolve("soldes-clients.csv"), oldIban, newIban);
        CliRunner.Result known = run(january);
        assertThat(known.status()).as(known.err()).isZero();
        assertThat(Files.readString(lastOut().resolve("payments.xml"))).as("the accepted IBAN is now the known one")
                .contains("C00012");
    }

    /**
     * The October run as it happens in an accountant's month: made on 5 November, its journal imported and
     * posted by the ERP on 6 November, before the November balances (the test runs it today: its dates are
     * moved back as the register would hold them).
     */
    private void postedBeforeNovember(String runId) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + register);
             Statement statement = connection.createStatement()) {
            statement.execute("UPDATE run SET started_at = '2026-11-05T08:00:00Z', committed_at = "
                    + "'2026-11-05T08:00:05Z' WHERE run_id = '" + runId + "'");
        }
        CliRunner.Result posted = CliRunner.run("register", "posted", runId, "--date", "2026-11-06", "--register",
                register.toString());
        assertThat(posted.status()).as(posted.err()).isZero();
        assertThat(posted.out()).contains("5 reimbursement(s) marked posted on 2026-11-06");
    }

    /** The ERP posted the latest run's journal today. */
    private void posted(String runId) {
        CliRunner.Result posted = CliRunner.run("register", "posted", runId, "--register", register.toString());
        assertThat(posted.status()).as(posted.err()).isZero();
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, CP1252);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), CP1252);
    }

    private List<String> runIds() {
        try (Register opened = Registers.open(register, Register.DEFAULT_BUSY_TIMEOUT)) {
            return opened.runs().stream().map(RegisterRun::runId).toList();
        }
    }
}
