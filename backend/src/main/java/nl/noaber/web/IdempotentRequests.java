package nl.noaber.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The stored first answers of {@code Idempotency-Key} writes (table idempotent_request, V21). */
@Singleton
class IdempotentRequests {

    /** A phone retries within minutes; a day covers one that was offline overnight. */
    private static final Duration KEPT = Duration.ofHours(24);

    private final JdbcOperations jdbc;
    private final Clock clock;

    IdempotentRequests(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @param status the HTTP status, or 0 when the method's own default applies */
    record Answer(@Nullable String requestHash, int status, @Nullable String location, @Nullable String body) {
    }

    /**
     * Claims the key in the caller's transaction. A concurrent claim of the same key waits here
     * until the first transaction ends.
     *
     * @return false if the key was claimed before (and committed)
     */
    boolean claim(long accountId, String key, String requestHash, Instant now) {
        return jdbc.prepareStatement("""
                INSERT INTO idempotent_request (account_id, key, request_hash, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (account_id, key) DO NOTHING""", statement -> {
            statement.setLong(1, accountId);
            statement.setString(2, key);
            statement.setString(3, requestHash);
            statement.setTimestamp(4, Timestamp.from(now));
            return statement.executeUpdate() == 1;
        });
    }

    Answer find(long accountId, String key) {
        return jdbc.prepareStatement("SELECT request_hash, status, location, body FROM idempotent_request WHERE account_id = ? AND key = ?",
                statement -> {
                    statement.setLong(1, accountId);
                    statement.setString(2, key);
                    try (ResultSet row = statement.executeQuery()) {
                        row.next();
                        return new Answer(row.getString(1), row.getInt(2), row.getString(3), row.getString(4));
                    }
                });
    }

    void complete(long accountId, String key, Answer answer) {
        jdbc.prepareStatement("UPDATE idempotent_request SET status = ?, location = ?, body = ? WHERE account_id = ? AND key = ?",
                statement -> {
                    statement.setInt(1, answer.status());
                    statement.setString(2, answer.location());
                    if (answer.body() == null) {
                        statement.setNull(3, Types.VARCHAR);
                    } else {
                        statement.setString(3, answer.body());
                    }
                    statement.setLong(4, accountId);
                    statement.setString(5, key);
                    return statement.executeUpdate();
                });
    }

    void forgetAllOf(long accountId) {
        jdbc.prepareStatement("DELETE FROM idempotent_request WHERE account_id = ?", statement -> {
            statement.setLong(1, accountId);
            return statement.executeUpdate();
        });
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "10m")
    @Transactional
    void forgetOld() {
        jdbc.prepareStatement("DELETE FROM idempotent_request WHERE created_at < ?", statement -> {
            statement.setTimestamp(1, Timestamp.from(clock.instant().minus(KEPT)));
            return statement.executeUpdate();
        });
    }
}
