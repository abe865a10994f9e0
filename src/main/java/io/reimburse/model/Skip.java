package io.reimburse.model;

import java.math.BigDecimal;

/** A key that is not reimbursed, with the reason code and the facts a person needs to understand it. */
public record Skip(BalanceKey key, String customerName, String customerGroup, BigDecimal balance,
                   SkipReason reason, String detail) {
}
