package io.reimburse.engine;

import io.reimburse.model.BalanceKey;
import io.reimburse.model.Decisions;
import io.reimburse.model.Reimbursement;
import io.reimburse.model.Skip;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the decision rules did with one key, for tests that read like the spec. */
final class Decided {

    private Decided() {
    }

    /** The one reimbursement of the key; fails when the key was skipped or reimbursed twice. */
    static Reimbursement reimbursementOf(Decisions decisions, BalanceKey key) {
        assertThat(decisions.listedSkips()).as("skips of %s", key).noneMatch(skip -> skip.key().equals(key));
        List<Reimbursement> found = decisions.reimbursements().stream().filter(r -> r.key().equals(key)).toList();
        assertThat(found).as("reimbursements of %s", key).hasSize(1);
        return found.get(0);
    }

    /** The one listed skip of the key; fails when the key was reimbursed, only counted, or listed twice. */
    static Skip skipOf(Decisions decisions, BalanceKey key) {
        assertThat(decisions.reimbursements()).as("reimbursements of %s", key).noneMatch(r -> r.key().equals(key));
        List<Skip> found = decisions.listedSkips().stream().filter(skip -> skip.key().equals(key)).toList();
        assertThat(found).as("skips of %s", key).hasSize(1);
        return found.get(0);
    }
}
