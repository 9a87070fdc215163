package nl.noaber.web;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.exceptions.NoConnectionException;
import io.micronaut.http.HttpStatus;
import nl.noaber.NoaberProblem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * The database cannot serve the request right now (issue #9): it is down or restarting, the pool
 * has no free connection within its timeout, or PostgreSQL lacks resources. The caller gets a 503
 * with {@code Retry-After} instead of a 500 — the request was fine, the moment was not.
 *
 * <p>Recognised anywhere in the chain of causes (and suppressed exceptions, and the JDBC
 * "next exception"), because Micronaut Data wraps the driver's exception differently per path:
 * {@code CannotGetJdbcConnectionException} around Hikari's timeout, {@code DataAccessException}
 * around a failed statement, {@code ConnectionException} when a dead connection is handed back,
 * {@code TransactionSystemException} around a failed commit (docs/reliability.md). What counts:
 * <ul>
 *   <li>Hikari's {@link SQLTransientConnectionException}: no connection within
 *       {@code connection-timeout} (pool exhausted, or the server refuses connections);</li>
 *   <li>SQLState class 08, connection exception (refused, broken, closed);</li>
 *   <li>class 53, insufficient resources: disk full 53100, out of memory 53200, too many
 *       connections 53300;</li>
 *   <li>57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now (starting up or
 *       shutting down);</li>
 *   <li>a {@link ConnectionException} caused by the JDBC connection itself: when a statement fails
 *       with one of the states above, Hikari swaps the connection for a closed stand-in whose every
 *       call throws a state-less "Connection is closed", and Micronaut Data, resetting auto-commit
 *       on it, throws that instead of the statement's failure (seen in the restart test).</li>
 * </ul>
 */
final class DatabaseUnavailable extends NoaberProblem {

    /** Long enough for a pool to free up or a restart to finish; short enough for a waiting phone user. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");
    private static final int MAX_CAUSES = 32;

    private final String reason;

    private DatabaseUnavailable(String reason) {
        super("database-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Service temporarily unavailable",
                "The service cannot use its database at the moment; try again after the seconds in Retry-After");
        this.reason = reason;
    }

    /** The outage behind a failure, if it is one. */
    static Optional<DatabaseUnavailable> causing(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        todo.add(failure);
        while (!todo.isEmpty() && seen.size() < MAX_CAUSES) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof SQLTransientConnectionException) {
                return Optional.of(new DatabaseUnavailable("no connection from the pool in time: " + t.getMessage()));
            }
            if (t instanceof ConnectionException && !(t instanceof NoConnectionException)
                    && t.getCause() instanceof SQLException broken) {
                return Optional.of(new DatabaseUnavailable("connection broke: " + broken.getMessage()));
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("53") || SHUTDOWN_STATES.contains(state))) {
                    return Optional.of(new DatabaseUnavailable("SQLState " + state));
                }
                offer(todo, sql.getNextException());
            }
            offer(todo, t.getCause());
            for (Throwable suppressed : t.getSuppressed()) {
                offer(todo, suppressed);
            }
        }
        return Optional.empty();
    }

    private static void offer(Deque<Throwable> todo, Throwable next) {
        if (next != null) {
            todo.add(next);
        }
    }

    /** For the log: what the database said (never sent to the caller). */
    String reason() {
        return reason;
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(RETRY_AFTER);
    }
}
