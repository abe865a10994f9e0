package io.reimburse.engine;

import io.reimburse.model.CustomerBalance;
import io.reimburse.model.CustomerRef;
import io.reimburse.model.Decisions;
import io.reimburse.model.Language;
import io.reimburse.model.Parameters;
import io.reimburse.model.Payment;
import io.reimburse.model.PaymentParameters;
import io.reimburse.model.PaymentStatus;
import io.reimburse.model.Payments;
import io.reimburse.model.RunRefused;
import io.reimburse.model.Selection;
import io.reimburse.model.VendorLink;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.reimburse.engine.TestBalances.balance;
import static io.reimburse.engine.TestBalances.customer;
import static io.reimburse.engine.TestBalances.link;
import static io.reimburse.engine.TestParameters.parameters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SPEC §10: where bank details come from, the payment statuses and the bank-detail change alert. */
class PaymentRulesTest {

    private static final String DE_IBAN = "DE89370400440532013000";
    private static final String GB_IBAN = "GB82WEST12345698765432";
    private static final String FR_IBAN = "FR1420041010050500013M02606";
    private static final String DEBTOR_IBAN = "NL91ABNA0417164300";

    private final FakeRegister register = new FakeRegister();
    private final List<VendorLink> links = new ArrayList<>();
    private String accepted = "";
    private String debtorBic = "ABNANL2A";

    // ---------------------------------------------------------------- where the bank details come from

    @Test
    void payeeWithAValidIbanAndBicIsPayable() {
        Payment payment = paymentOf(balance("C001", "-50.00").bankDetails(DE_IBAN, "DEUTDEFF"));

        assertThat(payment.status()).isEqualTo(PaymentStatus.PAYABLE);
        assertThat(payment.iban()).isEqualTo(DE_IBAN);
        assertThat(payment.bic()).isEqualTo("DEUTDEFF");
        assertThat(payment.explanation()).contains(DE_IBAN);
    }

    @Test
    void theVendorLinksTableWinsOverTheBalances() {
        links.add(link("C001", "V001", "Vendor One", GB_IBAN, "NWBKGB2L"));

        Payment payment = paymentOf(balance("C001", "-50.00").bankDetails(DE_IBAN, "DEUTDEFF"));

        assertThat(payment.iban()).isEqualTo(GB_IBAN);
        assertThat(payment.bic()).isEqualTo("NWBKGB2L");
    }

    @Test
    void aLinkWithoutIbanLeavesTheBalancesBankDetails() {
        links.add(link("C001", "V001", "Vendor One", "", ""));

        Payment payment = paymentOf(balance("C001", "-50.00").bankDetails(DE_IBAN, "DEUTDEFF"));

        assertThat(payment.iban()).isEqualTo(DE_IBAN);
        assertThat(payment.bic()).isEqualTo("DEUTDEFF");
    }

    @Test
    void anIbanAndABicFromTwoSourcesAreNeverMixed() {
        links.add(link("C001", "V001", "Vendor One", GB_IBAN, ""));

        Payment payment = paymentOf(balance("C001", "-50.00").bankDetails(DE_IBAN, "DEUTDEFF"));

        assertThat(payment.iban()).isEqualTo(GB_IBAN);
        assertThat(payment.bic()).isEmpty();
        assertThat(payment.status()).isEqualTo(PaymentStatus.PAYABLE);
    }

    @Test
    void printedIbansAndBicsAreReadInTheirElectronicForm() {
        Payment payment = paymentOf(balance("C001", "-50.00").bankDetails("de89 3704 0044 0532 0130 00", "deut de ff"));

        assertThat(payment.iban()).isEqualTo(DE_IBAN);
        assertThat(payment.bic()).isEqualTo("DEUTDEFF");
        assertThat(payment.status()).isEqualTo(PaymentStatus.PAYABLE);
    }

    // ---------------------------------------------------------------- missing and bad bank details

    @Test
    void noIbanIsNoBankDetailsButTheInvoiceIsStillCreated() {
        Run run = run(parameters(), balance("C001", "-50.00"));
        Decisions decisions = run.decisions();
        Payment payment = run.payments().all().get(0);

        assertThat(decisions.reimbursements()).hasSize(1);
        assertThat(payment.reimbursement()).isEqualTo(decisions.reimbursements().get(0));
        assertThat(payment.status()).isEqualTo(PaymentStatus.NO_BANK_DETAILS);
        assertThat(payment.explanation()).contains("No IBAN");
    }

