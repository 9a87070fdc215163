package nl.noaber.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AccountRepository extends CrudRepository<Account, Long> {

    Optional<Account> findByIdAndGemeente(long id, String gemeente);

    @Query("SELECT * FROM account WHERE lower(email) = lower(:email)")
    Optional<Account> findByEmailIgnoringCase(String email);

    @Query("""
        SELECT * FROM account
         WHERE gemeente = :gemeente AND id > :afterId
         ORDER BY id
         LIMIT :limit
        """)
    List<Account> findPageInGemeente(String gemeente, long afterId, int limit);

    /** Erasure: the row stays (ids in logs stay valid), nothing in it identifies the person. */
    @Query("""
        UPDATE account
           SET email = 'erased-' || id || '@erased.invalid', display_name = 'Verwijderd',
               password_hash = '!erased', erased_at = :now, updated_at = :now
         WHERE id = :id AND erased_at IS NULL
        """)
    int anonymise(long id, Instant now);

    @Query("""
        SELECT id FROM account
         WHERE gemeente = :gemeente AND erased_at IS NULL AND CAST(:role AS text) = ANY (roles)
         ORDER BY id
        """)
    List<Long> findIdsWithRole(String gemeente, String role);

    @Query("SELECT id FROM account WHERE erased_at > :since")
    List<Long> findErasedSince(Instant since);

    @Query("SELECT count(*) FROM account WHERE id = :id AND erased_at IS NOT NULL")
    long countErased(long id);
}
