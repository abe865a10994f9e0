package io.reimburse.output;

import io.reimburse.model.BalanceKey;
import io.reimburse.model.BalanceSign;
import io.reimburse.model.DecimalSeparator;
import io.reimburse.model.Decisions;
import io.reimburse.model.InvoiceText;
import io.reimburse.model.Language;
import io.reimburse.model.Money;
import io.reimburse.model.OneTimeVendorStatus;
import io.reimburse.model.DimensionParameters;
import io.reimburse.model.ErpParameters;
import io.reimburse.model.Minimums;
import io.reimburse.model.NumberingParameters;
import io.reimburse.model.OutputStyle;
import io.reimburse.model.Parameters;
import io.reimburse.model.ReadingParameters;
import io.reimburse.model.Payment;
import io.reimburse.model.PaymentParameters;
import io.reimburse.model.PaymentStatus;
import io.reimburse.model.Payments;
import io.reimburse.model.Reimbursement;
import io.reimburse.model.RunResult;
import io.reimburse.model.Selection;
import io.reimburse.model.UsedParameters;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Runs with payments for the output tests: legal entity FR01, invoices "RMB-FR-" + number, paid
 * on {@link #PAYMENT_DATE} from bank account BQ01 of debtor "Exemple Distribution SAS".
 */
final class PaymentRuns {

    static final Instant STARTED_AT = Instant.parse("2026-11-05T08:30:00.123456Z");
    static final LocalDate TRANSACTION_DATE = LocalDate.of(2026, 11, 5);
    static final LocalDate PAYMENT_DATE = LocalDate.of(2026, 11, 6);
    static final String DEBTOR_IBAN = "FR7630001007941234567890185";
    static final String DEBTOR_BIC = "EXMPFRPPXXX";

    private PaymentRuns() {
    }

    static Parameters parameters(Language language, boolean payments) {
        PaymentParameters paymentParameters = payments
                ? new PaymentParameters(true, "BQ01", PAYMENT_DATE, "Exemple Distribution SAS", DEBTOR_IBAN, DEBTOR_BIC,
                        Selection.ALL)
                : new PaymentParameters(false, "", TRANSACTION_DATE, "", "", "", Selection.ALL);
        return new Parameters("FR01", "EUR", new Minimums(new BigDecimal("10.00"), Map.of(), Map.of()),
                LocalDate.of(2026, 10, 31), TRANSACTION_DATE, 30, Selection.ALL, Selection.ALL,
                new DimensionParameters(true, List.of()), false,
                new ReadingParameters(BalanceSign.CREDIT_NEGATIVE, DecimalSeparator.AUTO, ""),
                new NumberingParameters("RMB-FR-", 1, "OTV-", 1), new ErpParameters("APInvoice", "VIREMENT", Map.of(), "OCCAS"),
                new OutputStyle(language, ';', true, true), paymentParameters,
                UsedParameters.of(Map.of("Payments", payments ? "Yes" : "No")));
    }

    /** A payment of invoice RMB-FR-00000{number} to customer C{number}, in the legal entity FR01. */
    static Payment payment(int number, String payee, String amount, String currency, String iban, String bic,
                           PaymentStatus status) {
        return payment("FR01", number, payee, amount, currency, iban, bic, status);
    }

    static Payment payment(String legalEntity, int number, String payee, String amount, String currency, String iban,
                           String bic, PaymentStatus status) {
        String customer = String.format("C%05d", number);
        String invoice = String.format("RMB-FR-%06d", number);
        BigDecimal credit = new BigDecimal(amount);
        Reimbursement reimbursement = new Reimbursement(new BalanceKey(legalEntity, customer, currency, List.of()), payee,
                "DETAIL", credit.negate(), new Money(credit, currency), "V" + number, OneTimeVendorStatus.NO, invoice,
                TRANSACTION_DATE, TRANSACTION_DATE.plusDays(30), new InvoiceText(Language.EN, TRANSACTION_DATE));
        return new Payment(reimbursement, payee, iban, bic, status,
                status == PaymentStatus.BANK_DETAILS_CHANGED ? "DE89370400440532013000" : "",
                "Reimbursement " + invoice + ", customer " + customer, status.name() + " explained");
    }

    static RunResult run(Language language, List<Payment> payments) {
        return new RunResult("20261105-083000-abcd", STARTED_AT, "0.1.0", parameters(language, true), List.of(),
                new Decisions(payments.stream().map(Payment::reimbursement).toList(), List.of(), Map.of(), List.of()),
                new Payments(payments), List.of(), 0, 0, false);
    }
}
