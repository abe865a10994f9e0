package io.reimburse.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The run options of SPEC §9 on the French sample. */
class RunOptionsTest {

    @TempDir
    Path temp;

    private Path out() {
        return temp.resolve("out");
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> reimbursedAccounts(Path out) throws IOException {
        return Files.readAllLines(out.resolve("reimbursements.csv")).stream().skip(1)
                .map(line -> line.split(";")[1]).toList();
    }

    @Test
    void dryRunWritesOnlyTheDraftReportAndTheManifest() throws IOException {
        CliRunner.Result cli = CliRunner.run("run", "--no-register", "samples/fr", "--out", out().toString(), "--dry-run");

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("DRAFT");
        assertThat(files(out())).containsExactly("manifest.json", "reimbursement-report.xlsx");
        try (InputStream in = Files.newInputStream(out().resolve("reimbursement-report.xlsx"));
             Workbook report = new XSSFWorkbook(in)) {
            assertThat(report.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains("BROUILLON");
        }
        assertThat(Files.readString(out().resolve("manifest.json"))).contains("\"dryRun\" : true");
    }

    @Test
    void selectOverridesTheCustomerAccountsParameter() throws IOException {
        CliRunner.Result cli = CliRunner.run("run", "--no-register", "samples/fr", "--out", out().toString(), "--select", "C00001..C00050, C0011*");

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(reimbursedAccounts(out())).containsExactly("C00012", "C00027", "C00045", "C00118");
        assertThat(cli.out()).contains("NOT_SELECTED");
    }

    @Test
    void groupsSelectsByCustomerGroup() throws IOException {
        CliRunner.Result cli = CliRunner.run("run", "--no-register", "samples/fr", "--out", out().toString(), "--groups", "GROS");

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(reimbursedAccounts(out())).containsExactly("C00027", "C00092");
    }

    @Test
    void langOverridesTheLanguageOfDescriptionsAndReport() throws IOException {
        CliRunner.Result cli = CliRunner.run("run", "--no-register", "samples/fr", "--out", out().toString(), "--lang", "en");

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(Files.readString(out().resolve("vendor-invoice-journal.csv")))
                .contains("Reimbursement of credit balance, customer C00012");
        try (InputStream in = Files.newInputStream(out().resolve("reimbursement-report.xlsx"));
             Workbook report = new XSSFWorkbook(in)) {
            assertThat(report.getSheetName(0)).isEqualTo("Summary");
        }
    }

    @Test
    void manifestListsInputsAndOutputsWithTheirSha256AndTotalsAsStrings() throws IOException {
        assertThat(CliRunner.run("run", "--no-register", "samples/fr", "--out", out().toString()).status()).isZero();

        Map<String, String> outputs = new HashMap<>();
        List<String> inputs = new ArrayList<>();
        String total = null;
        try (JsonParser json = new JsonFactory().createParser(out().resolve("manifest.json").toFile())) {
            String section = "";
            String file = null;
            while (json.nextToken() != null) {
                if (json.currentToken() == JsonToken.FIELD_NAME) {
                    String name = json.currentName();
                    json.nextToken();
                    if (json.currentToken() == JsonToken.START_ARRAY || json.currentToken() == JsonToken.START_OBJECT) {
                        if (List.of("inputs", "outputs", "totals", "payableTotals", "inputErrors").contains(name)) {
                            section = name;
                        }
                        continue;
                    }
                    switch (name) {
                        case "file" -> file = json.getText();
                        case "sha256" -> {
                            if (section.equals("outputs")) {
                                outputs.put(file, json.getText());
                            } else if (section.equals("inputs")) {
                                inputs.add(file + "=" + json.getText());
                            }
                        }
                        case "amount" -> {
                            assertThat(json.currentToken()).isEqualTo(JsonToken.VALUE_STRING);
                            if (section.equals("totals")) {
                                total = json.getText();
                            }
                        }
                        default -> { }
                    }
                }
            }
        }
        assertThat(total).isEqualTo("25444.18");
        assertThat(inputs).contains("soldes-clients.csv=" + sha256(Path.of("samples/fr/soldes-clients.csv")));
        assertThat(outputs).containsOnlyKeys("reimbursements.csv", "vendor-invoice-journal-header.csv",
                "vendor-invoice-journal.csv", "one-time-vendors.csv", "input-errors.csv", "vendor-payment-journal.csv",
                "payments.xml", "reimbursement-report.xlsx");
        for (Map.Entry<String, String> output : outputs.entrySet()) {
            assertThat(sha256(out().resolve(output.getKey()))).as(output.getKey()).isEqualTo(output.getValue());
        }
    }

    /** Computed here, not with the product's Sha256, so a wrong hash cannot agree with itself. */
    private static String sha256(Path file) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
