package io.reimburse.output.erp;

import io.reimburse.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** The data packages opened as Data management would: every manifest's entities checked against the zip's files. */
class D365PackageTest {

    @TempDir
    Path temp;

    /** An entity as the manifest declares it. */
    private record Declared(String name, String target, String file, int level, String format, List<String> fields) {
    }

    private static List<Declared> manifest(ZipFile zip) throws Exception {
        assertThat(zip.getEntry("PackageHeader.xml")).isNotNull();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document manifest = factory.newDocumentBuilder().parse(zip.getInputStream(zip.getEntry("Manifest.xml")));
        List<Declared> entities = new ArrayList<>();
        NodeList list = manifest.getElementsByTagNameNS("*", "DataManagementPackageEntityData");
        for (int i = 0; i < list.getLength(); i++) {
            Element entity = (Element) list.item(i);
            List<String> fields = new ArrayList<>();
            NodeList maps = entity.getElementsByTagNameNS("*", "EntityMap");
            for (int m = 0; m < maps.getLength(); m++) {
                Element map = (Element) maps.item(m);
                String field = text(map, "EntityField");
                assertThat(text(map, "XMLField")).isEqualTo(field);
                fields.add(field);
            }
            entities.add(new Declared(text(entity, "EntityName"), text(entity, "TargetEntity"),
                    text(entity, "InputFilePath"), Integer.parseInt(text(entity, "LevelInExecutionUnit")),
                    text(entity, "SourceFormat"), fields));
        }
        return entities;
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS("*", name).item(0).getTextContent();
    }

    /** Each declared file is in the zip, in its format's encoding, and each EntityMap names a column of its header. */
    private static void crossCheck(ZipFile zip, List<Declared> entities) throws Exception {
        for (Declared entity : entities) {
            assertThat(zip.getEntry(entity.file())).as(entity.file()).isNotNull();
            byte[] bytes = zip.getInputStream(zip.getEntry(entity.file())).readAllBytes();
            String text;
            if (entity.format().equals("CSV-Unicode")) {
                assertThat(bytes[0]).isEqualTo((byte) 0xFF);
                assertThat(bytes[1]).isEqualTo((byte) 0xFE);
                text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
            } else {
                assertThat(entity.format()).isEqualTo("CSV");
                text = new String(bytes, StandardCharsets.UTF_8);
            }
            assertThat(text).contains("\r\n").doesNotContain("\n\n");
            List<String> header = Arrays.asList(text.substring(0, text.indexOf("\r\n")).split(","));
            assertThat(entity.fields()).as(entity.file()).isNotEmpty().containsExactlyElementsOf(header);
        }
    }

    @Test
    void theInvoicePackageSequencesVendorsThenTheHeaderThenTheLines() throws Exception {
        Path out = FrenchSampleWithTargets.run(temp, "Cibles ERP;d365-package\r\n");
        try (ZipFile zip = new ZipFile(out.resolve(D365Package.INVOICE_PACKAGE).toFile())) {
            List<Declared> entities = manifest(zip);
            assertThat(entities).extracting(Declared::name).containsExactly("Vendors V2",
                    "Vendor invoice journal header", "Vendor invoice journal line");
            assertThat(entities).extracting(Declared::target).containsExactly("VendVendorV2Entity",
                    "VendInvoiceJournalHeaderEntity", "VendInvoiceJournalLineEntity");
            assertThat(entities).extracting(Declared::level).containsExactly(1, 2, 3);
            crossCheck(zip, entities);
            assertThat(entities.get(2).fields()).contains("CREDIT", "OFFSETACCOUNTDISPLAYVALUE");
        }
        try (ZipFile zip = new ZipFile(out.resolve(D365Package.PAYMENT_PACKAGE).toFile())) {
            List<Declared> entities = manifest(zip);
            assertThat(entities).extracting(Declared::name).containsExactly("Vendor payment journal line");
            crossCheck(zip, entities);
        }
        assertThat(out.resolve("vendor-invoice-journal.csv")).doesNotExist(); // d365 not asked for
    }

    @Test
    void thePlainCsvFormatIsUtf8() throws Exception {
        Path out = FrenchSampleWithTargets.run(temp, "Cibles ERP;d365-package\r\nFormat du package D365;CSV\r\n");
        try (ZipFile zip = new ZipFile(out.resolve(D365Package.INVOICE_PACKAGE).toFile())) {
            List<Declared> entities = manifest(zip);
            assertThat(entities).extracting(Declared::format).containsOnly("CSV");
            crossCheck(zip, entities);
            String vendors = new String(zip.getInputStream(zip.getEntry("one-time-vendors.csv")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(vendors).contains("OTV-000002,Hôtel Beauséjour,C00045,Organization,OCCAS,EUR,Yes");
        }
    }

    @Test
    void oneTimeVendorsOfSeveralLegalEntitiesAreRefusedBeforeAnythingIsWritten() throws Exception {
        Path inputs = Files.createDirectories(temp.resolve("two-entities"));
        Files.write(inputs.resolve("balances.csv"), List.of("LegalEntity;CustomerAccount;Name;Currency;"
                + "Balance", "FR01;C1;Client Un;EUR;-120.00", "FR02;C2;Client Deux;EUR;-80.00"), StandardCharsets.UTF_8);
        Files.write(inputs.resolve("parameters.csv"), List.of("Parameter;Value",
                "AccountingCurrency;EUR", "MinimumReimbursement;10.00", "BalanceDate;2026-11-30",
                "TransactionDate;2026-11-30", "OneTimeVendorGroup;OTV", "ErpTargets;d365-package"),
                StandardCharsets.UTF_8);
        Path out = temp.resolve("out");
        Path register = temp.resolve("register.sqlite");

        CliRunner.Result run = CliRunner.run("run", inputs.toString(), "--out",
                out.toString(), "--register", register.toString());

        assertThat(run.status()).as(run.out()).isEqualTo(2);
        assertThat(run.err()).contains("ErpTargets d365-package").contains("FR01, FR02")
                .contains("run each legal entity on its own");
        assertThat(out).doesNotExist();
        assertThat(CliRunner.run("register", "list", "--register", register.toString()).out())
                .contains("0 reimbursement(s)");
    }
}
