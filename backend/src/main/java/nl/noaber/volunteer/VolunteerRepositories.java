package nl.noaber.volunteer;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The volunteer feature's tables. Every finder takes the gemeente. */
final class VolunteerRepositories {

    /**
     * Volunteers whose home lies within {@code radiusMeters} of an RD point, nearest first.
     * Both the radius filter and the ordering use the GiST index on {@code home_rd}.
     */
    static final String NEAREST_SQL = """
        SELECT account_id FROM volunteer_profile
         WHERE gemeente = :gemeente
           AND home_rd <@ circle(point(:x, :y), :radiusMeters)
         ORDER BY home_rd <-> point(:x, :y)
         LIMIT :limit
        """;

    private VolunteerRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface ProfileRepository extends CrudRepository<VolunteerProfile, Long> {

        Optional<VolunteerProfile> findByAccountIdAndGemeente(long accountId, String gemeente);

        /** See {@link #NEAREST_SQL}. */
        @Query(NEAREST_SQL)
        List<Long> findNearestAccountIds(String gemeente, double x, double y, double radiusMeters, int limit);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface CapacityRepository extends CrudRepository<VolunteerCapacity, Long> {
        List<VolunteerCapacity> findByAccountIdAndGemeenteOrderByCapacity(long accountId, String gemeente);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface SlotRepository extends CrudRepository<VolunteerSlot, Long> {
        @Query("SELECT * FROM volunteer_slot WHERE account_id = :accountId AND gemeente = :gemeente ORDER BY day_of_week, from_time")
        List<VolunteerSlot> findInWeekOrder(long accountId, String gemeente);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface AbsenceRepository extends CrudRepository<VolunteerAbsence, Long> {
        List<VolunteerAbsence> findByAccountIdAndGemeenteOrderByFromDate(long accountId, String gemeente);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface VogCheckRepository extends CrudRepository<VogCheck, Long> {

        Optional<VogCheck> findFirstByAccountIdAndGemeenteOrderByIssuedOnDesc(long accountId, String gemeente);

        void deleteByAccountIdAndGemeente(long accountId, String gemeente);

        List<VogCheck> findByAccountIdAndGemeenteOrderByIssuedOnDesc(long accountId, String gemeente);

        /** The newest VOG of each volunteer of a gemeente, for those whose newest was issued in [from, to). */
        @Query("""
            SELECT * FROM (
                SELECT DISTINCT ON (v.account_id) v.* FROM vog_check v
                 WHERE v.gemeente = :gemeente
                 ORDER BY v.account_id, v.issued_on DESC, v.id DESC) newest
             WHERE newest.issued_on >= :from AND newest.issued_on < :to
             ORDER BY newest.issued_on, newest.account_id
            """)
        List<VogCheck> findNewestIssuedBetween(String gemeente, LocalDate from, LocalDate to);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface IntakeRepository extends CrudRepository<VolunteerIntake, Long> {

        List<VolunteerIntake> findByAccountIdAndGemeenteOrderByHeldOnDesc(long accountId, String gemeente);

        boolean existsByAccountIdAndGemeente(long accountId, String gemeente);

        void deleteByAccountIdAndGemeente(long accountId, String gemeente);
    }
}
