package io.reimburse.output;

import io.reimburse.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What reaches the ERP beside the amounts: dimension sets, persons, countries, the method of payment per currency. */
class ErpDetailsTest {

    @TempDir
    Path temp;

    private Path inputs(List<String> balances, String... parameters) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("in"));
        Files.write(folder.resolve("balances.csv"), balances, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of("Parameter;Value", "LegalEntity;FR01", "AccountingCurrency;EUR",
                "MinimumReimbursement;10.00", "BalanceDate;2026-10-31", "TransactionDate;2026-11-05",
                "OneTimeVendorGroup;OTV", "ExchangeRate.GBP;1.15"));
        lines.addAll(List.of(parameters));
        Files.write(folder.resolve("parameters.csv"), lines, StandardCharsets.UTF_8);
        return folder;
    }

    private CliRunner.Result run(Path inputs) {
        return CliRunner.run("run", inputs.toString(), "--out", temp.resolve("out").toString(), "--no-register");
    }

    /** The rows of an output CSV by header name, read with opencsv. */
    private List<Map<String, String>> rows(String file) throws IOException {
        String text = Files.readString(temp.resolve("out").resolve(file), StandardCharsets.UTF_8).replace("\uFEFF", "");
        try (com.opencsv.CSVReader reader = new com.opencsv.CSVReader(new java.io.StringReader(text))) {
            List<String[]> lines = reader.readAll();
            String[] header = lines.get(0);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String[] fields : lines.subList(1, lines.size())) {
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], fields[i]);
                }
                rows.add(row);
            }
            return rows;
        } catch (com.opencsv.exceptions.CsvException e) {
            throw new IOException(e);
        }
    }

    @Test
    void eachInvoiceLineCarriesItsDimensionSetInTheErpsDisplayFormat() throws IOException {
        CliRunner.Result run = run(inputs(List.of("CustomerAccount;Currency;Balance;CostCenter;Department",
                        "C1;EUR;-50.00;CC10;SALES", "C1;EUR;-20.00;CC20;SALES"),
                "Summarize;No", "Dimensions;CostCenter,Department", "DimensionFormat;Department--CostCenter"));

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(rows("vendor-invoice-journal.csv")).extracting(row -> row.get("DEFAULTDIMENSIONDISPLAYVALUE"))
                .containsExactly("SALES--CC10", "SALES--CC20");
        assertThat(rows("reimbursements.csv")).extracting(row -> row.get("CostCenter") + "/" + row.get("Department"))
                .containsExactly("CC10/SALES", "CC20/SALES");
    }

    @Test
    void withoutAFormatTheDimensionsAreJoinedInTheirOrderAndSummarizedRunsCarryNone() throws IOException {
        assertThat(run(inputs(List.of("CustomerAccount;Currency;Balance;CostCenter;Department",
                "C1;EUR;-50.00;CC10;SALES"), "Summarize;No", "Dimensions;CostCenter,Department")).status()).isZero();
        assertThat(rows("vendor-invoice-journal.csv").get(0)).containsEntry("DEFAULTDIMENSIONDISPLAYVALUE",
                "CC10-SALES");

        Files.walk(temp.resolve("out")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        Files.delete(temp.resolve("in/parameters.csv"));
        Files.delete(temp.resolve("in/balances.csv"));
        assertThat(run(inputs(List.of("CustomerAccount;Currency;Balance", "C1;EUR;-50.00"))).status()).isZero();
        assertThat(rows("vendor-invoice-journal.csv").get(0)).doesNotContainKey("DEFAULTDIMENSIONDISPLAYVALUE");
        assertThat(rows("reimbursements.csv").get(0)).hasSize(12);
    }

    @Test
    void aColumnNamedLikeAnOutputTemplatesHeadingStaysTheBalancesOwn() throws IOException {
        CliRunner.Result run = run(inputs(List.of("CustomerAccount;Currency;Balance;Text;Width",
                "C1;EUR;-50.00;Spring;W1"), "Summarize;No", "Dimensions;Text,Width"));

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(rows("vendor-invoice-journal.csv").get(0)).containsEntry("DEFAULTDIMENSIONDISPLAYVALUE", "Spring-W1");
    }

    @Test
    void identifiersThatBeginLikeAFormulaAreRefusedNeverAlteredWhileFreeTextIsGuarded() throws IOException {
        CliRunner.Result run = run(inputs(List.of("CustomerAccount;Name;VendorAccount;Currency;Balance;CostCenter",
                        "=C1;Alpha;;EUR;-50.00;CC10", "C2;Bravo;+V2;EUR;-50.00;CC10", "C3;Charlie;;EUR;-50.00;@CC",
                        "C4;=Delta;;EUR;-50.00;CC10"),
                "Summarize;No", "Dimensions;CostCenter"));

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 reimbursed").contains("3 INPUT_ERROR");
        assertThat(rows("input-errors.csv")).extracting(row -> row.get("Column") + " " + row.get("Value"))
                .containsExactly("CustomerAccount '=C1", "VendorAccount '+V2", "CostCenter '@CC");
        assertThat(rows("input-errors.csv")).allSatisfy(row ->
                assertThat(row.get("Problem")).contains("an identifier must reach the ERP unchanged"));
        // a name is free text: it gets the quote, in every file; the account beside it never needs one
        assertThat(rows("reimbursements.csv")).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("CustomerAccount", "C4").containsEntry("CustomerName",
                        "'=Delta").containsEntry("CostCenter", "CC10"));
        assertThat(rows("one-time-vendors.csv")).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("VENDORSEARCHNAME", "C4").containsEntry("VENDORORGANIZATIONNAME", "'=Delta"));
        assertThat(rows("vendor-invoice-journal.csv")).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("OFFSETACCOUNTDISPLAYVALUE", "C4"));
    }

    @Test
    void aVoucherOrALinkedVendorThatBeginsLikeAFormulaHoldsItsCustomerBack() throws IOException {
        Path folder = inputs(List.of("CustomerAccount;Currency;Voucher;Balance", "C1;EUR;-V1;-50.00",
                "C2;EUR;V2;-40.00", "C3;EUR;V3;-30.00"));
        Files.write(folder.resolve("links.csv"), List.of("CustomerAccount;VendorAccount", "C3;@F3"),
                StandardCharsets.UTF_8);

        CliRunner.Result run = run(folder);

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 reimbursed").contains("2 INPUT_ERROR");
        assertThat(rows("input-errors.csv")).extracting(row -> row.get("Column") + " " + row.get("Value"))
                .containsExactlyInAnyOrder("Voucher '-V1", "VendorAccount '@F3");
    }

    @Test
    void aParameterTheErpFilesCarryCannotBeginLikeAFormula() throws IOException {
        CliRunner.Result run = run(inputs(List.of("CustomerAccount;Currency;Balance", "C1;EUR;-50.00"),
                "InvoicePrefix;=RMB-", "MethodOfPayment.GBP;-CHQ"));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("InvoicePrefix '=RMB-' begins with a character")
                .contains("MethodOfPayment.GBP '-CHQ' begins with a character");
    }

    @Test
    void oneTimeVendorsOfSeveralLegalEntitiesGoToOneFileEachSinceVendorsV2HasNoCompanyField() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("in"));
        Files.write(folder.resolve("balances.csv"), List.of("LegalEntity;CustomerAccount;Name;Currency;Balance",
                "FR01;C1;Alpha;EUR;-50.00", "DE01;C1;Alpha GmbH;EUR;-60.00", "FR01;C2;Bravo;EUR;-70.00"),
                StandardCharsets.UTF_8);
        Files.write(folder.resolve("parameters.csv"), List.of("Parameter;Value", "AccountingCurrency;EUR",
                "MinimumReimbursement;10.00", "BalanceDate;2026-10-31", "TransactionDate;2026-11-05",
                "OneTimeVendorGroup;OTV"), StandardCharsets.UTF_8);

        CliRunner.Result run = run(folder);

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(temp.resolve("out/one-time-vendors.csv")).doesNotExist();
        assertThat(rows("one-time-vendors-DE01.csv")).extracting(row -> row.get("VENDORACCOUNTNUMBER") + " "
                + row.get("VENDORORGANIZATIONNAME")).containsExactly("OTV-000001 Alpha GmbH");
        assertThat(rows("one-time-vendors-FR01.csv")).extracting(row -> row.get("VENDORACCOUNTNUMBER") + " "
                + row.get("VENDORORGANIZATIONNAME")).containsExactly("OTV-000002 Alpha", "OTV-000003 Bravo");
        assertThat(Files.readString(temp.resolve("out/manifest.json"))).contains("one-time-vendors-DE01.csv")
                .contains("one-time-vendors-FR01.csv");
    }

    @Test
    void aDimensionValueHoldingTheSegmentDelimiterHoldsItsCustomerBack() throws IOException {
        CliRunner.Result run = run(inputs(List.of("CustomerAccount;Currency;Balance;CostCenter",
                "C1;EUR;-50.00;CC-10", "C2;EUR;-40.00;CC20"), "Summarize;No", "Dimensions;CostCenter"));

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 reimbursed").contains("1 INPUT_ERROR");
        assertThat(Files.readString(temp.resolve("out/input-errors.csv"))).contains("CC-10").contains("'-'");
    }

    @Test
    void aFormatNamingAnotherDimensionOrLeavingOneOutIsRefused() throws IOException {
        CliRunner.Result run = run(inputs(List.of("CustomerAccount;Currency;Balance;CostCenter;Department",
                "C1;EUR;-50.00;CC10;SALES"), "Summarize;No", "Dimensions;CostCenter,Department",
                "DimensionFormat;CostCentre-Project"));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("'CostCentre', which is not one of the Dimensions")
                .contains("dimension Department is not in DimensionFormat");
    }

    @Test
    void aPersonBecomesAOneTimeVendorOfPartyTypePerson() throws IOException {
        CliRunner.Result run = run(inputs(List.of("CustomerAccount;Name;Type de tiers;Prénom;Nom de famille;Currency;Balance",
                "C1;Jean-Pierre Martin;Particulier;;;EUR;-50.00",
                "C2;Martin Claire;Personne;Claire;Martin;EUR;-60.00",
                "C3;Boulangerie Dupont;;;;EUR;-70.00",
                "C4;Anna Schmidt;;Anna;Schmidt;EUR;-80.00")));

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(rows("one-time-vendors.csv")).extracting(row -> row.get("VENDORPARTYTYPE") + "|"
                        + row.get("VENDORORGANIZATIONNAME") + "|" + row.get("PERSONFIRSTNAME") + "|"
                        + row.get("PERSONLASTNAME") + "|" + row.get("ADDRESSDESCRIPTION"))
                .containsExactly("Person||Jean-Pierre|Martin|Jean-Pierre Martin",
                        "Person||Claire|Martin|Martin Claire",
                        "Organization|Boulangerie Dupont|||Boulangerie Dupont",
                        "Person||Anna|Schmidt|Anna Schmidt");
    }

    @Test
    void countriesAreCheckedAndWrittenAsDynamicsKeysThem() throws IOException {
        CliRunner.Result run = run(inputs(List.of("CustomerAccount;Currency;Balance;City;Country",
                "C1;EUR;-50.00;Lyon;France", "C2;EUR;-60.00;Köln;DE", "C3;EUR;-70.00;Genève;CHE",
                "C4;EUR;-80.00;Nowhere;Atlantis")));

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("3 reimbursed").contains("1 INPUT_ERROR");
        assertThat(rows("one-time-vendors.csv")).extracting(row -> row.get("ADDRESSCOUNTRYREGIONID"))
                .containsExactly("FRA", "DEU", "CHE");
        assertThat(Files.readString(temp.resolve("out/input-errors.csv"))).contains("Atlantis")
                .contains("not an ISO 3166 country");
    }

    @Test
    void eachCurrencyMayHaveItsOwnMethodOfPayment() throws IOException {
        CliRunner.Result run = run(inputs(List.of("CustomerAccount;Currency;Balance;IBAN",
                        "C1;EUR;-50.00;DE89 3704 0044 0532 0130 00", "C2;GBP;-60.00;GB29 NWBK 6016 1331 9268 19"),
                "MethodOfPayment;SEPA", "MethodOfPayment.GBP;FASTER", "Payments;Yes", "BankAccount;BANK",
                "DebtorName;Example SAS", "DebtorIBAN;FR76 3000 1007 9412 3456 7890 185", "DebtorBIC;EXMPFRPPXXX"));

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(rows("vendor-invoice-journal.csv")).extracting(row -> row.get("CURRENCY") + " "
                + row.get("METHODOFPAYMENT")).containsExactly("EUR SEPA", "GBP FASTER");
        assertThat(rows("vendor-payment-journal.csv")).extracting(row -> row.get("CURRENCYCODE") + " "
                + row.get("PAYMENTMETHODNAME")).containsExactly("EUR SEPA", "GBP FASTER");
        assertThat(Files.readString(temp.resolve("out/manifest.json"))).contains("\"MethodOfPayment.GBP\" : \"FASTER\"");
    }
}
