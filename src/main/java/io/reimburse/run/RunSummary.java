package io.reimburse.run;

import io.reimburse.model.Decisions;
import io.reimburse.model.Money;
import io.reimburse.model.Payments;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A run's outcome in a few words, for the terminal and the drop folder's log. */
public final class RunSummary {

    private RunSummary() {
    }

    /** {@code 5 reimbursed, 1 INPUT_ERROR, 2 BELOW_MINIMUM}: the reasons that occurred. */
    public static String decisions(Decisions decisions) {
        return decisions.reimbursements().size() + " reimbursed" + decisions.skipCounts().entrySet().stream()
                .filter(e -> e.getValue() > 0).map(e -> ", " + e.getValue() + " " + e.getKey().name())
                .collect(Collectors.joining());
    }

    /** {@code 25444.18 EUR in 5 reimbursement(s)}, one per currency. */
    public static List<String> totals(Decisions decisions) {
        List<String> totals = new ArrayList<>();
        decisions.totalsByCurrency().forEach((currency, total) -> totals.add(new Money(total, currency).plain() + " "
                + currency + " in " + decisions.countsByCurrency().get(currency) + " reimbursement(s)"));
        return totals;
    }

    /** {@code 3 PAYABLE 1 NO_BANK_DETAILS}: the payment statuses that occurred. */
    public static String payments(Payments payments) {
        return payments.countsByStatus().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + e.getKey().name()).collect(Collectors.joining(" "));
    }

    /** {@code 24794.18 EUR in 3 payment(s)}, one per currency. */
    public static List<String> payableTotals(Payments payments) {
        List<String> totals = new ArrayList<>();
        payments.payableTotalsByCurrency().forEach((currency, total) -> totals.add(new Money(total, currency).plain()
                + " " + currency + " in " + payments.payableCountsByCurrency().get(currency) + " payment(s)"));
        return totals;
    }
}
