package nl.noaber.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RefreshTokenRepository extends CrudRepository<RefreshToken, Long> {

    Optional<RefreshToken> findByTokenHash(String tokenHash);

    /** Marks one token used; 0 rows means someone else used or revoked it first. */
    @Query("UPDATE refresh_token SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
    int markUsed(long id, Instant now);

    @Query("UPDATE refresh_token SET revoked_at = :now WHERE family_id = :familyId AND revoked_at IS NULL")
    int revokeFamily(UUID familyId, Instant now);

    @Query("UPDATE refresh_token SET revoked_at = :now WHERE account_id = :accountId AND revoked_at IS NULL")
    int revokeAllOfAccount(long accountId, Instant now);

    List<RefreshToken> findByAccountIdOrderByIssuedAt(long accountId);

    @Query("DELETE FROM refresh_token WHERE account_id = :accountId")
    int deleteAllOfAccount(long accountId);

    @Query("DELETE FROM refresh_token WHERE expires_at < :before")
    int deleteExpiredBefore(Instant before);
}
