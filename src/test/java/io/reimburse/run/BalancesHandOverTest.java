package io.reimburse.run;

import io.reimburse.engine.RegisterState;
import io.reimburse.model.CustomerRef;
import io.reimburse.model.RegisterHistory;
import io.reimburse.model.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The balances of the inputs are handed to the decisions, not kept: while the register is asked (and
 * after), a million balances of customers that are not reimbursed must be collectable. Kept, they made
 * a million-customer run the month after an unposted one collect without end in -Xmx512m.
 */
class BalancesHandOverTest {

    @TempDir
    Path temp;

    @Test
    void theBalancesAreLetGoBeforeTheRegisterIsAsked() {
        RunOptions options = RunOptions.builder(List.of(Path.of("samples/fr")), temp.resolve("out")).build();
        RunInputs read = RunReader.read(options, Instant.parse("2026-12-02T10:00:00Z"), Progress.SILENT);
        // a copy the test alone holds (weakly): the inputs carry nothing else of it
        RunInputs inputs = withOwnCopy(read);
        WeakReference<List<?>> balances = new WeakReference<>(inputs.balances());
        boolean[] collectedWhenAsked = {false};
        RegisterState register = new RegisterState() {
            @Override
            public RegisterHistory history(Set<CustomerRef> customers, LocalDate balanceDate) {
                collectedWhenAsked[0] = collected(balances);
                return RegisterHistory.EMPTY;
            }

            // numbered as without a register
            @Override
            public long nextInvoiceNumber(String prefix, long fromParameters) {
                return RegisterState.NONE.nextInvoiceNumber(prefix, fromParameters);
            }

            @Override
            public long nextOneTimeVendorNumber(String prefix, long fromParameters) {
                return RegisterState.NONE.nextOneTimeVendorNumber(prefix, fromParameters);
            }
        };

        RunResult result = Run.decide(inputs, register, options, Instant.parse("2026-12-02T10:00:00Z"));

        assertThat(result.decisions().reimbursements()).isNotEmpty();
        assertThat(collectedWhenAsked[0]).as("the balances were collectable while the register was asked").isTrue();
        assertThatThrownBy(inputs::balances).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("handed over");
    }

    private static RunInputs withOwnCopy(RunInputs read) {
        return new RunInputs(read.parameters(), new ArrayList<>(read.balances()), read.links(), read.problems(),
                read.heldBackNames(), read.totalLines(), read.duplicateRows(), read.files(), read.postings());
    }

    /** True when a full collection clears the reference (a few tries: System.gc is a request). */
    private static boolean collected(WeakReference<?> reference) {
        for (int attempt = 0; attempt < 10 && reference.get() != null; attempt++) {
            System.gc();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return reference.get() == null;
    }
}
