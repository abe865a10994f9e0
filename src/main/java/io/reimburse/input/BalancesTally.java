package io.reimburse.input;

import io.reimburse.model.RowProblem;

import java.util.List;
import java.util.Set;

/**
 * What reading the balances table gave besides its rows (which stream to the aggregator): row
 * problems, ignored total lines, and facts the run needs (data rows, currencies seen).
 */
public record BalancesTally(List<RowProblem> problems, int totalLines, long dataRows, Set<String> currencies) {
}
