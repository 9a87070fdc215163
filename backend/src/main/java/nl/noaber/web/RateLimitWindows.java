package nl.noaber.web;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;

/** Fixed-window hit counters in table rate_limit_window (V21), shared by all instances. */
@Singleton
class RateLimitWindows {

    private final JdbcOperations jdbc;

    RateLimitWindows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts one hit and returns the window's count including it; one statement, so concurrent hits all count. */
    @Transactional
    int hit(String bucket, String subject, Instant windowStart) {
        return jdbc.prepareStatement("""
                INSERT INTO rate_limit_window (bucket, subject, window_start, hits) VALUES (?, ?, ?, 1)
                ON CONFLICT (bucket, subject, window_start) DO UPDATE SET hits = rate_limit_window.hits + 1
                RETURNING hits""", statement -> {
            statement.setString(1, bucket);
            statement.setString(2, subject);
            statement.setTimestamp(3, Timestamp.from(windowStart));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        });
    }

    void deleteBefore(Instant before) {
        jdbc.prepareStatement("DELETE FROM rate_limit_window WHERE window_start < ?", statement -> {
            statement.setTimestamp(1, Timestamp.from(before));
            return statement.executeUpdate();
        });
    }
}
