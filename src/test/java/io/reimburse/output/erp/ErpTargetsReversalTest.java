package io.reimburse.output.erp;

import io.reimburse.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** A voided invoice is reversed in every target of its run whose format takes a reversal. */
class ErpTargetsReversalTest {

    @TempDir
    Path temp;

    @Test
    void oneVoidedInvoiceIsReversedInEachTargetOfItsRun() throws IOException {
        Path register = temp.resolve("register.sqlite");
        Path inputs = FrenchSampleWithTargets.inputs(temp, "Cibles ERP;d365, d365-package, oracle-fbdi, odoo\r\n"
                + FrenchSampleWithTargets.FBDI + "Compte Odoo;411000 Clients\r\n");
        CliRunner.Result run = CliRunner.run("run", inputs.toString(), "--out", temp.resolve("out").toString(),
                "--register", register.toString());
        assertThat(run.status()).as(run.err()).isZero();

        Path reversal = temp.resolve("reversal");
        CliRunner.Result voided = CliRunner.run("register", "void", "RMB-FR-000004", "--reason", "montant erroné",
                "--out", reversal.toString(), "--register", register.toString());
        assertThat(voided.status()).as(voided.err()).isZero();

        assertThat(reversal.resolve("reversal-journal.csv")).exists();
        try (ZipFile zip = new ZipFile(reversal.resolve(D365Package.REVERSAL_PACKAGE).toFile())) {
            String lines = new String(zip.getInputStream(zip.getEntry("reversal-journal.csv")).readAllBytes(),
                    StandardCharsets.UTF_16LE);
            assertThat(lines).contains(",DEBIT,").contains("RMB-FR-R000004,RMB-FR-000004,");
        }
        try (ZipFile zip = new ZipFile(reversal.resolve(OracleFbdi.CREDIT_MEMOS).toFile())) {
            String memo = new String(zip.getInputStream(zip.getEntry("ApInvoicesInterface.csv")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(memo).startsWith("1,FR Business Unit,REIMBURSE,RMB-FR-R000004,-640.00,")
                    .contains(",OTV-000003,REFUND,EUR,,").contains(",RMB-FR-V000004,CREDIT,");
        }
        assertThat(Files.readString(reversal.resolve("odoo-credit-notes.csv")).lines().skip(1).findFirst().orElseThrow())
                .startsWith("RMB-FR-R000004;in_refund;OTV-000003;RMB-FR-R000004;")
                .endsWith(";1;640.00;411000 Clients;RMB-FR-000004");
        assertThat(Files.readString(reversal.resolve("manifest.json"))).contains(D365Package.REVERSAL_PACKAGE,
                OracleFbdi.CREDIT_MEMOS, "odoo-credit-notes.xlsx");
    }
}
