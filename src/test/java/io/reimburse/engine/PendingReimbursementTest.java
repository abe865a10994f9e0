package io.reimburse.engine;

import io.reimburse.model.CustomerBalance;
import io.reimburse.model.Decisions;
import io.reimburse.model.PostedMark;
import io.reimburse.model.PostingEvidence;
import io.reimburse.model.Reimbursement;
import io.reimburse.model.Skip;
import io.reimburse.model.SkipReason;
import io.reimburse.model.SourceRef;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.reimburse.engine.Decided.reimbursementOf;
import static io.reimburse.engine.Decided.skipOf;
import static io.reimburse.engine.TestBalances.balance;
import static io.reimburse.engine.TestBalances.customer;
import static io.reimburse.engine.TestBalances.key;
import static io.reimburse.engine.TestParameters.parameters;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule 10: a reimbursement the ERP has not posted yet is still in the credit that later balances
 * show; it is subtracted, so the same credit is never refunded twice.
 */
class PendingReimbursementTest {

    @Test
    void aCreditStillShownWhileItsReimbursementIsPendingIsNotRefundedAgain() {
        FakeRegister register = new FakeRegister().pending(customer("C200"), "EUR", "RMB-000002", "250.00", "");

        Decisions decisions = decide(parameters().minimum("10.00"), register, PostingEvidence.NONE,
                balance("C200", "-250.00"), balance("C300", "-40.00"));

        Skip skip = skipOf(decisions, key("C200", "EUR"));
        assertThat(skip.reason()).isEqualTo(SkipReason.PENDING_REIMBURSEMENT);
        assertThat(skip.detail()).contains("RMB-000002", "250.00 EUR", "not yet posted");
        assertThat(decisions.reimbursements()).extracting(r -> r.key().customerAccount()).containsExactly("C300");
        assertThat(register.askedCustomers).containsExactly(java.util.Set.of(customer("C200"), customer("C300")));
    }

    @Test
    void aNewCreditBesideAPendingOneIsReimbursedForTheRemainderOnly() {
        FakeRegister register = new FakeRegister().pending(customer("C200"), "EUR", "RMB-000002", "250.00", "");

        Decisions decisions = decide(parameters().minimum("10.00"), register, PostingEvidence.NONE,
                balance("C200", "-400.00"));

        Reimbursement remainder = decisions.reimbursements().get(0);
        assertThat(remainder.amount().amount()).isEqualByComparingTo("150.00");
        assertThat(remainder.balance()).isEqualByComparingTo("-400.00");
        assertThat(remainder.deducted().amount()).isEqualByComparingTo("250.00");
        assertThat(remainder.deducted().invoices()).containsExactly("RMB-000002");
    }

    @Test
    void aRemainderBelowTheMinimumIsPendingReimbursementNotBelowMinimum() {
        FakeRegister register = new FakeRegister().pending(customer("C200"), "EUR", "RMB-000002", "250.00", "");

        Decisions decisions = decide(parameters().minimum("10.00"), register, PostingEvidence.NONE,
                balance("C200", "-259.99"));

        Skip skip = skipOf(decisions, key("C200", "EUR"));
        assertThat(skip.reason()).isEqualTo(SkipReason.PENDING_REIMBURSEMENT);
        assertThat(skip.detail()).contains("RMB-000002", "9.99 EUR", "10.00 EUR");
    }

    @Test
    void aRemainderExactlyAtTheMinimumIsReimbursed() {
        FakeRegister register = new FakeRegister().pending(customer("C200"), "EUR", "RMB-000002", "250.00", "");

        Decisions decisions = decide(parameters().minimum("10.00"), register, PostingEvidence.NONE,
                balance("C200", "-260.00"));

        assertThat(decisions.reimbursements().get(0).amount().amount()).isEqualByComparingTo("10.00");
    }

    @Test
    void pendingReimbursementsOfAnotherCurrencyOrCustomerAreNotSubtracted() {
        FakeRegister register = new FakeRegister().pending(customer("C200"), "USD", "RMB-000002", "250.00", "")
                .pending(customer("C999"), "EUR", "RMB-000003", "250.00", "");

        Decisions decisions = decide(parameters(), register, PostingEvidence.NONE, balance("C200", "-250.00"));

        assertThat(decisions.reimbursements().get(0).amount().amount()).isEqualByComparingTo("250.00");
        assertThat(decisions.reimbursements().get(0).deducted().isNone()).isTrue();
    }

    @Test
    void severalPendingReimbursementsAddUp() {
        FakeRegister register = new FakeRegister().pending(customer("C200"), "EUR", "RMB-000002", "100.00", "")
                .pending(customer("C200"), "EUR", "RMB-000009", "50.00", "");

        Decisions decisions = decide(parameters().minimum("1.00"), register, PostingEvidence.NONE,
                balance("C200", "-200.00"));

        Reimbursement remainder = decisions.reimbursements().get(0);
        assertThat(remainder.amount().amount()).isEqualByComparingTo("50.00");
        assertThat(remainder.deducted().invoices()).containsExactly("RMB-000002", "RMB-000009");
    }

    @Test
    void anInvoiceThatAnErpExportShowsPostedByTheBalanceDateIsInTheBalanceAlready() {
        FakeRegister register = new FakeRegister().pending(customer("C200"), "EUR", "RMB-000002", "250.00", "");
        PostingEvidence export = new PostingEvidence(Map.of("RMB-000002", new PostedMark("RMB-000002",
                TestParameters.BALANCE_DATE, "posted.csv row 2")), Map.of());

        Decisions decisions = decide(parameters(), register, export, balance("C200", "-40.00"));

        assertThat(decisions.reimbursements().get(0).amount().amount()).isEqualByComparingTo("40.00");
    }

