package io.reimburse.engine;

import io.reimburse.model.BalanceKey;
import io.reimburse.model.BankDetails;
import io.reimburse.model.Bic;
import io.reimburse.model.CustomerBalance;
import io.reimburse.model.CustomerRef;
import io.reimburse.model.Iban;
import io.reimburse.model.Language;
import io.reimburse.model.Parameters;
import io.reimburse.model.Payment;
import io.reimburse.model.PaymentParameters;
import io.reimburse.model.PaymentStatus;
import io.reimburse.model.Payments;
import io.reimburse.model.RegisterHistory;
import io.reimburse.model.Reimbursement;
import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;
import io.reimburse.model.VendorLink;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * SPEC §10: how each reimbursement is paid. The payee's bank details come from the vendor-links
 * table, else from the balances; a missing, malformed or changed IBAN keeps the payee out of the
 * payment file, never out of the invoice journal. Pure, like the decision rules.
 */
public final class PaymentRules {

    private final PaymentParameters parameters;
    private final Language language;
    private final RegisterHistory history;
    private final Texts texts;

    /** @param history what the register knew of the customers when they were decided (their last IBANs) */
    public PaymentRules(Parameters parameters, RegisterHistory history) {
        this.parameters = parameters.payments();
        this.language = parameters.language();
        this.history = history;
        this.texts = new Texts(language);
    }

    /**
     * One payment per reimbursement, in the same order.
     *
     * @param links    the customers' own vendors, from the vendor-links table or the balances
     * @param balances the aggregated balances the reimbursements were decided from
     */
    public Payments decide(List<Reimbursement> reimbursements, Map<CustomerRef, VendorLink> links,
                           List<CustomerBalance> balances) {
        return decide(reimbursements, links, bankDetails(balances));
    }

    /**
     * One payment per reimbursement, in the same order.
     *
     * @param fromBalances the bank details the balances' rows give, by key ({@link #bankDetails})
     */
    public Payments decide(List<Reimbursement> reimbursements, Map<CustomerRef, VendorLink> links,
                           Map<BalanceKey, BankDetails> fromBalances) {
        return decide(reimbursements, links, r -> fromBalances.getOrDefault(r.key(), BankDetails.NONE));
    }

    /** The bank details the balances' rows give, by key; a key whose rows give none is not in it. */
    public static Map<BalanceKey, BankDetails> bankDetails(List<CustomerBalance> balances) {
        Map<BalanceKey, BankDetails> details = new HashMap<>();
        for (CustomerBalance balance : balances) {
            if (!balance.bankDetails().equals(BankDetails.NONE)) {
                details.put(balance.key(), balance.bankDetails());
            }
        }
        return details;
    }

    /**
     * One payment per reimbursement, in the same order: the bank details of the vendor links when they
     * have an IBAN for the customer, else {@code otherwise}'s (the balances', or what the register kept).
     */
    public Payments decide(List<Reimbursement> reimbursements, Map<CustomerRef, VendorLink> links,
                           Function<Reimbursement, BankDetails> otherwise) {
        List<Payment> payments = new ArrayList<>(reimbursements.size());
        for (Reimbursement reimbursement : reimbursements) {
            VendorLink link = links.get(reimbursement.key().customer());
            BankDetails linked = link == null ? BankDetails.NONE : link.bankDetails();
            payments.add(pay(reimbursement, link, linked.hasIban() ? linked : otherwise.apply(reimbursement)));
        }
        requireDebtor(payments);
        return new Payments(payments);
    }

    private Payment pay(Reimbursement reimbursement, VendorLink link, BankDetails details) {
        CustomerRef customer = reimbursement.key().customer();
        String iban = details.iban();
        String bic = details.bic();
        String payee = link != null && !link.vendorName().isEmpty() ? link.vendorName()
                : reimbursement.customerName().isEmpty() ? customer.customerAccount() : reimbursement.customerName();
        String remittance = texts.remittance(reimbursement.invoice(), customer.customerAccount());
        if (iban.isEmpty()) {
            return new Payment(reimbursement, payee, iban, bic, PaymentStatus.NO_BANK_DETAILS, "", remittance,
                    texts.noBankDetails());
        }
        Optional<String> refused = Iban.check(iban).map(problem -> problem.explain(iban, language))
                .or(() -> bic.isEmpty() ? Optional.empty()
                        : Bic.check(bic).map(problem -> problem.explain(bic, language)));
        if (refused.isPresent()) {
            return new Payment(reimbursement, payee, iban, bic, PaymentStatus.BAD_BANK_DETAILS, "", remittance,
                    texts.badBankDetails(refused.get()));
        }
        String previous = Optional.ofNullable(history.lastIbans().get(customer)).map(Iban::normalize)
                .filter(old -> !old.equals(iban)).orElse("");
        if (previous.isEmpty()) {
            return new Payment(reimbursement, payee, iban, bic, PaymentStatus.PAYABLE, "", remittance,
                    texts.payable(iban));
        }
        // a new IBAN for a known payee is the classic payment-fraud pattern: a person confirms it first
        return parameters.acceptsBankDetailChange(customer.customerAccount())
                ? new Payment(reimbursement, payee, iban, bic, PaymentStatus.PAYABLE, previous, remittance,
                        texts.changeAccepted(previous, iban))
                : new Payment(reimbursement, payee, iban, bic, PaymentStatus.BANK_DETAILS_CHANGED, previous, remittance,
                        texts.bankDetailsChanged(previous, iban));
    }

    /** Payees with an IBAN need the debtor's name, IBAN and BIC, or no payment file can be written. */
    private void requireDebtor(List<Payment> payments) {
        Optional<Payment> withIban = payments.stream().filter(payment -> !payment.iban().isEmpty()).findFirst();
        List<String> missing = new ArrayList<>();
        if (parameters.debtorName().isEmpty()) {
            missing.add("DebtorName");
        }
        if (parameters.debtorIban().isEmpty()) {
            missing.add("DebtorIBAN");
        }
        if (parameters.debtorBic().isEmpty()) {
            missing.add("DebtorBIC");
        }
        if (withIban.isPresent() && !missing.isEmpty()) {
            throw new RunRefused(RunProblem.of("Parameter(s) " + String.join(", ", missing) + " required: Payments "
                    + "is Yes and payees have an IBAN (first: customer "
                    + withIban.get().reimbursement().key().customerAccount() + "), and the payment file must name "
                    + "the company account they are paid from."));
        }
    }
}
