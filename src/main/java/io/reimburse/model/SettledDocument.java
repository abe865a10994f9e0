package io.reimburse.model;

import java.math.BigDecimal;

/**
 * An open transaction of the balances (transaction level) that a reimbursement settles: its document
 * and its amount, credit-negative as the balances were read.
 */
public record SettledDocument(String document, BigDecimal amount) {
}
