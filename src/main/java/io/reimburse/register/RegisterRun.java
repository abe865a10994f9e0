package io.reimburse.register;

/** A run as the register keeps it, for listing and export. */
public record RegisterRun(String runId, String startedAt, String committedAt, String toolVersion, String legalEntity,
                          String balanceDate, String transactionDate, String status, String voidedAt,
                          String voidReason, String counts, String totals, String outputFolder) {
}