    @Test
    void anInvoiceAnErpExportShowsPostedAfterTheBalanceDateIsStillSubtracted() {
        FakeRegister register = new FakeRegister().pending(customer("C200"), "EUR", "RMB-000002", "250.00", "");
        PostingEvidence export = new PostingEvidence(Map.of("RMB-000002", new PostedMark("RMB-000002",
                TestParameters.BALANCE_DATE.plusDays(1), "posted.csv row 2")), Map.of());

        Decisions decisions = decide(parameters(), register, export, balance("C200", "-250.00"));

        assertThat(skipOf(decisions, key("C200", "EUR")).reason()).isEqualTo(SkipReason.PENDING_REIMBURSEMENT);
    }

    @Test
    void theReimbursementInvoiceAmongTheCustomersDocumentsIsPostedAndRecorded() {
        FakeRegister register = new FakeRegister().pending(customer("C200"), "EUR", "RMB-000002", "250.00", "");
        SourceRef row = new SourceRef("balances.csv", null, 7);
        PostingEvidence documents = new PostingEvidence(Map.of(),
                Map.of(customer("C200"), Map.of("RMB-000002", row)));

        Decisions decisions = decide(parameters(), register, documents, balance("C200", "-40.00"));

        assertThat(decisions.reimbursements().get(0).amount().amount()).isEqualByComparingTo("40.00");
        assertThat(decisions.postedMarks()).singleElement().satisfies(mark -> {
            assertThat(mark.invoice()).isEqualTo("RMB-000002");
            assertThat(mark.postedOn()).isEqualTo(TestParameters.BALANCE_DATE);
            assertThat(mark.source()).contains("balances.csv", "7");
        });
    }

    @Test
    void anotherCustomersDocumentDoesNotPostTheInvoice() {
        FakeRegister register = new FakeRegister().pending(customer("C200"), "EUR", "RMB-000002", "250.00", "");
        PostingEvidence documents = new PostingEvidence(Map.of(),
                Map.of(customer("C300"), Map.of("RMB-000002", new SourceRef("balances.csv", null, 7))));

        Decisions decisions = decide(parameters(), register, documents, balance("C200", "-250.00"));

        assertThat(skipOf(decisions, key("C200", "EUR")).reason()).isEqualTo(SkipReason.PENDING_REIMBURSEMENT);
        assertThat(decisions.postedMarks()).isEmpty();
    }

    @Test
    void eachDimensionSetTakesItsOwnPendingReimbursementFirst() {
        FakeRegister register = new FakeRegister().pending(customer("C200"), "EUR", "RMB-000002", "100.00", "CC20");

        Decisions decisions = decide(parameters().byDimensions("CostCenter").minimum("1.00"), register,
                PostingEvidence.NONE, balance("C200", "-50.00").dimensions("CC10"),
                balance("C200", "-100.00").dimensions("CC20"));

        assertThat(reimbursementOf(decisions, key("C200", "EUR", "CC10")).amount().amount())
                .isEqualByComparingTo("50.00");
        assertThat(skipOf(decisions, key("C200", "EUR", "CC20")).reason()).isEqualTo(SkipReason.PENDING_REIMBURSEMENT);
    }

    @Test
    void aPendingReimbursementOfADimensionSetNoLongerShownIsTakenFromTheOthersInKeyOrder() {
        FakeRegister register = new FakeRegister().pending(customer("C200"), "EUR", "RMB-000002", "120.00", "CC99");

        Decisions decisions = decide(parameters().byDimensions("CostCenter").minimum("1.00"), register,
                PostingEvidence.NONE, balance("C200", "-100.00").dimensions("CC20"),
                balance("C200", "-50.00").dimensions("CC10"));

        assertThat(skipOf(decisions, key("C200", "EUR", "CC10")).reason()).isEqualTo(SkipReason.PENDING_REIMBURSEMENT);
        Reimbursement rest = reimbursementOf(decisions, key("C200", "EUR", "CC20"));
        assertThat(rest.amount().amount()).as("150.00 of credits less 120.00 pending").isEqualByComparingTo("30.00");
    }

    @Test
    void alreadyReimbursedComesBeforePending() {
        FakeRegister register = new FakeRegister().reimbursed(customer("C200"), "EUR")
                .pending(customer("C200"), "EUR", "RMB-000002", "250.00", "");

        Decisions decisions = decide(parameters(), register, PostingEvidence.NONE, balance("C200", "-400.00"));

        assertThat(skipOf(decisions, key("C200", "EUR")).reason()).isEqualTo(SkipReason.ALREADY_REIMBURSED);
    }

    @Test
    void theFrenchExplanationNamesTheInvoice() {
        FakeRegister register = new FakeRegister().pending(customer("C200"), "EUR", "RMB-000002", "250.00", "");

        Decisions decisions = decide(parameters().language(io.reimburse.model.Language.FR), register,
                PostingEvidence.NONE, balance("C200", "-250.00"));

        assertThat(skipOf(decisions, key("C200", "EUR")).detail()).contains("RMB-000002", "pas encore comptabilisée");
    }

    private static Decisions decide(TestParameters parameters, FakeRegister register, PostingEvidence evidence,
                                    TestBalances.Balance... balances) {
        List<CustomerBalance> built = Arrays.stream(balances).map(TestBalances.Balance::build).toList();
        return new ReimbursementRules(parameters.build(), register).decide(built, Map.of(), Map.of(), evidence);
    }
}
