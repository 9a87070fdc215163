package nl.noaber.support;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Lets time pass for rows: moves their timestamps into the past with plain SQL on the real
 * database, as if the service had been waiting — the API refuses to create a request in the past,
 * rightly, so a test of what happens after a deadline starts from a row and shifts it. Also reads
 * a value a test checks that the API does not show (an outbox row's state).
 */
public final class TimeTravel {

    private final DataSource dataSource;

    public TimeTravel(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** A connection of its own, outside any transaction of the service: a second instance, say. */
    public static Connection connection(DataSource dataSource) throws SQLException {
        return DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
    }

    /** The first column of the first row of a query with a single id parameter, or null. */
    public Object value(String sql, long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (var rows = s.executeQuery()) {
                return rows.next() ? rows.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs an UPDATE with a single id parameter; returns the rows changed. */
    public int updateAll(String sql, long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs statements without parameters: reference data a test needs (a gemeente of its own). */
    public void execute(String sql) {
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one UPDATE with a single id parameter and asserts it changed exactly one row. */
    public void update(String sql, long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            if (s.executeUpdate() != 1) {
                throw new AssertionError("expected one row for id " + id + ": " + sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
