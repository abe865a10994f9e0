package io.reimburse.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input (SPEC §3.5): exit status 2, every problem with its location, nothing written. */
class RunProblemsTest {

    private static final String BALANCES = "CustomerAccount,Name,Currency,Balance\nC1,Alpha,EUR,-100.00\n";
    private static final String PARAMETERS = "Parameter,Value\nMinimumReimbursement,10\nBalanceDate,2026-10-31\n"
            + "OneTimeVendorGroup,OTV\n";

    @TempDir
    Path temp;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(temp.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Path out() {
        return temp.resolve("out");
    }

    private CliRunner.Result run(String... args) {
        String[] all = Stream.concat(Stream.of("run"), Stream.concat(Arrays.stream(args),
                Stream.of("--no-register", "--out", out().toString()))).toArray(String[]::new);
        return CliRunner.run(all);
    }

    private void assertNothingWritten() throws IOException {
        assertThat(out()).doesNotExist();
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(".out"));
        }
    }

    @Test
    void missingRequiredParametersAreAllReportedAndNothingIsWritten() throws IOException {
        CliRunner.Result cli = run(file("b.csv", BALANCES).toString(), file("p.csv", "Parameter,Value\nLegalEntity,FR01\n").toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("MinimumReimbursement is required").contains("BalanceDate is required")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertNothingWritten();
    }

    @Test
    void aMistypedParameterIsRefusedWithItsLocationNeverDefaulted() throws IOException {
        CliRunner.Result cli = run(file("b.csv", BALANCES).toString(),
                file("p.csv", PARAMETERS + "MinimumReimbursment,5\n").toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("p.csv, row 5, column Parameter: unknown parameter 'MinimumReimbursment'");
        assertNothingWritten();
    }

    @Test
    void aTransactionDateBeforeTheBalanceDateIsRefusedUnlessAllowed() throws IOException {
        Path balances = file("b.csv", BALANCES);
        CliRunner.Result early = run(balances.toString(), file("p.csv", PARAMETERS + "TransactionDate,2026-10-30\n")
                .toString());

        assertThat(early.status()).isEqualTo(2);
        assertThat(early.err()).contains("p.csv, row 5: TransactionDate 2026-10-30 is before BalanceDate 2026-10-31")
                .contains("AllowTransactionDateBeforeBalanceDate");
        assertNothingWritten();

        CliRunner.Result allowed = run(balances.toString(), file("p.csv", PARAMETERS
                + "TransactionDate,2026-10-30\nAllowTransactionDateBeforeBalanceDate,Yes\n").toString());
        assertThat(allowed.status()).as(allowed.err()).isZero();
    }

    @Test
    void aParametersHeaderWithoutValueColumnIsARunProblemNotACrash() throws IOException {
        Path parameters = file("p.csv", "Parameter;Client;Note\nMinimumReimbursement;10;x\n");
        CliRunner.Result cli = run(file("b.csv", BALANCES).toString(), "--parameters", parameters.toString());

        assertThat(cli.status()).as(cli.err()).isEqualTo(2);
        assertThat(cli.err()).contains("p.csv").doesNotContain("\tat ");
        assertNothingWritten();
    }

    @Test
    void aCorruptWorkbookIsARunProblem() throws IOException {
        Path corrupt = Files.write(temp.resolve("balances.xlsx"), "not a workbook at all".getBytes());
        CliRunner.Result cli = run(corrupt.toString(), file("p.csv", PARAMETERS).toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("balances.xlsx").contains("not an Excel workbook");
        assertNothingWritten();
    }

    @Test
    void aTruncatedWorkbookIsARunProblem() throws IOException {
        byte[] whole = Files.readAllBytes(Path.of("samples/en-workbook/reimbursement-inputs.xlsx"));
        Path truncated = Files.write(temp.resolve("inputs.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        CliRunner.Result cli = run(truncated.toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("inputs.xlsx").doesNotContain("\tat ");
        assertNothingWritten();
    }

    @Test
    void anEarlierOutputIsReplacedOnlyWithForce() throws IOException {
        Path balances = file("b.csv", BALANCES);
        Path parameters = file("p.csv", PARAMETERS);
        assertThat(run(balances.toString(), parameters.toString()).status()).isZero();
        byte[] earlierManifest = Files.readAllBytes(out().resolve("manifest.json"));

        CliRunner.Result refused = run(balances.toString(), parameters.toString());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("already holds an output").contains("--force");
        assertThat(out().resolve("manifest.json")).hasBinaryContent(earlierManifest);

        CliRunner.Result forced = run(balances.toString(), parameters.toString(), "--force");
        assertThat(forced.status()).as(forced.err()).isZero();
        assertThat(Files.readAllBytes(out().resolve("manifest.json"))).isNotEqualTo(earlierManifest);
        assertThat(out().resolve("reimbursements.csv")).exists();
    }

    @Test
    void forceNeverDeletesFilesThatAreNotAnEarlierOutput() throws IOException {
        Path balances = file("b.csv", BALANCES);
        Path parameters = file("p.csv", PARAMETERS);
        assertThat(run(balances.toString(), parameters.toString()).status()).isZero();
        Files.writeString(out().resolve("notes.txt"), "the accountant's notes, added to the output folder");

        CliRunner.Result withNotes = run(balances.toString(), parameters.toString(), "--force");
        assertThat(withNotes.status()).isEqualTo(2);
        assertThat(withNotes.err()).contains("holds files that are not an earlier output of reimburse (notes.txt)");
        assertThat(out().resolve("notes.txt")).exists();
        assertThat(out().resolve("reimbursements.csv")).exists();

        // --out naming the folder of the inputs themselves: they stay, with nothing added
        Path inputs = Files.createDirectories(temp.resolve("inputs"));
        Files.copy(balances, inputs.resolve("b.csv"));
        Files.copy(parameters, inputs.resolve("p.csv"));
        CliRunner.Result intoInputs = CliRunner.run("run", inputs.toString(), "--out", inputs.toString(), "--force",
                "--no-register");
        assertThat(intoInputs.status()).isEqualTo(2);
        assertThat(intoInputs.err()).contains("(b.csv, p.csv)").contains("choose another --out folder");
        assertThat(inputs.resolve("b.csv")).hasSameBinaryContentAs(balances);
        try (Stream<Path> left = Files.list(inputs)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("b.csv", "p.csv");
        }
    }

    @Test
    void aRegisterInsideTheOutputFolderIsRefused() throws IOException {
        Path register = out().resolve("register.sqlite"); // the next run would replace it with the folder
        CliRunner.Result cli = CliRunner.run("run", file("b.csv", BALANCES).toString(),
                file("p.csv", PARAMETERS).toString(), "--out", out().toString(), "--register", register.toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("register.sqlite: is inside the --out folder")
                .contains("keep the register outside the output folder");
        assertNothingWritten();
    }

    @Test
    void strictTurnsARowProblemIntoARunProblem() throws IOException {
        CliRunner.Result cli = run("samples/fr", "--strict");

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("soldes-clients.csv, row 13, column Solde").contains("--strict");
        assertNothingWritten();
    }

    @Test
    void anAmbiguousColumnAsksForTheDecimalSeparator() throws IOException {
        Path balances = file("b.csv", "Client;Devise;Solde\nC1;EUR;-1,234\nC2;EUR;-2,500\n");
        CliRunner.Result cli = run(balances.toString(), file("p.csv", PARAMETERS).toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("b.csv, row 2, column Solde").contains("DecimalSeparator");
        assertNothingWritten();

        CliRunner.Result stated = run(balances.toString(), file("p2.csv", PARAMETERS + "DecimalSeparator,\".\"\n").toString());
        assertThat(stated.status()).as(stated.err()).isZero();
        assertThat(Files.readString(out().resolve("reimbursements.csv"))).contains(",-1234.00,1234.00,");
    }

    @Test
    void anAmbiguousValueIsReadWithTheEvidenceOfALaterRow() throws IOException {
        Path balances = file("b.csv", "Client;Devise;Solde\nC1;EUR;-1,234\nC2;EUR;-2 500,50\n");
        CliRunner.Result cli = run(balances.toString(), file("p.csv", PARAMETERS).toString());

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(Files.readString(out().resolve("input-errors.csv"))).contains("more decimals than EUR allows");
    }

    @Test
    void noCurrencyColumnAndNoAccountingCurrencyIsARunProblem() throws IOException {
        CliRunner.Result cli = run(file("b.csv", "CustomerAccount,Balance\nC1,-100.00\n").toString(),
                file("p.csv", PARAMETERS).toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("b.csv").contains("AccountingCurrency is required");
        assertNothingWritten();
    }

    @Test
    void withoutABalancesTableTheRunIsRefused() throws IOException {
        CliRunner.Result cli = run(file("p.csv", PARAMETERS).toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("no balances table found");
        assertNothingWritten();
    }

    @Test
    void balancesWithACustomerAccountColumnButNoBalanceColumnAreToldWhatIsMissing() throws IOException {
        CliRunner.Result cli = run(file("b.csv", "Export du 31/10/2026\nCompte client;Nom\nC001;Alpha\n").toString(),
                file("p.csv", PARAMETERS).toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("b.csv, row 2: the header row has a customer account column ('Compte client') "
                + "but no Balance column").contains("VendorAccount").doesNotContain("no header row");
        assertNothingWritten();
    }

    @Test
    void anUnrecognizedFileIsNamed() throws IOException {
        CliRunner.Result cli = run(file("b.csv", BALANCES).toString(), file("p.csv", PARAMETERS).toString(),
                file("notes.csv", "Remarks,Date\nnothing,today\n").toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("notes.csv: is not a balances, parameters or vendor-links table");
    }

    // ---------------------------------------------------------------- payment parameters (SPEC §10)

    private static final String PAYMENTS = "Payments,Yes\nBankAccount,BQ01\nDebtorName,Exemple SAS\n"
            + "DebtorIBAN,FR76 1273 9000 7000 0123 4567 870\nDebtorBIC,FICTFRPPXXX\n";

    static Stream<Arguments> refusedPaymentParameters() {
        return Stream.of(
                Arguments.of(PAYMENTS.replace("4567 870", "4567 871"),
                        "p.csv, row 8: DebtorIBAN: the check digits of IBAN 'FR7612739000700001234567871' are wrong"),
                Arguments.of(PAYMENTS.replace("FICTFRPPXXX", "FICTFRPP1"), "DebtorBIC: 'FICTFRPP1' is not a BIC"),
                Arguments.of(PAYMENTS.replace("BankAccount,BQ01\n", ""), "BankAccount is required when Payments is Yes"),
                Arguments.of(PAYMENTS + "InvoicePrefix,RMB_\n", "InvoicePrefix 'RMB_' cannot name payments"),
                Arguments.of(PAYMENTS + "InvoicePrefix,REMBOURSEMENTS-CLIENTS-FR01-2026-\n", "cannot name payments"),
                Arguments.of(PAYMENTS.replace("Exemple SAS", "★★★"), "DebtorName '★★★' has no letter or digit"));
    }

    @ParameterizedTest
    @MethodSource("refusedPaymentParameters")
    void badPaymentParametersStopTheRun(String payments, String message) throws IOException {
        CliRunner.Result cli = run(file("b.csv", BALANCES).toString(), file("p.csv", PARAMETERS + payments).toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains(message);
        assertNothingWritten();
    }

    @Test
    void payeesWithAnIbanNeedTheDebtor() throws IOException {
        CliRunner.Result cli = run(file("b.csv", "CustomerAccount,Name,Currency,Balance,IBAN\nC1,Alpha,EUR,-100.00,"
                        + "DE89370400440532013000\n").toString(),
                file("p.csv", PARAMETERS + "Payments,Yes\nBankAccount,BQ01\n").toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("DebtorName, DebtorIBAN, DebtorBIC required").contains("customer C1");
        assertNothingWritten();
    }

    @Test
    void anInvoicePrefixOutsideTheSepaCharacterSetCannotNamePayments() throws IOException {
        CliRunner.Result cli = run(file("b.csv", BALANCES).toString(),
                file("p.csv", PARAMETERS + PAYMENTS + "InvoicePrefix,RMB_\n").toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("InvoicePrefix 'RMB_' cannot name payments");
        assertNothingWritten();
    }

    @Test
    void withoutPaymentsNoPaymentFileIsWrittenWhateverTheBankDetails() throws IOException {
        CliRunner.Result cli = run(file("b.csv", "CustomerAccount,Name,Currency,Balance,IBAN\nC1,Alpha,EUR,-100.00,"
                + "DE89370400440532013000\n").toString(), file("p.csv", PARAMETERS).toString());

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(out().resolve("vendor-payment-journal.csv")).doesNotExist();
        assertThat(out().resolve("payments.xml")).doesNotExist();
        assertThat(Files.readString(out().resolve("manifest.json"))).doesNotContain("\"payments\"");
    }

    @Test
    void usageErrorsExitWithTwoAndHelpAndVersionWithZero() {
        assertThat(CliRunner.run().status()).isEqualTo(2);
        assertThat(CliRunner.run("run").status()).isEqualTo(2);
        assertThat(CliRunner.run("run", "--bogus", "--out", "x").status()).isEqualTo(2);
        CliRunner.Result help = CliRunner.run("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("run").contains("Exit status");
        CliRunner.Result version = CliRunner.run("--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("reimburse ");
    }
}
