package io.reimburse.model;

import java.time.LocalDate;

/**
 * The ERP posted a reimbursement invoice, on or before {@code postedOn}: from then on the customer's
 * balances show it, and it is no longer subtracted from later credits.
 *
 * @param source how it became known, for the register and the report ("file posted.csv row 4",
 *               "balances of 2026-11-30"...)
 */
public record PostedMark(String invoice, LocalDate postedOn, String source) {
}
