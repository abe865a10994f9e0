package io.reimburse.register;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A run as the register keeps it, for listing and export: {@code counts} (per decision, or per
 * payment status for a payment run) and {@code totals} (per currency, amounts as exact strings) are
 * kept as flat JSON objects, read back as tables by {@link #decisionCounts()} and {@link #totalsByCurrency()}.
 */
public record RegisterRun(String runId, String startedAt, String committedAt, String toolVersion, String legalEntity,
                          String balanceDate, String transactionDate, String status, String voidedAt,
                          String voidReason, String counts, String totals, String outputFolder) {

    /** How many keys each decision took (REIMBURSED, the skip reasons), or payments each status, in order. */
    public Map<String, Long> decisionCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        RegisterSession.jsonObject(this.counts).forEach((decision, count) -> counts.put(decision, Long.parseLong(count)));
        return counts;
    }

    /** The amount reimbursed (or paid) per currency, exact. */
    public Map<String, BigDecimal> totalsByCurrency() {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        RegisterSession.jsonObject(this.totals).forEach((currency, total) ->
                totals.put(currency, new BigDecimal(total)));
        return totals;
    }
}
