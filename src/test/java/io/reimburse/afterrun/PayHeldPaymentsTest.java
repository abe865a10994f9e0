package io.reimburse.afterrun;

import io.reimburse.cli.CliRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A payment held back for its bank details is paid later, once, by reimburse pay. The French sample
 * holds back C00045 (no IBAN, RMB-FR-000003) and C00092 (an IBAN with a wrong digit, RMB-FR-000004).
 */
class PayHeldPaymentsTest {

    @TempDir
    Path temp;
    private Path register;
    private String runId;

    @BeforeEach
    void theFrenchSampleIsRun() throws IOException {
        register = temp.resolve("register.sqlite");
        Path run = temp.resolve("run");
        CliRunner.Result result = CliRunner.run("run", "samples/fr", "--out", run.toString(), "--register",
                register.toString());
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("3 PAYABLE 1 NO_BANK_DETAILS 1 BAD_BANK_DETAILS");
        String journal = Files.readString(run.resolve("vendor-payment-journal.csv"));
        assertThat(journal).as("held payees are not in the run's payment journal")
                .doesNotContain("RMB-FR-000003").doesNotContain("RMB-FR-000004").contains("RMB-FR-000005");
        runId = FrenchSample.runIdOf(run);
    }


    private CliRunner.Result pay(Path inputs, String out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("pay", inputs.toString(), "--out",
                temp.resolve(out).toString(), "--register", register.toString()));
        args.addAll(List.of(more));
        return CliRunner.run(args.toArray(String[]::new));
    }

    @Test
    void theHeldPaymentsArePaidOnceTheirBankDetailsAreCorrected() throws IOException {
        CliRunner.Result paid = pay(FrenchSample.corrected(temp), "pay1");

        assertThat(paid.status()).as(paid.err()).isZero();
        assertThat(paid.out()).contains("2 PAYABLE").contains("650.00 EUR in 2 payment(s)");
        Path out = temp.resolve("pay1");
        String xml = Files.readString(out.resolve("payments.xml"));
        assertThat(xml).contains("<EndToEndId>RMB-FR-000003</EndToEndId>").contains("<EndToEndId>RMB-FR-000004</EndToEndId>")
                .contains("DE89370400440532013000").contains("FR1420041010050500013M02606")
                .contains("<NbOfTxs>2</NbOfTxs>").contains("<CtrlSum>650.00</CtrlSum>")
                .contains("<ReqdExctnDt>" + LocalDate.now() + "</ReqdExctnDt>")
                .doesNotContain("RMB-FR-000001");
        List<String> journal = Files.readAllLines(out.resolve("vendor-payment-journal.csv"));
        assertThat(journal).hasSize(3);
        assertThat(journal.get(1)).startsWith("RMB-FR-P000003;1;FR01;Vend;OTV-000002;" + LocalDate.now() + ";EUR;10.00;");
        assertThat(journal.get(2)).startsWith("RMB-FR-P000003;2;FR01;Vend;OTV-000003;" + LocalDate.now() + ";EUR;640.00;");
        assertThat(out.resolve("payment-report.xlsx")).exists();
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"kind\" : \"payment\"");

        CliRunner.Result list = CliRunner.run("register", "list", "--register", register.toString());
        assertThat(list.out().lines().filter(line -> line.contains(" paid")).count()).isEqualTo(5);
    }

    @Test
    void nothingIsPaidTwice() throws IOException {
        assertThat(pay(FrenchSample.corrected(temp), "pay1").status()).isZero();

        CliRunner.Result again = pay(FrenchSample.corrected(temp), "pay2");
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.err()).contains("nothing to pay");
        assertThat(temp.resolve("pay2")).doesNotExist();

        CliRunner.Result paidInTheRun = pay(FrenchSample.corrected(temp), "pay3", "--invoice", "RMB-FR-000001");
        assertThat(paidInTheRun.status()).isEqualTo(2);
        assertThat(paidInTheRun.err()).contains("RMB-FR-000001 was paid already");

        CliRunner.Result wholeRun = pay(FrenchSample.corrected(temp), "pay4", "--run", runId);
        assertThat(wholeRun.status()).isEqualTo(2);
        assertThat(wholeRun.err()).contains("every invoice of " + runId + " is paid or voided");
    }

    @Test
    void withoutNewBankDetailsTheHeldPaymentsStayHeldAndCanBePaidLater() throws IOException {
        Path parametersOnly = Files.createDirectories(temp.resolve("parameters-only"));
        Files.copy(Path.of("samples/fr/parametres.csv"), parametersOnly.resolve("parametres.csv"));

        CliRunner.Result stillHeld = pay(parametersOnly, "pay1");

        assertThat(stillHeld.status()).as(stillHeld.err()).isZero();
        assertThat(stillHeld.out()).contains("1 NO_BANK_DETAILS 1 BAD_BANK_DETAILS").contains("nothing payable now");
        assertThat(temp.resolve("pay1/payments.xml")).doesNotExist();
        assertThat(Files.readAllLines(temp.resolve("pay1/vendor-payment-journal.csv"))).hasSize(1);

        CliRunner.Result paid = pay(FrenchSample.corrected(temp), "pay2");
        assertThat(paid.status()).as(paid.err()).isZero();
        assertThat(paid.out()).contains("2 PAYABLE");
    }

    @Test
    void aRunMadeWithoutPaymentsIsPaidByNamingIt() throws IOException {
        Path noPayments = Files.createDirectories(temp.resolve("no-payments"));
        for (String file : List.of("soldes-clients.csv", "fournisseurs.csv", "parametres.csv")) {
            Files.copy(Path.of("samples/fr", file), noPayments.resolve(file));
        }
        Path parameters = noPayments.resolve("parametres.csv");
        Files.writeString(parameters, Files.readString(parameters, FrenchSample.CP1252).replace("Paiements;Oui", "Paiements;Non"),
                FrenchSample.CP1252);
        register = temp.resolve("without-payments.sqlite");
        CliRunner.Result october = CliRunner.run("run", noPayments.toString(), "--out", temp.resolve("oct").toString(),
                "--register", register.toString());
        assertThat(october.status()).as(october.err()).isZero();
        assertThat(temp.resolve("oct/vendor-payment-journal.csv")).doesNotExist();
        String withoutPayments = FrenchSample.runIdOf(temp.resolve("oct"));

        CliRunner.Result nothingHeld = pay(noPayments, "pay0");
        assertThat(nothingHeld.status()).isEqualTo(2);
        assertThat(nothingHeld.err()).contains("no invoice's payment was held back").contains("--run");

        // the bank details of the balances and the vendor links, given now
        CliRunner.Result paid = pay(noPayments, "pay1", "--run", withoutPayments);
        assertThat(paid.status()).as(paid.err()).isZero();
        assertThat(paid.out()).contains("3 PAYABLE 1 NO_BANK_DETAILS 1 BAD_BANK_DETAILS");
        assertThat(Files.readString(temp.resolve("pay1/payments.xml"))).contains("RMB-FR-000001")
                .contains("RMB-FR-000002").contains("RMB-FR-000005").doesNotContain("RMB-FR-000003");

        CliRunner.Result rest = pay(FrenchSample.corrected(temp), "pay2", "--run", withoutPayments);
        assertThat(rest.status()).as(rest.err()).isZero();
        assertThat(rest.out()).contains("2 PAYABLE").doesNotContain("NO_BANK");
    }
}
