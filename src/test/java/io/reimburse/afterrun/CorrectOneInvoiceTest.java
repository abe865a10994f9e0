package io.reimburse.afterrun;

import io.reimburse.cli.CliRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static io.reimburse.afterrun.FrenchSample.runIdOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One invoice of the French sample's run is wrong (C00092's 640.00 on RMB-FR-000004, to one-time vendor
 * OTV-000003): it is voided alone, and the files that reverse it in the ERP are written.
 */
class CorrectOneInvoiceTest {

    @TempDir
    Path temp;
    private Path register;
    private String runId;

    @BeforeEach
    void theFrenchSampleIsRun() throws IOException {
        register = temp.resolve("register.sqlite");
        CliRunner.Result run = CliRunner.run("run", "samples/fr", "--out", temp.resolve("run").toString(),
                "--register", register.toString());
        assertThat(run.status()).as(run.err()).isZero();
        runId = runIdOf(temp.resolve("run"));
    }


    private CliRunner.Result register(String... arguments) {
        List<String> args = new java.util.ArrayList<>(List.of("register"));
        args.addAll(List.of(arguments));
        args.addAll(List.of("--register", register.toString()));
        return CliRunner.run(args.toArray(String[]::new));
    }

    @Test
    void oneVoidedInvoiceIsReversedByAJournalTheOtherWayRound() throws IOException {
        Path out = temp.resolve("reversal");

        CliRunner.Result voided = register("void", "RMB-FR-000004", "--reason", "montant erroné", "--out",
                out.toString());

        assertThat(voided.status()).as(voided.err()).isZero();
        assertThat(voided.out()).contains("1 invoice(s) voided: montant erroné").doesNotContain("warning");
        String reversalRun = runIdOf(out);
        String today = LocalDate.now().toString();
        // checked by hand: the invoice line of RMB-FR-000004 with Debit for Credit, its own document number,
        // the original invoice as document, today's date, the reason; same vendor, customer as offset
        assertThat(Files.readAllLines(out.resolve("reversal-journal.csv"), StandardCharsets.UTF_8)).containsExactly(
                "\uFEFFJOURNALBATCHNUMBER;LINENUMBER;COMPANY;ACCOUNTTYPE;ACCOUNTDISPLAYVALUE;INVOICE;DOCUMENT;"
                        + "INVOICEDATE;DATE;DUEDATE;CURRENCY;DEBIT;DESCRIPTION;OFFSETACCOUNTTYPE;OFFSETCOMPANY;"
                        + "OFFSETACCOUNTDISPLAYVALUE;METHODOFPAYMENT",
                "RMB-FR-V000004;1;FR01;Vend;OTV-000003;RMB-FR-R000004;RMB-FR-000004;" + today + ";" + today + ";"
                        + today + ";EUR;640.00;Annulation de la facture RMB-FR-000004 : montant erroné;Cust;FR01;"
                        + "C00092;VIREMENT");
        assertThat(Files.readAllLines(out.resolve("reversal-journal-header.csv"), StandardCharsets.UTF_8))
                .containsExactly("\uFEFFJOURNALBATCHNUMBER;JOURNALNAME;DESCRIPTION",
                        "RMB-FR-V000004;APInvoice;Annulation de remboursements clients FR01 (" + reversalRun + ")");
        assertThat(Files.readAllLines(out.resolve("reversals.csv"), StandardCharsets.UTF_8)).containsExactly(
                "\uFEFFLegalEntity;CustomerAccount;CustomerName;Currency;Amount;VendorAccount;Invoice;ReversedInvoice;"
                        + "ReversedRun;TransactionDate;Paid;Reason",
                "FR01;C00092;'=Transports Rapides;EUR;640.00;OTV-000003;RMB-FR-R000004;RMB-FR-000004;" + runId + ";"
                        + today + ";no;montant erroné");
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"kind\" : \"reversal\"")
                .contains("\"reversal\" : \"RMB-FR-R000004\"").contains("reversal-journal.csv");

        CliRunner.Result list = register("list", "--run", runId);
        assertThat(list.out().lines().filter(line -> line.startsWith("RMB-FR-000004")).findFirst().orElseThrow())
                .contains("voided");
        assertThat(list.out().lines().filter(line -> line.contains(" voided")).count()).isEqualTo(1);
    }

    @Test
    void theCustomerOfAVoidedInvoiceIsReimbursedAgainThroughTheSameOneTimeVendor() throws IOException {
        assertThat(register("void", "RMB-FR-000004", "--reason", "montant erroné", "--out",
                temp.resolve("reversal").toString()).status()).isZero();

        CliRunner.Result again = CliRunner.run("run", "samples/fr", "--out", temp.resolve("again").toString(),
                "--register", register.toString(), "--allow-duplicate-input");

        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out()).contains("1 reimbursed").contains("4 ALREADY_REIMBURSED");
        assertThat(Files.readAllLines(temp.resolve("again/reimbursements.csv"), StandardCharsets.UTF_8)).hasSize(2)
                .last().asString().contains(";C00092;").contains(";OTV-000003;reused;RMB-FR-000006;");
        assertThat(Files.readAllLines(temp.resolve("again/one-time-vendors.csv"))).hasSize(1);
    }

    @Test
    void voidingAPaidInvoiceWarnsThatTheTransferIsNotRecalled() {
        CliRunner.Result voided = register("void", "RMB-FR-000001", "--reason", "doublon", "--out",
                temp.resolve("reversal").toString());

        assertThat(voided.status()).as(voided.err()).isZero();
        assertThat(voided.out()).contains("warning: RMB-FR-000001 reached a payment file");
    }

    @Test
    void aWholeRunIsReversedAndItsOneTimeVendorsAreKept() throws IOException {
        CliRunner.Result voided = register("void", runId, "--reason", "mauvais paramètres", "--out",
                temp.resolve("reversal").toString());

        assertThat(voided.status()).as(voided.err()).isZero();
        assertThat(voided.out()).contains("5 invoice(s) voided (run " + runId + ")");
        assertThat(Files.readAllLines(temp.resolve("reversal/reversal-journal.csv"))).hasSize(6);
        assertThat(register("show", runId).out()).contains("VOIDED");

        CliRunner.Result again = CliRunner.run("run", "samples/fr", "--out", temp.resolve("again").toString(),
                "--register", register.toString());
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out()).contains("5 reimbursed").doesNotContain("one-time vendor(s) to create");
    }

    @Test
    void voidingNeedsToKnowWhetherTheFilesWereImportedAndRefusesWhatItDoesNotKnow() {
        CliRunner.Result neither = register("void", "RMB-FR-000004", "--reason", "x");
        assertThat(neither.status()).isEqualTo(2);
        assertThat(neither.err()).contains("--out").contains("--not-imported");

        CliRunner.Result unknown = register("void", "RMB-FR-000004", "RMB-FR-999999", "--reason", "x",
                "--not-imported");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("RMB-FR-999999");
        assertThat(register("list").out()).doesNotContain("voided");

        assertThat(register("void", "RMB-FR-000004", "--reason", "x", "--not-imported").status()).isZero();
        CliRunner.Result twice = register("void", "RMB-FR-000004", "--reason", "x", "--out",
                temp.resolve("reversal").toString());
        assertThat(twice.status()).isEqualTo(2);
        assertThat(twice.err()).contains("voided already");
        assertThat(temp.resolve("reversal")).doesNotExist();
    }
}
