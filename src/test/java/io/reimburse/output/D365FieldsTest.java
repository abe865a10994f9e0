package io.reimburse.output;

import io.reimburse.cli.CliRunner;
import io.reimburse.SharedReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Dynamics 365 files carry only fields of the entities listed in ../shared/reference/d365. */
class D365FieldsTest {

    private static final Path REFERENCE = SharedReference.resolve("d365");

    @TempDir
    Path temp;

    private static Set<String> reference(String entity) throws IOException {
        return Files.readAllLines(REFERENCE.resolve(entity + ".fields.txt")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private static List<String> header(Path csv) throws IOException {
        return header(csv, ",");
    }

    private static List<String> header(Path csv, String delimiter) throws IOException {
        String first = Files.readAllLines(csv, StandardCharsets.UTF_8).get(0).replace("\uFEFF", "");
        return List.of(first.split(delimiter));
    }

    /** The sample's output folder. */
    private Path run(String sample) {
        Path out = temp.resolve("out");
        CliRunner.Result cli = CliRunner.run("run", "--no-register", sample, "--out", out.toString());
        assertThat(cli.status()).as(cli.err()).isZero();
        return out;
    }

    @Test
    void everyHeaderFieldExistsInTheReferenceEntity() throws IOException {
        Path out = run("samples/multi-currency");

        Map<String, String> entities = Map.of(
                "vendor-invoice-journal-header.csv", "VendInvoiceJournalHeaderEntity",
                "vendor-invoice-journal.csv", "VendInvoiceJournalLineEntity",
                "one-time-vendors.csv", "VendVendorV2Entity");
        for (Map.Entry<String, String> file : entities.entrySet()) {
            List<String> header = header(out.resolve(file.getKey()));
            assertThat(header).as(file.getKey()).isNotEmpty().doesNotHaveDuplicates()
                    .allMatch(name -> name.equals(name.toUpperCase(Locale.ROOT)));
            assertThat(reference(file.getValue())).as(file.getKey()).containsAll(header);
        }
        assertThat(header(out.resolve("vendor-invoice-journal.csv"))).contains("ACCOUNTTYPE", "ACCOUNTDISPLAYVALUE",
                "OFFSETACCOUNTTYPE", "OFFSETACCOUNTDISPLAYVALUE", "CREDIT", "CURRENCY", "INVOICE", "COMPANY",
                "JOURNALBATCHNUMBER", "LINENUMBER", "INVOICEDATE", "DATE", "DUEDATE", "DESCRIPTION");
        assertThat(header(out.resolve("one-time-vendors.csv"))).contains("VENDORACCOUNTNUMBER", "VENDORGROUPID",
                "VENDORORGANIZATIONNAME", "CURRENCYCODE", "ADDRESSSTREET", "ADDRESSCITY", "ISONETIMEVENDOR");
    }

    @Test
    void thePaymentJournalHeaderFieldsExistInTheReferenceEntity() throws IOException {
        List<String> header = header(run("samples/fr").resolve("vendor-payment-journal.csv"), ";");
        assertThat(header).isNotEmpty().doesNotHaveDuplicates()
                .allMatch(name -> name.equals(name.toUpperCase(Locale.ROOT)));
        assertThat(reference("VendorPaymentJournalLineEntity")).containsAll(header);
        assertThat(header).contains("JOURNALBATCHNUMBER", "ACCOUNTTYPE", "ACCOUNTDISPLAYVALUE", "DEBITAMOUNT",
                "CURRENCYCODE", "PAYMENTMETHODNAME", "MARKEDINVOICE", "OFFSETACCOUNTTYPE", "OFFSETACCOUNTDISPLAYVALUE",
                "TRANSACTIONDATE", "PAYMENTREFERENCE");
    }

    @Test
    void theBundledFieldListsAreTheReferenceOnes() throws IOException {
        for (String entity : List.of("VendInvoiceJournalHeaderEntity", "VendInvoiceJournalLineEntity",
                "VendVendorV2Entity", "VendorPaymentJournalLineEntity")) {
            assertThat(Path.of("src/main/resources/d365", entity + ".fields.txt"))
                    .hasSameBinaryContentAs(REFERENCE.resolve(entity + ".fields.txt"));
        }
    }

    @Test
    void aFieldOutsideTheEntityIsABugCaughtWhenWriting() {
        assertThatThrownBy(() -> D365Fields.INVOICE_JOURNAL_HEADER.header("JournalName", "Company"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("COMPANY");
    }
}
