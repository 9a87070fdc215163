package nl.noaber.initiative;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

/** The voorzorgcirkel tables. */
final class CirkelRepositories {

    private CirkelRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface CirkelRepository extends CrudRepository<Voorzorgcirkel, Long> {

        Optional<Voorzorgcirkel> findByIdAndGemeente(long id, String gemeente);

        /** Locks the circle row: its member rules (at most 20, one or two verbinders) are checked under it. */
        @Query("SELECT * FROM voorzorgcirkel WHERE id = :id AND gemeente = :gemeente FOR UPDATE")
        Optional<Voorzorgcirkel> lockById(long id, String gemeente);

        @Query("SELECT * FROM voorzorgcirkel WHERE invite_code = :inviteCode AND gemeente = :gemeente FOR UPDATE")
        Optional<Voorzorgcirkel> lockByInviteCode(String inviteCode, String gemeente);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface CirkelMemberRepository extends CrudRepository<CirkelMember, Long> {

        @Query("DELETE FROM cirkel_member WHERE account_id = :accountId")
        int deleteAllOf(long accountId);

        List<CirkelMember> findByCirkelIdAndGemeenteOrderById(long cirkelId, String gemeente);

        Optional<CirkelMember> findByCirkelIdAndAccountIdAndGemeente(long cirkelId, long accountId, String gemeente);

        List<CirkelMember> findByAccountIdAndGemeenteOrderById(long accountId, String gemeente);

        long countByCirkelId(long cirkelId);

        /** Everyone who shares a voorzorgcirkel with the account. */
        @Query("""
            SELECT DISTINCT other.account_id FROM cirkel_member mine
              JOIN cirkel_member other ON other.cirkel_id = mine.cirkel_id AND other.account_id <> mine.account_id
             WHERE mine.account_id = :accountId AND mine.gemeente = :gemeente
            """)
        List<Long> findNeighboursOf(long accountId, String gemeente);
    }
}
