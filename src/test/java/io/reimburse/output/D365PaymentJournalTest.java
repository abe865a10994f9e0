package io.reimburse.output;

import io.reimburse.model.Language;
import io.reimburse.model.PaymentStatus;
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

import static io.reimburse.output.PaymentRuns.payment;
import static org.assertj.core.api.Assertions.assertThat;

/** vendor-payment-journal.csv: one line per payable reimbursement, the invoice marked, the company bank as offset. */
class D365PaymentJournalTest {

    private static final String DE = "DE89370400440532013000";

    @TempDir
    Path folder;

    @Test
    void onlyPayablePaymentsHaveALineTheHeldOnesArePaidLater() throws IOException {
        List<Map<String, String>> lines = write(3,
                payment(1, "Payable", "1250.00", "EUR", DE, "", PaymentStatus.PAYABLE),
                payment(2, "No details", "20.00", "EUR", "", "", PaymentStatus.NO_BANK_DETAILS),
                payment(3, "Payable in yen", "6200", "JPY", DE, "", PaymentStatus.PAYABLE),
                payment(4, "Bad", "6200", "JPY", "DE00", "", PaymentStatus.BAD_BANK_DETAILS),
                payment(5, "Changed", "12.5", "KWD", DE, "", PaymentStatus.BANK_DETAILS_CHANGED),
                payment(6, "Payable in dinars", "12.5", "KWD", DE, "", PaymentStatus.PAYABLE));

        assertThat(lines).extracting(line -> line.get("MARKEDINVOICE"))
                .containsExactly("RMB-FR-000001", "RMB-FR-000003", "RMB-FR-000006");
        assertThat(lines).extracting(line -> line.get("LINENUMBER")).containsExactly("1", "2", "3");
        assertThat(lines).extracting(line -> line.get("DEBITAMOUNT")).containsExactly("1250.00", "6200", "12.500");
        assertThat(lines).extracting(line -> line.get("CURRENCYCODE")).containsExactly("EUR", "JPY", "KWD");
    }

    @Test
    void theVendorIsDebitedAndTheCompanyBankAccountIsTheOffsetOnThePaymentDate() throws IOException {
        Map<String, String> line = write(payment(7, "Alpha", "87.40", "EUR", DE, "", PaymentStatus.PAYABLE)).get(0);

        assertThat(line).containsEntry("ACCOUNTTYPE", "Vend").containsEntry("ACCOUNTDISPLAYVALUE", "V7")
                .containsEntry("COMPANY", "FR01").containsEntry("MARKEDINVOICECOMPANY", "FR01")
                .containsEntry("OFFSETACCOUNTTYPE", "Bank").containsEntry("OFFSETCOMPANY", "FR01")
                .containsEntry("OFFSETACCOUNTDISPLAYVALUE", "BQ01").containsEntry("TRANSACTIONDATE", "2026-11-06")
                .containsEntry("PAYMENTMETHODNAME", "VIREMENT").containsEntry("PAYMENTREFERENCE", "RMB-FR-000007")
                .containsEntry("TRANSACTIONTEXT", "Reimbursement RMB-FR-000007, customer C00007")
                .containsEntry("JOURNALBATCHNUMBER", "RMB-FR-P000007").containsEntry("LINENUMBER", "1");
    }

    @Test
    void eachLegalEntityHasItsOwnJournal() throws IOException {
        List<Map<String, String>> lines = write(
                payment("FR01", 1, "A", "10.00", "EUR", DE, "", PaymentStatus.PAYABLE),
                payment("FR01", 2, "B", "10.00", "EUR", DE, "", PaymentStatus.PAYABLE),
                payment("FR02", 3, "C", "10.00", "EUR", DE, "", PaymentStatus.PAYABLE));

        assertThat(lines).extracting(line -> line.get("JOURNALBATCHNUMBER") + "/" + line.get("LINENUMBER"))
                .containsExactly("RMB-FR-P000001/1", "RMB-FR-P000001/2", "RMB-FR-P000003/1");
        assertThat(lines).extracting(line -> line.get("COMPANY")).containsExactly("FR01", "FR01", "FR02");
    }

    private List<Map<String, String>> write(io.reimburse.model.Payment... payments) throws IOException {
        return write(payments.length, payments);
    }

    private List<Map<String, String>> write(int payable, io.reimburse.model.Payment... payments) throws IOException {
        WrittenFile written = D365PaymentJournal.write(PaymentRuns.run(Language.EN, List.of(payments)), folder);
        assertThat(written.rows()).isEqualTo(payable);
        List<String> rows = Files.readAllLines(folder.resolve(D365PaymentJournal.FILE), StandardCharsets.UTF_8);
        String[] header = rows.get(0).replace("\uFEFF", "").split(";");
        List<Map<String, String>> lines = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] fields = row.split(";", -1);
            Map<String, String> line = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                line.put(header[i], fields[i]);
            }
            lines.add(line);
        }
        return lines;
    }
}
