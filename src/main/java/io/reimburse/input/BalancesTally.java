package io.reimburse.input;

import io.reimburse.model.CustomerRef;
import io.reimburse.model.RowProblem;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What reading the balances table gave besides its rows (which stream to the aggregator): row
 * problems and the customer names their rows gave (a customer whose every row failed has no other),
 * ignored total lines, and facts the run needs (data rows, currencies seen).
 */
public record BalancesTally(List<RowProblem> problems, Map<CustomerRef, String> heldBackNames, int totalLines,
                            long dataRows, Set<String> currencies) {
}
