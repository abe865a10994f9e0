package io.reimburse.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A statement prepared, its text values bound in order, run once: the register's queries and updates. */
final class Statements {

    private Statements() {
    }

    /** One result row, read. */
    @FunctionalInterface
    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    static void query(Connection connection, String sql, RowReader reader, String... values) throws SQLException {
        try (PreparedStatement query = bound(connection, sql, values); ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                reader.read(rs);
            }
        }
    }

    /** Runs an update; returns the rows it changed. */
    static int update(Connection connection, String sql, String... values) throws SQLException {
        try (PreparedStatement statement = bound(connection, sql, values)) {
            return statement.executeUpdate();
        }
    }

    private static PreparedStatement bound(Connection connection, String sql, String... values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }
}