    @Test
    void aBicWithoutIbanIsNoBankDetails() {
        assertThat(paymentOf(balance("C001", "-50.00").bankDetails("", "DEUTDEFF")).status())
                .isEqualTo(PaymentStatus.NO_BANK_DETAILS);
    }

    @Test
    void aMistypedIbanIsBadBankDetailsButTheInvoiceIsStillCreated() {
        Run run = run(parameters(), balance("C001", "-50.00").bankDetails("DE89370400440532013001", ""));
        Decisions decisions = run.decisions();
        Payment payment = run.payments().all().get(0);

        assertThat(decisions.reimbursements()).hasSize(1);
        assertThat(payment.status()).isEqualTo(PaymentStatus.BAD_BANK_DETAILS);
        assertThat(payment.explanation()).contains("DE89370400440532013001", "check digits");
    }

    @Test
    void anIbanOfTheWrongLengthIsBadBankDetails() {
        Payment payment = paymentOf(balance("C001", "-50.00").bankDetails("DE8937040044053201300", ""));

        assertThat(payment.status()).isEqualTo(PaymentStatus.BAD_BANK_DETAILS);
        assertThat(payment.explanation()).contains("has 21 characters", "DE has 22");
    }

    @Test
    void aMalformedBicBesideAGoodIbanIsBadBankDetails() {
        Payment payment = paymentOf(balance("C001", "-50.00").bankDetails(DE_IBAN, "DEUT1EFF"));

        assertThat(payment.status()).isEqualTo(PaymentStatus.BAD_BANK_DETAILS);
        assertThat(payment.explanation()).contains("DEUT1EFF");
    }

    @Test
    void explanationsAreInTheRunsLanguage() {
        Payments payments = decidePayments(parameters().language(Language.FR),
                balance("C001", "-50.00").bankDetails("DE89370400440532013001", ""), balance("C002", "-50.00"));

        assertThat(payments.all().get(0).explanation()).startsWith("Coordonnées bancaires refusées").contains("modulo 97");
        assertThat(payments.all().get(1).explanation()).startsWith("Aucun IBAN");
        assertThat(payments.all().get(1).remittance()).isEqualTo("Remboursement RMB-000002, client C002");
    }

    // ---------------------------------------------------------------- the bank-detail change alert

    @Test
    void anIbanOtherThanTheOneLastPaidIsHeldBack() {
        register.paidTo(customer("C001"), FR_IBAN);

        Payment payment = paymentOf(balance("C001", "-50.00").bankDetails(DE_IBAN, ""));

        assertThat(payment.status()).isEqualTo(PaymentStatus.BANK_DETAILS_CHANGED);
        assertThat(payment.previousIban()).isEqualTo(FR_IBAN);
        assertThat(payment.iban()).isEqualTo(DE_IBAN);
        assertThat(payment.explanation()).contains(FR_IBAN, DE_IBAN, "AcceptBankDetailChanges");
    }

    @Test
    void aChangeIsPaidWhenAcceptBankDetailChangesListsTheCustomer() {
        register.paidTo(customer("C001"), FR_IBAN);
        accepted = "C009, C001";

        Payment payment = paymentOf(balance("C001", "-50.00").bankDetails(DE_IBAN, ""));

        assertThat(payment.status()).isEqualTo(PaymentStatus.PAYABLE);
        assertThat(payment.previousIban()).isEqualTo(FR_IBAN);
        assertThat(payment.explanation()).contains(FR_IBAN, DE_IBAN);
    }

    @Test
    void acceptBankDetailChangesTakesRangesAndWildcardsButOnlyTheCustomersItNames() {
        register.paidTo(customer("C001"), FR_IBAN).paidTo(customer("D001"), FR_IBAN);
        accepted = "C0*";

        Payments payments = decidePayments(parameters(), balance("C001", "-50.00").bankDetails(DE_IBAN, ""),
                balance("D001", "-50.00").bankDetails(DE_IBAN, ""));

        assertThat(payments.all()).extracting(Payment::status)
                .containsExactly(PaymentStatus.PAYABLE, PaymentStatus.BANK_DETAILS_CHANGED);
    }

