package io.reimburse.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One prepared statement run for many rows, sent to SQLite a few thousand at a time: a run records
 * hundreds of thousands of rows in its one transaction, and a statement prepared per row cost more
 * than the inserts themselves.
 */
final class Batch implements AutoCloseable {

    private static final int ROWS_PER_BATCH = 5_000;

    private final PreparedStatement statement;
    private int pending;
    private long rows;

    Batch(Connection connection, String sql) throws SQLException {
        this.statement = connection.prepareStatement(sql);
    }

    /** Adds one row: its values in the statement's order (null stays NULL). */
    void add(String... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setString(i + 1, values[i]);
        }
        statement.addBatch();
        if (++pending == ROWS_PER_BATCH) {
            flush();
        }
    }

    /** Rows the statement changed so far (for updates that may match nothing). */
    long rows() throws SQLException {
        flush();
        return rows;
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            for (int changed : statement.executeBatch()) {
                rows += Math.max(changed, 0);
            }
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            statement.close();
        }
    }
}
