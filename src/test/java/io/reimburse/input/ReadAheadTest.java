package io.reimburse.input;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rows parsed on a second thread come out as the table gives them, its failures included. */
class ReadAheadTest {

    /** A table of {@code rows} rows that fails with {@code failure} instead of giving row {@code failAt}. */
    private static final class Table implements RowStream {
        final int rows;
        final int failAt;
        final Throwable failure;
        final AtomicInteger given = new AtomicInteger();
        final AtomicBoolean closed = new AtomicBoolean();

        Table(int rows, int failAt, Throwable failure) {
            this.rows = rows;
            this.failAt = failAt;
            this.failure = failure;
        }

        @Override
        public boolean hasNext() {
            return given.get() < rows;
        }

        @Override
        public RawRow next() {
            int row = given.incrementAndGet();
            if (row == failAt) {
                if (failure instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) failure;
            }
            return new RawRow(row, List.of(CellValue.ofText("C" + row)));
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }

    @Test
    void everyRowComesOnceInOrderAcrossBatches() {
        Table table = new Table(5_001, -1, null);
        List<Long> numbers = new ArrayList<>();
        try (ReadAhead rows = new ReadAhead(table, "balances.csv")) {
            rows.forEachRemaining(row -> numbers.add(row.row()));
        }

        assertThat(numbers).hasSize(5_001);
        assertThat(numbers.get(0)).isEqualTo(1L);
        assertThat(numbers.get(5_000)).isEqualTo(5_001L);
        assertThat(numbers).isSorted().doesNotHaveDuplicates();
        assertThat(table.closed).isTrue();
    }

    @Test
    void aFailureIsThrownWhenItsRowIsReachedAfterTheRowsBeforeIt() {
        IllegalStateException failure = new IllegalStateException("row 3000 is damaged");
        Table table = new Table(5_000, 3_000, failure);
        List<Long> numbers = new ArrayList<>();
        ReadAhead rows = new ReadAhead(table, "balances.csv");

        assertThatThrownBy(() -> rows.forEachRemaining(row -> numbers.add(row.row()))).isSameAs(failure);
        assertThat(numbers).hasSize(2_999);
        rows.close();
        assertThat(table.closed).isTrue();
    }

    @Test
    void runningOutOfMemoryWhileParsingIsThrownHere() {
        OutOfMemoryError failure = new OutOfMemoryError("Java heap space");
        ReadAhead rows = new ReadAhead(new Table(10, 5, failure), "balances.xlsx [Balances]");

        assertThatThrownBy(() -> rows.forEachRemaining(row -> { })).isSameAs(failure);
        rows.close();
    }

    @Test
    void closingEarlyStopsTheParsingThreadAndReleasesTheFile() {
        Table table = new Table(1_000_000, -1, null);
        try (ReadAhead rows = new ReadAhead(table, "closed-early.csv")) {
            assertThat(rows.next().row()).isEqualTo(1L);
        }

        assertThat(table.closed).isTrue();
        assertThat(table.given.get()).as("rows parsed before the stop").isLessThan(1_000_000);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.getName().endsWith("closed-early.csv"));
    }
}