    @Test
    void anEmptyAcceptListAcceptsNobody() {
        register.paidTo(customer("C001"), FR_IBAN);
        accepted = "  ";

        assertThat(paymentOf(balance("C001", "-50.00").bankDetails(DE_IBAN, "")).status())
                .isEqualTo(PaymentStatus.BANK_DETAILS_CHANGED);
    }

    @Test
    void theIbanLastPaidIsPayableWhateverItsSpacing() {
        register.paidTo(customer("C001"), "DE89 3704 0044 0532 0130 00");

        Payment payment = paymentOf(balance("C001", "-50.00").bankDetails(DE_IBAN, ""));

        assertThat(payment.status()).isEqualTo(PaymentStatus.PAYABLE);
        assertThat(payment.previousIban()).isEmpty();
    }

    @Test
    void aBadIbanIsBadBankDetailsEvenWhenTheRegisterKnowsAnother() {
        register.paidTo(customer("C001"), FR_IBAN);

        assertThat(paymentOf(balance("C001", "-50.00").bankDetails("DE00370400440532013000", "")).status())
                .isEqualTo(PaymentStatus.BAD_BANK_DETAILS);
    }

    // ---------------------------------------------------------------- payee, debtor, order

    @Test
    void thePayeeIsTheLinkedVendorsNameElseTheCustomersElseItsAccount() {
        links.add(link("C001", "V001", "Vendor One SA", "", ""));

        Payments payments = decidePayments(parameters(), balance("C001", "-50.00"),
                balance("C002", "-50.00").name("Customer Two"), balance("C003", "-50.00").name(""));

        assertThat(payments.all()).extracting(Payment::payeeName)
                .containsExactly("Vendor One SA", "Customer Two", "C003");
    }

    @Test
    void onePaymentPerReimbursementInInvoiceOrder() {
        Run run = run(parameters().exchangeRate("GBP", "1.15"), balance("C003", "-30.00"),
                balance("C001", "-10.00"), balance("C002", "-5.00"), balance("C002", "-20.00").in("GBP"));

        assertThat(run.payments().all()).extracting(Payment::reimbursement)
                .containsExactlyElementsOf(run.decisions().reimbursements());
        assertThat(run.payments().all()).extracting(payment -> payment.reimbursement().invoice())
                .containsExactly("RMB-000001", "RMB-000002", "RMB-000003");
    }

    @Test
    void payeesWithAnIbanNeedTheDebtorsBic() {
        debtorBic = "";

        assertThatThrownBy(() -> paymentOf(balance("C001", "-50.00").bankDetails("DE00", "")))
                .isInstanceOf(RunRefused.class).hasMessageContaining("DebtorBIC").hasMessageContaining("C001");
    }

    @Test
    void withoutAnyIbanTheDebtorIsNotNeeded() {
        debtorBic = "";

        assertThat(paymentOf(balance("C001", "-50.00")).status()).isEqualTo(PaymentStatus.NO_BANK_DETAILS);
    }

    // ---------------------------------------------------------------- helpers

    /** The decisions and the payments decided from them. */
    private record Run(Decisions decisions, Payments payments) {
    }

    private Parameters withPayments(TestParameters parameters) {
        return parameters.payments(new PaymentParameters(true, "BANK-EUR", TestParameters.TRANSACTION_DATE,
                "Reimburse Test SA", DEBTOR_IBAN, debtorBic, Selection.parse(accepted))).build();
    }

    private Run run(TestParameters parameters, TestBalances.Balance... balances) {
        Parameters built = withPayments(parameters);
        List<CustomerBalance> aggregated = new ArrayList<>();
        for (TestBalances.Balance balance : balances) {
            aggregated.add(balance.build());
        }
        Map<CustomerRef, VendorLink> byCustomer = new HashMap<>();
        links.forEach(link -> byCustomer.put(link.customer(), link));
        Decisions decisions = new ReimbursementRules(built, register).decide(aggregated, byCustomer, Map.of());
        return new Run(decisions, new PaymentRules(built, register.all()).decide(decisions.reimbursements(), byCustomer,
                aggregated));
    }

    private Payments decidePayments(TestParameters parameters, TestBalances.Balance... balances) {
        return run(parameters, balances).payments();
    }

    private Payment paymentOf(TestBalances.Balance balance) {
        Payments payments = decidePayments(parameters(), balance);
        assertThat(payments.all()).hasSize(1);
        return payments.all().get(0);
    }
}
