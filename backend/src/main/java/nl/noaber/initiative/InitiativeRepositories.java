package nl.noaber.initiative;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The initiative feature's tables. Every finder takes the gemeente. */
final class InitiativeRepositories {

    private InitiativeRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface InitiativeRepository extends CrudRepository<Initiative, Long> {

        Optional<Initiative> findByIdAndGemeente(long id, String gemeente);

        List<Initiative> findByGemeenteOrderById(String gemeente);

        /** The oldest initiative of a kind serving a wijk: the one a new request goes to. */
        @Query("""
            SELECT i.* FROM initiative i
              JOIN initiative_wijk w ON w.initiative_id = i.id
             WHERE i.gemeente = :gemeente AND i.kind = :kind AND w.wijk_code = :wijk
             ORDER BY i.id
             LIMIT 1
            """)
        Optional<Initiative> findServing(String gemeente, String kind, String wijk);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface WijkRepository extends CrudRepository<InitiativeWijk, Long> {

        List<InitiativeWijk> findByInitiativeIdAndGemeenteOrderByWijkCode(long initiativeId, String gemeente);

        @Query("DELETE FROM initiative_wijk WHERE initiative_id = :initiativeId AND gemeente = :gemeente")
        int deleteOf(long initiativeId, String gemeente);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface MemberRepository extends CrudRepository<Member, Long> {

        @Query("DELETE FROM initiative_member WHERE account_id = :accountId")
        int deleteAllOf(long accountId);

        Optional<Member> findByInitiativeIdAndAccountIdAndGemeente(long initiativeId, long accountId, String gemeente);

        List<Member> findByInitiativeIdAndGemeenteOrderById(long initiativeId, String gemeente);

        /**
         * Moves a membership on only if it is still in the state the decision was based on; 0 rows
         * means a concurrent step got there first.
         */
        @Query("""
            UPDATE initiative_member SET role = :role, status = :next, updated_at = :now
             WHERE id = :id AND status = :expected
            """)
        int transition(long id, String expected, String next, String role, Instant now);
    }
}
