package io.reimburse.output.erp;

import io.reimburse.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** ErpTargets and what its targets need, as the parameters table gives them. */
class ErpTargetsParametersTest {

    @TempDir
    Path temp;

    private CliRunner.Result run(String parameters) throws IOException {
        Path inputs = FrenchSampleWithTargets.inputs(temp, parameters);
        return CliRunner.run("run", "--no-register", inputs.toString(), "--out", temp.resolve("out").toString());
    }

    @Test
    void anUnknownTargetIsARunProblemNamingItsRow() throws IOException {
        CliRunner.Result cli = run("Cibles ERP;d365, sap\r\n");
        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("parametres.csv, row 22: ErpTargets: 'sap' is not an ERP target; targets are "
                + "[d365, d365-package, oracle-fbdi, odoo, template:NAME, neutral]");
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void oracleNeedsItsFourValuesEachNamed() throws IOException {
        CliRunner.Result cli = run("Cibles ERP;oracle-fbdi\r\nSource FBDI;REIMBURSE\r\n");
        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("parameter FbdiBusinessUnit is required when ErpTargets lists oracle-fbdi",
                "parameter FbdiSupplierSite is required", "parameter FbdiDistributionCombination is required")
                .doesNotContain("parameter FbdiSource is required");
    }

    @Test
    void theFbdiValuesAreNotNeededWithoutOracle() throws IOException {
        CliRunner.Result cli = run("Cibles ERP;odoo\r\n");
        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(temp.resolve("out").resolve("odoo-vendor-bills.csv")).exists();
        // only the neutral files beside the targets asked for
        assertThat(temp.resolve("out").resolve("vendor-invoice-journal.csv")).doesNotExist();
        assertThat(temp.resolve("out").resolve("reimbursements.csv")).exists();
    }

    @Test
    void neutralAloneWritesNoErpFile() throws IOException {
        CliRunner.Result cli = run("Cibles ERP;neutral\r\n");
        assertThat(cli.status()).as(cli.err()).isZero();
        try (var files = Files.list(temp.resolve("out"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("reimbursements.csv",
                    "input-errors.csv", "payments.xml", "reimbursement-report.xlsx", "manifest.json");
        }
    }
}
