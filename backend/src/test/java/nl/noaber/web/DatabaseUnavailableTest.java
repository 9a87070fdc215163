package nl.noaber.web;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.exceptions.NoConnectionException;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.exceptions.TransactionSystemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which database failures are an outage (503) and which are not, wrapped as Micronaut Data wraps
 * them (the chains were taken from real failures: docs/reliability.md).
 */
class DatabaseUnavailableTest {

    @ParameterizedTest(name = "SQLState {0}")
    @ValueSource(strings = {"08001", "08003", "08006", "53100", "53200", "53300", "57P01", "57P02", "57P03"})
    void aStatementFailingWithAnOutageStateIsAnOutage(String state) {
        var failure = new DataAccessException("Error executing SQL UPDATE", new SQLException("down", state));

        var outage = DatabaseUnavailable.causing(failure);

        assertTrue(outage.isPresent());
        assertEquals("SQLState " + state, outage.get().reason());
        assertEquals(503, outage.get().status().getCode());
        assertEquals(5, outage.get().retryAfter().orElseThrow().toSeconds());
    }

    @ParameterizedTest(name = "SQLState {0}")
    @ValueSource(strings = {"23505", "22P05", "40001", "40P01", "42P01", "57014"})
    void otherDatabaseFailuresAreNotAnOutage(String state) {
        assertFalse(DatabaseUnavailable.causing(new DataAccessException("failed", new SQLException("no", state))).isPresent());
    }

    @Test
    void hikarisTimeoutBehindMicronautsConnectionExceptionIsAnOutage() {
        var failure = new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms"));

        assertTrue(DatabaseUnavailable.causing(failure).isPresent());
    }

    @Test
    void aFailedCommitWhoseConnectionBrokeIsAnOutage() {
        var failure = new TransactionSystemException("Could not commit JDBC transaction",
                new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE));

        assertTrue(DatabaseUnavailable.causing(failure).isPresent());
    }

    @Test
    void aConnectionThatHikariClosedUnderTheRequestIsAnOutage() {
        var failure = new ConnectionException("Could not set JDBC Connection [HikariProxyConnection@1 wrapping "
                + "com.zaxxer.hikari.pool.ProxyConnection.ClosedConnection] read-only: Connection is closed",
                new SQLException("Connection is closed"));

        assertTrue(DatabaseUnavailable.causing(failure).isPresent());
        assertFalse(DatabaseUnavailable.causing(new NoConnectionException("No current JDBC connection found")).isPresent(),
                "using the database outside a transaction is a bug, not an outage");
    }

    @Test
    void anOutageOnlyInASuppressedOrNextExceptionIsFound() {
        var cleanup = new RuntimeException("Could not set JDBC Connection read-only");
        cleanup.addSuppressed(new SQLException("Connection is closed", "08003"));
        var batch = new SQLException("batch failed", "XX000");
        batch.setNextException(new SQLException("terminating connection due to administrator command", "57P01"));

        assertTrue(DatabaseUnavailable.causing(cleanup).isPresent());
        assertTrue(DatabaseUnavailable.causing(new DataAccessException("batch", batch)).isPresent());
    }

    @Test
    void aFailureWithoutDatabaseCauseOrWithACycleIsNotAnOutage() {
        var a = new RuntimeException("a");
        var b = new RuntimeException("b", a);
        a.initCause(b);

        assertFalse(DatabaseUnavailable.causing(new IllegalStateException("bug")).isPresent());
        assertFalse(DatabaseUnavailable.causing(b).isPresent());
    }
}
