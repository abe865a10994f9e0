package io.reimburse.engine;

import io.reimburse.model.CustomerBalance;
import io.reimburse.model.Decisions;
import io.reimburse.model.Iban;
import io.reimburse.model.Parameters;
import io.reimburse.model.Payment;
import io.reimburse.model.PaymentParameters;
import io.reimburse.model.PaymentStatus;
import io.reimburse.model.Payments;
import io.reimburse.model.Selection;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.reimburse.engine.TestBalances.balance;
import static io.reimburse.engine.TestBalances.customer;
import static io.reimburse.engine.TestParameters.parameters;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants of the payment decision (SPEC §10) over random payees whose IBAN is good, mistyped
 * in one digit or missing, whose earlier IBAN the register may know, and who may be listed in
 * AcceptBankDetailChanges. The expected status is worked out from the spec's words.
 */
class PaymentProperties {

    private static final List<String> GOOD = List.of("DE89370400440532013000", "GB82WEST12345698765432",
            "FR1420041010050500013M02606", "NL91ABNA0417164300", "BE68539007547034", "CH9300762011623852957",
            "IT60X0542811101000000123456", "ES9121000418450200051332");

    /** One payee: its IBAN this run, the IBAN an earlier run paid (or ""), and whether a change is accepted. */
    record Payee(String iban, String lastPaid, boolean accepted) {
    }

    @Property(tries = 500)
    void paymentsFollowTheReimbursementsAndNeverChangeThem(@ForAll("payees") List<Payee> payees) {
        Scenario scenario = new Scenario(payees);
        Decisions withoutPayments = new ReimbursementRules(parameters().build(), scenario.register)
                .decide(scenario.balances, Map.of(), Map.of());

        assertThat(scenario.decisions.reimbursements()).isEqualTo(withoutPayments.reimbursements());
        assertThat(scenario.payments.all()).extracting(Payment::reimbursement)
                .containsExactlyElementsOf(scenario.decisions.reimbursements());
    }

    @Property(tries = 500)
    void eachPayeeGetsTheStatusTheSpecGives(@ForAll("payees") List<Payee> payees) {
        Scenario scenario = new Scenario(payees);

        for (int i = 0; i < payees.size(); i++) {
            Payee payee = payees.get(i);
            Payment payment = scenario.payments.all().get(i);
            assertThat(payment.status()).as("%s", payee).isEqualTo(expectedStatus(payee));
            if (payment.status() == PaymentStatus.BANK_DETAILS_CHANGED) {
                assertThat(payment.previousIban()).isEqualTo(payee.lastPaid());
                assertThat(payment.iban()).isEqualTo(payee.iban());
            }
        }
    }

    @Property(tries = 500)
    void onlyValidUnchangedOrAcceptedIbansArePayable(@ForAll("payees") List<Payee> payees) {
        Payments payments = new Scenario(payees).payments;

        for (Payment payment : payments.payable()) {
            assertThat(Iban.check(payment.iban())).isEmpty();
            assertThat(GOOD).contains(payment.iban());
        }
    }

    private static PaymentStatus expectedStatus(Payee payee) {
        if (payee.iban().isEmpty()) {
            return PaymentStatus.NO_BANK_DETAILS;
        }
        if (!GOOD.contains(payee.iban())) {
            return PaymentStatus.BAD_BANK_DETAILS;
        }
        boolean changed = !payee.lastPaid().isEmpty() && !payee.lastPaid().equals(payee.iban());
        return changed && !payee.accepted() ? PaymentStatus.BANK_DETAILS_CHANGED : PaymentStatus.PAYABLE;
    }

    /** Payees C001, C002... each with a credit of 50.00 EUR, decided with payments on. */
    private static final class Scenario {
        final FakeRegister register = new FakeRegister();
        final List<CustomerBalance> balances = new ArrayList<>();
        final Decisions decisions;
        final Payments payments;

        Scenario(List<Payee> payees) {
            List<String> accepted = new ArrayList<>();
            for (int i = 0; i < payees.size(); i++) {
                String account = String.format("C%03d", i + 1);
                Payee payee = payees.get(i);
                balances.add(balance(account, "-50.00").bankDetails(payee.iban(), "").build());
                if (!payee.lastPaid().isEmpty()) {
                    register.paidTo(customer(account), payee.lastPaid());
                }
                if (payee.accepted()) {
                    accepted.add(account);
                }
            }
            Parameters parameters = parameters().payments(new PaymentParameters(true, "BANK",
                    TestParameters.TRANSACTION_DATE, "Debtor SA", "NL91ABNA0417164300", "ABNANL2A",
                    Selection.parse(String.join(",", accepted)))).build();
            decisions = new ReimbursementRules(parameters, register).decide(balances, Map.of(), Map.of());
            payments = new PaymentRules(parameters, register.all()).decide(decisions.reimbursements(), Map.of(), balances);
        }
    }

    @Provide
    Arbitrary<List<Payee>> payees() {
        Arbitrary<String> good = Arbitraries.of(GOOD);
        Arbitrary<String> mistyped = Combinators.combine(good, Arbitraries.integers().between(4, 40),
                Arbitraries.integers().between(1, 9)).as(PaymentProperties::changeOneDigit);
        Arbitrary<String> iban = Arbitraries.frequencyOf(
                Tuple.of(5, good), Tuple.of(2, mistyped),
                Tuple.of(1, Arbitraries.just("")));
        Arbitrary<String> lastPaid = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just("")), Tuple.of(3, good));
        return Combinators.combine(iban, lastPaid, Arbitraries.of(true, false)).as(Payee::new)
                .list().ofMinSize(1).ofMaxSize(12);
    }

    private static String changeOneDigit(String iban, int position, int shift) {
        List<Integer> digits = new ArrayList<>();
        for (int i = 4; i < iban.length(); i++) {
            if (Character.isDigit(iban.charAt(i))) {
                digits.add(i);
            }
        }
        int at = digits.get(position % digits.size());
        char changed = (char) ('0' + (iban.charAt(at) - '0' + shift) % 10);
        return iban.substring(0, at) + changed + iban.substring(at + 1);
    }
}
