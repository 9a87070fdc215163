package nl.noaber.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface LoginAttemptRepository extends CrudRepository<LoginAttempt, Long> {

    /** Failures of one e-mail since :since and since its last successful login, oldest first. */
    @Query("""
        SELECT attempted_at FROM login_attempt f
         WHERE f.email_key = :emailKey AND NOT f.succeeded AND f.attempted_at > :since
           AND f.attempted_at > COALESCE((SELECT max(s.attempted_at) FROM login_attempt s
                                           WHERE s.email_key = :emailKey AND s.succeeded), '-infinity')
         ORDER BY f.attempted_at
        """)
    List<Instant> failureTimesOfEmail(String emailKey, Instant since);

    /** Failures from one client address since :since, oldest first. */
    @Query("""
        SELECT attempted_at FROM login_attempt
         WHERE client_ip = :clientIp AND NOT succeeded AND attempted_at > :since
         ORDER BY attempted_at
        """)
    List<Instant> failureTimesOfAddress(String clientIp, Instant since);

    List<LoginAttempt> findByEmailKeyOrderByAttemptedAt(String emailKey);

    @Query("DELETE FROM login_attempt WHERE email_key = :emailKey")
    int deleteByEmailKey(String emailKey);

    @Query("DELETE FROM login_attempt WHERE attempted_at < :before")
    int deleteOlderThan(@Nullable Instant before);
}
