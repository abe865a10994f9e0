package io.reimburse.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A reimbursement of an earlier run, for balances older than this run's, that these balances may
 * not show yet: committed, not voided, and not known to be posted by the ERP on or before this
 * run's balance date.
 *
 * @param dimensions its dimension set as the register records it ({@link #dimensionsText})
 * @param postedOn   the date the ERP posted it, when known (later than this run's balance date); null
 *                   while it is pending
 */
public record EarlierReimbursement(String invoice, String runId, LocalDate balanceDate, Money amount,
                                   String dimensions, LocalDate postedOn) {

    /** A dimension set as the register records it: its values, comma-separated ("" when none). */
    public static String dimensionsText(List<String> dimensions) {
        return String.join(",", dimensions);
    }
}
