package io.reimburse.output;

import io.reimburse.model.Money;
import io.reimburse.model.Payment;
import io.reimburse.model.PaymentParameters;
import io.reimburse.model.Reimbursement;
import io.reimburse.model.RunResult;
import io.reimburse.model.SepaText;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code payments.xml}: an ISO 20022 pain.001.001.03 customer credit transfer initiation of the
 * PAYABLE payments (SPEC §10). One payment information block per currency (all payments of a run
 * share its payment date): EUR blocks are SEPA credit transfers (service level SEPA, charges
 * SLEV), other currencies plain transfers with shared charges. Names and texts are transliterated
 * to the SEPA character set; identifiers are the invoice numbers, which the parameters keep
 * within it. Written only when a payment is PAYABLE: the schema needs at least one transaction.
 */
public final class PaymentsXml {

    public static final String FILE = "payments.xml";
    static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";

    /** SEPA's limit for names; the schema would take 140. */
    private static final int NAME_LENGTH = 70;
    private static final int REMITTANCE_LENGTH = 140;

    private final RunResult result;
    private final PaymentParameters payments;
    private final XMLStreamWriter xml;
    /** Indented, so that a person can read the file before sending it to the bank. */
    private final IndentedXml out;

    private PaymentsXml(RunResult result, XMLStreamWriter xml) {
        this.result = result;
        this.payments = result.parameters().payments();
        this.xml = xml;
        this.out = new IndentedXml(xml, "  ");
    }

    public static Optional<WrittenFile> write(RunResult result, Path folder) throws IOException {
        List<Payment> payable = result.payments().payable();
        if (payable.isEmpty()) {
            return Optional.empty();
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(folder.resolve(FILE)))) {
            // the JDK's own writer, not whichever StAX library the class path holds (Aalto, for reading
            // .xlsx sheets): the payment file's bytes must not change with a dependency
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            new PaymentsXml(result, xml).document(payable);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + FILE + ": " + e.getMessage(), e);
        }
        return Optional.of(new WrittenFile(FILE, payable.size()));
    }

    private void document(List<Payment> payable) throws XMLStreamException {
        Map<String, List<Payment>> byCurrency = new TreeMap<>();
        payable.forEach(p -> byCurrency.computeIfAbsent(p.reimbursement().amount().currency(), c -> new ArrayList<>())
                .add(p));
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        out.root("Document", NAMESPACE);
        out.start("CstmrCdtTrfInitn");
        out.start("GrpHdr");
        out.leaf("MsgId", DocumentNumbers.PAYMENT_MESSAGE.of(prefix(), payable.get(0).reimbursement().invoice()));
        out.leaf("CreDtTm", DateTimeFormatter.ISO_INSTANT.format(result.startedAt().truncatedTo(ChronoUnit.SECONDS)));
        out.leaf("NbOfTxs", Integer.toString(payable.size()));
        out.leaf("CtrlSum", controlSum(payable).toPlainString());
        out.start("InitgPty");
        out.leaf("Nm", SepaText.latin(payments.debtorName(), NAME_LENGTH));
        out.end();
        out.end();
        for (List<Payment> block : byCurrency.values()) {
            paymentInformation(block);
        }
        out.end();
        out.end();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    private void paymentInformation(List<Payment> block) throws XMLStreamException {
        boolean sepa = block.get(0).reimbursement().amount().currency().equals("EUR");
        out.start("PmtInf");
        out.leaf("PmtInfId", DocumentNumbers.PAYMENT_BATCH.of(prefix(), block.get(0).reimbursement().invoice()));
        out.leaf("PmtMtd", "TRF");
        out.leaf("NbOfTxs", Integer.toString(block.size()));
        out.leaf("CtrlSum", controlSum(block).toPlainString());
        if (sepa) {
            out.start("PmtTpInf");
            out.start("SvcLvl");
            out.leaf("Cd", "SEPA");
            out.end();
            out.end();
        }
        out.leaf("ReqdExctnDt", payments.paymentDate().toString());
        party("Dbtr", payments.debtorName());
        account("DbtrAcct", payments.debtorIban());
        agent("DbtrAgt", payments.debtorBic());
        out.leaf("ChrgBr", sepa ? "SLEV" : "SHAR");
        for (Payment payment : block) {
            creditTransfer(payment);
        }
        out.end();
    }

    private void creditTransfer(Payment payment) throws XMLStreamException {
        Reimbursement reimbursement = payment.reimbursement();
        Money amount = reimbursement.amount();
        out.start("CdtTrfTxInf");
        out.start("PmtId");
        out.leaf("EndToEndId", reimbursement.invoice());
        out.end();
        out.start("Amt");
        out.leaf("InstdAmt", amount.plain(), "Ccy", amount.currency());
        out.end();
        if (!payment.bic().isEmpty()) {
            agent("CdtrAgt", payment.bic());
        }
        party("Cdtr", payeeName(payment));
        account("CdtrAcct", payment.iban());
        out.start("RmtInf");
        out.leaf("Ustrd", SepaText.latin(payment.remittance(), REMITTANCE_LENGTH));
        out.end();
        out.end();
    }

    /** Never empty: a name without a single Latin-writable letter falls back to the account, then the invoice. */
    private static String payeeName(Payment payment) {
        String name = SepaText.latin(payment.payeeName(), NAME_LENGTH);
        if (name.isEmpty()) {
            name = SepaText.latin(payment.reimbursement().key().customerAccount(), NAME_LENGTH);
        }
        return name.isEmpty() ? payment.reimbursement().invoice() : name;
    }

    private void party(String element, String name) throws XMLStreamException {
        out.start(element);
        out.leaf("Nm", SepaText.latin(name, NAME_LENGTH));
        out.end();
    }

    private void account(String element, String iban) throws XMLStreamException {
        out.start(element);
        out.start("Id");
        out.leaf("IBAN", iban);
        out.end();
        out.end();
    }

    private void agent(String element, String bic) throws XMLStreamException {
        out.start(element);
        out.start("FinInstnId");
        out.leaf("BIC", bic);
        out.end();
        out.end();
    }

    /** The sum of the amounts as written (each with its currency's decimals), whatever their currencies. */
    private static BigDecimal controlSum(List<Payment> payments) {
        return payments.stream().map(p -> new BigDecimal(p.reimbursement().amount().plain()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private String prefix() {
        return result.parameters().numbering().invoicePrefix();
    }

}
