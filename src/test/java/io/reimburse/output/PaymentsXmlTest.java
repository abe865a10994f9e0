package io.reimburse.output;

import io.reimburse.model.Language;
import io.reimburse.model.Money;
import io.reimburse.model.Payment;
import io.reimburse.model.PaymentStatus;
import io.reimburse.model.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.reimburse.output.PaymentRuns.payment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** payments.xml: valid pain.001.001.03, exact counts and sums, SEPA characters, only PAYABLE payees. */
class PaymentsXmlTest {

    private static final String SEPA = "[A-Za-z0-9/\\-?:().,'+ ]+";

    private static final String DE = "DE89370400440532013000";
    private static final String GB = "GB82WEST12345698765432";
    private static final String CH = "CH9300762011623852957";
    private static final String NL = "NL91ABNA0417164300";
    private static final String KW = "KW81CBKU0000000000001234560101";

    @TempDir
    Path folder;

    @Test
    void onePayeeGivesAValidFile() throws Exception {
        Document xml = write(payment(1, "Boulangerie Martin", "1250.00", "EUR", DE, "DEUTDEFF", PaymentStatus.PAYABLE));

        assertThat(texts(xml, "NbOfTxs")).containsExactly("1", "1");
        assertThat(texts(xml, "CtrlSum")).containsExactly("1250.00", "1250.00");
        assertThat(texts(xml, "EndToEndId")).containsExactly("RMB-FR-000001");
        assertThat(texts(xml, "IBAN")).containsExactly(PaymentRuns.DEBTOR_IBAN, DE);
        assertThat(texts(xml, "BIC")).containsExactly(PaymentRuns.DEBTOR_BIC, "DEUTDEFF");
        assertThat(texts(xml, "Ustrd")).containsExactly("Reimbursement RMB-FR-000001, customer C00001");
        assertThat(texts(xml, "ReqdExctnDt")).containsExactly("2026-11-06");
        assertThat(texts(xml, "PmtMtd")).containsExactly("TRF");
    }

    @Test
    void manyPayeesInSeveralCurrenciesGiveOneBlockPerCurrencyWithExactCountsAndSums() throws Exception {
        Document xml = write(
                payment(1, "Alpha", "1250.00", "EUR", DE, "DEUTDEFF", PaymentStatus.PAYABLE),
                payment(2, "Bravo", "80.00", "GBP", GB, "", PaymentStatus.PAYABLE),
                payment(3, "Charlie", "0.01", "EUR", NL, "ABNANL2A", PaymentStatus.PAYABLE),
                payment(4, "Delta", "6200", "JPY", DE, "", PaymentStatus.PAYABLE),
                payment(5, "Echo", "12.5", "KWD", KW, "", PaymentStatus.PAYABLE),
                payment(6, "Foxtrot", "250.05", "CHF", CH, "", PaymentStatus.PAYABLE),
                payment(7, "Golf", "87.40", "EUR", DE, "", PaymentStatus.PAYABLE),
                payment(8, "Hotel", "999999999.99", "USD", DE, "", PaymentStatus.PAYABLE));

        List<Element> blocks = elements(xml.getDocumentElement(), "PmtInf");
        assertThat(blocks).extracting(block -> texts(block, "InstdAmt").size()).containsExactly(1, 3, 1, 1, 1, 1);
        BigDecimal all = BigDecimal.ZERO;
        int transactions = 0;
        for (Element block : blocks) {
            List<Element> amounts = elements(block, "InstdAmt");
            String currency = amounts.get(0).getAttribute("Ccy");
            BigDecimal sum = BigDecimal.ZERO;
            for (Element amount : amounts) {
                assertThat(amount.getAttribute("Ccy")).isEqualTo(currency);
                assertThat(new BigDecimal(amount.getTextContent()).scale()).isEqualTo(Money.minorDigits(currency));
                sum = sum.add(new BigDecimal(amount.getTextContent()));
            }
            assertThat(text(block, "NbOfTxs")).isEqualTo(Integer.toString(amounts.size()));
            assertThat(new BigDecimal(text(block, "CtrlSum"))).isEqualByComparingTo(sum);
            assertThat(texts(block, "Cd")).containsExactlyElementsOf(currency.equals("EUR") ? List.of("SEPA") : List.of());
            assertThat(text(block, "ChrgBr")).isEqualTo(currency.equals("EUR") ? "SLEV" : "SHAR");
            all = all.add(sum);
            transactions += amounts.size();
        }
        Element header = elements(xml.getDocumentElement(), "GrpHdr").get(0);
        assertThat(text(header, "NbOfTxs")).isEqualTo(Integer.toString(transactions)).isEqualTo("8");
        assertThat(new BigDecimal(text(header, "CtrlSum"))).isEqualByComparingTo(all)
                .isEqualByComparingTo("1000007879.95");
        assertThat(texts(xml, "InstdAmt")).contains("6200", "12.500", "999999999.99");
        assertThat(texts(xml, "EndToEndId")).containsExactly("RMB-FR-000006", "RMB-FR-000001", "RMB-FR-000003",
                "RMB-FR-000007", "RMB-FR-000002", "RMB-FR-000004", "RMB-FR-000005", "RMB-FR-000008");
    }

