package io.reimburse.model;

import java.util.Objects;

/**
 * What one stage hands to the next once, and then keeps no longer: the run's aggregated balances (a
 * million of them, some 200 MB, must not stay reachable from the inputs while the register is asked
 * and the outputs are written) and the screened credits (let go as their reimbursements are made).
 * The stages' frames keep their holders to the end, so only what is held is let go.
 */
public final class HandedOver<T> {

    private T held;
    private final String whenTaken;

    /** @param whenTaken what asking for it after it was handed over says (a mistake of the code) */
    public HandedOver(T held, String whenTaken) {
        this.held = Objects.requireNonNull(held); // not copied: it may be a view made when read
        this.whenTaken = whenTaken;
    }

    /** What is held, while it has not been handed over. */
    public T peek() {
        if (held == null) {
            throw new IllegalStateException(whenTaken);
        }
        return held;
    }

    /** What is held, which this holder no longer keeps. */
    public T take() {
        T taken = peek();
        held = null;
        return taken;
    }
}
