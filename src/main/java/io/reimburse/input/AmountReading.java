package io.reimburse.input;

import java.math.BigDecimal;

/**
 * How reading a row's amount came out: an amount; a problem (already noted on the row); or a value
 * such as "1,234" that waits until its column shows its decimal separator.
 */
sealed interface AmountReading {

    AmountReading PROBLEM = new Problem();
    AmountReading WAITING = new Waiting();

    /** An amount read, in the balances' convention as the column gives it. */
    record Amount(BigDecimal value) implements AmountReading {
    }

    /** A problem, noted on the row: the amount is unknown. */
    record Problem() implements AmountReading {
    }

    /** Read again when the whole column has been seen. */
    record Waiting() implements AmountReading {
    }
}