    @Test
    void namesOfEveryScriptAreWrittenInTheSepaCharacterSet() throws Exception {
        Document xml = write(
                payment(1, "Société Générale d'Équipement", "10.00", "EUR", DE, "", PaymentStatus.PAYABLE),
                payment(2, "Menuiserie Lefèvre & Fils <Atelier>", "10.00", "EUR", DE, "", PaymentStatus.PAYABLE),
                payment(3, "ООО Ромашка", "10.00", "EUR", DE, "", PaymentStatus.PAYABLE),
                payment(4, "Αθήνα Εμπορική", "10.00", "EUR", DE, "", PaymentStatus.PAYABLE),
                payment(5, "北京贸易有限公司", "10.00", "EUR", DE, "", PaymentStatus.PAYABLE),
                payment(6, "🙂🙂", "10.00", "EUR", DE, "", PaymentStatus.PAYABLE),
                payment(7, "Straße der Großen Bäckerei und Konditorei Müller-Lüdenscheidt GmbH & Co. KG", "10.00", "EUR",
                        DE, "", PaymentStatus.PAYABLE));

        List<String> creditors = new ArrayList<>();
        for (Element creditor : elements(xml.getDocumentElement(), "Cdtr")) {
            creditors.add(text(creditor, "Nm"));
        }
        assertThat(creditors).containsExactly("Societe Generale d'Equipement", "Menuiserie Lefevre + Fils Atelier",
                "OOO Romaska", "Athena Emporike", "bei jing mao yi you xian gong si", "C00006",
                "Strasse der Grossen Backerei und Konditorei Muller-Ludenscheidt GmbH +");
        assertThat(creditors).allMatch(name -> name.matches(SEPA) && name.length() <= 70);
        assertThat(texts(xml, "Nm")).allMatch(name -> name.matches(SEPA));
        assertThat(texts(xml, "Ustrd")).allMatch(text -> text.matches(SEPA) && text.length() <= 140);
    }

    @Test
    void payeesWithoutGoodOrUnchangedBankDetailsStayOutOfTheFile() throws Exception {
        Document xml = write(
                payment(1, "Payable", "10.00", "EUR", DE, "", PaymentStatus.PAYABLE),
                payment(2, "No details", "20.00", "EUR", "", "", PaymentStatus.NO_BANK_DETAILS),
                payment(3, "Bad details", "30.00", "EUR", "DE00370400440532013000", "", PaymentStatus.BAD_BANK_DETAILS),
                payment(4, "Changed", "40.00", "EUR", GB, "", PaymentStatus.BANK_DETAILS_CHANGED),
                payment(5, "Payable too", "50.00", "GBP", GB, "", PaymentStatus.PAYABLE));

        assertThat(texts(xml, "EndToEndId")).containsExactly("RMB-FR-000001", "RMB-FR-000005");
        assertThat(text(elements(xml.getDocumentElement(), "GrpHdr").get(0), "CtrlSum")).isEqualTo("60.00");
        assertThat(Files.readString(folder.resolve(PaymentsXml.FILE))).doesNotContain("No details", "Bad details",
                "Changed", "DE00370400440532013000");
    }

