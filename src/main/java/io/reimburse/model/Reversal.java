package io.reimburse.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A reversal run (reimburse register void ... --out): invoices of earlier runs voided, with the
 * files the ERP needs to reverse what it imported. The one-time vendors of those invoices are kept:
 * the ERP has them, and later runs reuse them.
 *
 * @param date       the reversing lines' date
 * @param wholeRuns  runs named as a whole: they are voided too
 * @param style       the CSV style and language of the reversed invoices' (first) run
 * @param erp         that run's ERP values: its invoice journal name, its ERP targets and their settings
 */
public record Reversal(String runId, Instant startedAt, String toolVersion, LocalDate date, String reason,
                       List<ReversedInvoice> invoices, List<String> wholeRuns, OutputStyle style, ErpParameters erp) {

    public Reversal {
        invoices = List.copyOf(invoices);
        wholeRuns = List.copyOf(wholeRuns);
    }

    public String journalName() {
        return erp.journalName();
    }
}
