package io.reimburse.engine;

import io.reimburse.model.BalanceKey;
import io.reimburse.model.CustomerBalance;
import io.reimburse.model.CustomerCurrency;
import io.reimburse.model.EarlierReimbursement;
import io.reimburse.model.PostedMark;
import io.reimburse.model.PostingEvidence;
import io.reimburse.model.RegisterHistory;
import io.reimburse.model.SourceRef;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Earlier reimbursements that these balances do not show yet. Between a run and the ERP's posting
 * of its invoice journal, the export still holds the credit that was reimbursed: its amount is
 * subtracted from the customer's credit in the same legal entity and currency, so that the credit
 * is never refunded twice. A reimbursement the ERP has posted on or before this run's balance date
 * (marked so in the register, listed by an ERP export given with the inputs, or, at transaction
 * level, found among the customer's documents) is in the balance already and is never subtracted.
 * <p>
 * Each key first takes the pending reimbursements of its own dimension set, then what is left of
 * the others, in key order: per customer and currency, never more is refunded than the credits less
 * everything pending.
 */
final class PendingCredits {

    /** Part of an earlier reimbursement subtracted from one key's credit. */
    record Taken(EarlierReimbursement earlier, BigDecimal amount) {
    }

    private final Map<BalanceKey, List<Taken>> taken = new HashMap<>();
    private final List<PostedMark> recognized = new ArrayList<>();

    /**
     * @param candidates the credits that may be reimbursed, in key order
     */
    PendingCredits(List<CustomerBalance> candidates, RegisterHistory history, PostingEvidence evidence,
                   LocalDate balanceDate) {
        if (history.notYetInBalances().isEmpty()) {
            return;
        }
        Map<CustomerCurrency, List<CustomerBalance>> groups = new LinkedHashMap<>();
        for (CustomerBalance candidate : candidates) {
            CustomerCurrency customer = CustomerCurrency.of(candidate.key());
            if (history.notYetInBalances().containsKey(customer)) {
                groups.computeIfAbsent(customer, c -> new ArrayList<>()).add(candidate);
            }
        }
        groups.forEach((customer, keys) -> allocate(keys,
                stillPending(customer, history.notYetInBalances().get(customer), evidence, balanceDate)));
    }

    /** The earlier reimbursements of a customer and currency that these inputs do not show as posted. */
    private List<EarlierReimbursement> stillPending(CustomerCurrency customer, List<EarlierReimbursement> earlier,
                                                    PostingEvidence evidence, LocalDate balanceDate) {
        Map<String, SourceRef> documents = evidence.documentsInBalances().getOrDefault(customer.customer(), Map.of());
        List<EarlierReimbursement> pending = new ArrayList<>();
        for (EarlierReimbursement reimbursement : earlier) {
            PostedMark exported = evidence.exported().get(reimbursement.invoice());
            if (exported != null && !exported.postedOn().isAfter(balanceDate)) {
                continue; // the run records the export's marks, this one among them
            }
            SourceRef shown = documents.get(reimbursement.invoice());
            if (shown != null) {
                recognized.add(new PostedMark(reimbursement.invoice(), balanceDate,
                        "balances of " + balanceDate + ", " + shown));
                continue;
            }
            pending.add(reimbursement);
        }
        return pending;
    }

    private void allocate(List<CustomerBalance> keys, List<EarlierReimbursement> pending) {
        if (pending.isEmpty()) {
            return;
        }
        BigDecimal[] left = pending.stream().map(p -> p.amount().amount()).toArray(BigDecimal[]::new);
        Map<BalanceKey, BigDecimal> room = new HashMap<>();
        keys.forEach(key -> room.put(key.key(), key.creditAmount()));
        for (boolean ownDimensions : new boolean[] {true, false}) {
            for (CustomerBalance key : keys) {
                String dimensions = EarlierReimbursement.dimensionsText(key.key().dimensions());
                for (int i = 0; i < pending.size(); i++) {
                    EarlierReimbursement earlier = pending.get(i);
                    if (ownDimensions && !earlier.dimensions().equals(dimensions)) {
                        continue;
                    }
                    BigDecimal amount = left[i].min(room.get(key.key()));
                    if (amount.signum() > 0) {
                        left[i] = left[i].subtract(amount);
                        room.put(key.key(), room.get(key.key()).subtract(amount));
                        taken.computeIfAbsent(key.key(), k -> new ArrayList<>()).add(new Taken(earlier, amount));
                    }
                }
            }
        }
    }

    /** What is subtracted from this key's credit, in invoice order; empty when nothing is pending. */
    List<Taken> takenFrom(BalanceKey key) {
        return taken.getOrDefault(key, List.of());
    }

    /** Earlier reimbursements found posted in these balances' documents, to be recorded by the run. */
    List<PostedMark> recognized() {
        return recognized;
    }
}
