package io.reimburse.run;

import io.reimburse.model.CustomerBalance;

import java.util.List;
import java.util.Objects;

/**
 * The aggregated balances of a run's inputs, handed to the decisions once. A million balances (their
 * keys, names and amounts, some 200 MB) must not stay reachable from the inputs while the register is
 * asked, the credits are decided and the outputs are written: the stages' frames keep the inputs
 * themselves to the end, so only the list is let go.
 */
final class HandedOver {

    private List<CustomerBalance> items;

    HandedOver(List<CustomerBalance> items) {
        this.items = Objects.requireNonNull(items); // not copied: a view of the aggregator, made when read
    }

    /** The balances, while they have not been handed over. */
    List<CustomerBalance> peek() {
        if (items == null) {
            throw new IllegalStateException("the balances were handed over to the decisions already");
        }
        return items;
    }

    /** The balances, which this holder no longer keeps. */
    List<CustomerBalance> take() {
        List<CustomerBalance> taken = peek();
        items = null;
        return taken;
    }
}