    @Test
    void withoutAPayablePaymentNoFileIsWritten() throws IOException {
        RunResult run = PaymentRuns.run(Language.EN, List.of(
                payment(1, "No details", "20.00", "EUR", "", "", PaymentStatus.NO_BANK_DETAILS)));

        assertThat(PaymentsXml.write(run, folder)).isEmpty();
        assertThat(folder.resolve(PaymentsXml.FILE)).doesNotExist();
    }

    @Test
    void theCreditorAgentIsNamedOnlyWhenItsBicIsKnown() throws Exception {
        Document xml = write(payment(1, "With BIC", "10.00", "EUR", DE, "DEUTDEFF500", PaymentStatus.PAYABLE),
                payment(2, "Without BIC", "10.00", "EUR", DE, "", PaymentStatus.PAYABLE));

        assertThat(elements(xml.getDocumentElement(), "CdtrAgt")).hasSize(1);
        assertThat(texts(xml, "BIC")).containsExactly(PaymentRuns.DEBTOR_BIC, "DEUTDEFF500");
    }

    @Test
    void identifiersComeFromTheInvoicesAndTheFileFromTheSameRunIsTheSame() throws Exception {
        List<Payment> payments = List.of(payment(3, "Alpha", "10.00", "GBP", GB, "", PaymentStatus.PAYABLE),
                payment(7, "Bravo", "10.00", "EUR", DE, "", PaymentStatus.PAYABLE));
        Document xml = write(payments.toArray(Payment[]::new));
        byte[] first = Files.readAllBytes(folder.resolve(PaymentsXml.FILE));
        PaymentsXml.write(PaymentRuns.run(Language.EN, payments), folder);

        assertThat(texts(xml, "MsgId")).containsExactly("RMB-FR-M000003");
        assertThat(texts(xml, "PmtInfId")).containsExactly("RMB-FR-B000007", "RMB-FR-B000003");
        assertThat(texts(xml, "CreDtTm")).containsExactly("2026-11-05T08:30:00Z");
        assertThat(Files.readAllBytes(folder.resolve(PaymentsXml.FILE))).isEqualTo(first);
    }

    @Test
    void theDebtorIsTheParametersCompany() throws Exception {
        Document xml = write(payment(1, "Alpha", "10.00", "EUR", DE, "", PaymentStatus.PAYABLE));

        assertThat(text(elements(xml.getDocumentElement(), "Dbtr").get(0), "Nm")).isEqualTo("Exemple Distribution SAS");
        assertThat(text(elements(xml.getDocumentElement(), "InitgPty").get(0), "Nm"))
                .isEqualTo("Exemple Distribution SAS");
        assertThat(text(elements(xml.getDocumentElement(), "DbtrAcct").get(0), "IBAN")).isEqualTo(PaymentRuns.DEBTOR_IBAN);
    }

    @Test
    void theSchemaRefusesAFileThatLacksARequiredElement() throws Exception {
        write(payment(1, "Alpha", "10.00", "EUR", DE, "", PaymentStatus.PAYABLE));
        Path file = folder.resolve(PaymentsXml.FILE);
        Path broken = Files.writeString(folder.resolve("broken.xml"),
                Files.readString(file).replaceFirst("\\s*<ReqdExctnDt>[^<]*</ReqdExctnDt>", ""));

        assertThatThrownBy(() -> PaymentsXmlSchema.validate(broken)).isInstanceOf(SAXException.class).hasMessageContaining("ReqdExctnDt");
    }

    // ---------------------------------------------------------------- helpers

    /** Writes the payments, checks the file against the schema and returns it parsed. */
    private Document write(Payment... payments) throws Exception {
        RunResult run = PaymentRuns.run(Language.EN, List.of(payments));
        assertThat(PaymentsXml.write(run, folder)).isPresent();
        Path file = folder.resolve(PaymentsXml.FILE);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        PaymentsXmlSchema.validate(file);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(PaymentsXml.NAMESPACE, name);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    private static List<String> texts(Element parent, String name) {
        return elements(parent, name).stream().map(Element::getTextContent).toList();
    }

    private static List<String> texts(Document xml, String name) {
        return texts(xml.getDocumentElement(), name);
    }

    private static String text(Element parent, String name) {
        List<String> found = texts(parent, name);
        assertThat(found).as(name).isNotEmpty();
        return found.get(0);
    }
}
