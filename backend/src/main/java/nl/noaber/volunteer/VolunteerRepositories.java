package nl.noaber.volunteer;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
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

    /**
     * Volunteers of the gemeente (or of one of {@code neighbours}, if they opted in to help
     * there) with an unpaused profile and the capacity, within the search radius and their
     * own radius for that capacity, not away on {@code day}, not excluded, and — when a time of
     * day is given — with a weekly slot on that weekday overlapping it (volunteers who gave no
     * slots at all count as flexible); nearest first on the GiST index (with bitmap scans off:
     * {@link CandidateSearch}).
     */
    static final String ELIGIBLE_NEAR_SQL = """
        SELECT p.account_id AS account_id, p.home_x AS home_x, p.home_y AS home_y,
               p.home_rd <-> point(:x, :y) AS distance_meters, p.max_tasks_per_week AS max_tasks_per_week
          FROM volunteer_profile p
          JOIN volunteer_capacity c ON c.account_id = p.account_id AND c.capacity = :capacity
         WHERE (p.gemeente = :gemeente OR (p.helps_neighbouring_gemeenten AND p.gemeente IN (:neighbours)))
           AND p.home_rd <@ circle(point(:x, :y), :radiusMeters)
           AND p.home_rd <-> point(:x, :y) <= c.max_radius_meters
           AND NOT p.paused
           AND p.account_id NOT IN (:excluded)
           AND (CAST(:restricted AS boolean) = false OR p.account_id IN (:among))
           AND NOT EXISTS (SELECT 1 FROM volunteer_absence a
                            WHERE a.account_id = p.account_id AND CAST(:day AS date) BETWEEN a.from_date AND a.until_date)
           AND (CAST(:fromTime AS time) IS NULL
                OR NOT EXISTS (SELECT 1 FROM volunteer_slot s WHERE s.account_id = p.account_id)
                OR EXISTS (SELECT 1 FROM volunteer_slot s
                            WHERE s.account_id = p.account_id AND s.day_of_week = EXTRACT(ISODOW FROM CAST(:day AS date))
                              AND s.from_time < CAST(:untilTime AS time) AND s.until_time > CAST(:fromTime AS time)))
         ORDER BY p.home_rd <-> point(:x, :y)
         LIMIT :limit
        """;

    private VolunteerRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface ProfileRepository extends CrudRepository<VolunteerProfile, Long> {

        Optional<VolunteerProfile> findByAccountIdAndGemeente(long accountId, String gemeente);

        @Query("SELECT current_setting('enable_bitmapscan')")
        String bitmapScans();

        /** For the rest of this transaction only. */
        @Query("SELECT set_config('enable_bitmapscan', :value, true)")
        String setBitmapScans(String value);

        /** See {@link #NEAREST_SQL}. */
        @Query(NEAREST_SQL)
        List<Long> findNearestAccountIds(String gemeente, double x, double y, double radiusMeters, int limit);

        /** See {@link #ELIGIBLE_NEAR_SQL}. */
        @Query(ELIGIBLE_NEAR_SQL)
        List<NearbyVolunteer> findEligibleNear(String gemeente, Collection<String> neighbours, String capacity, double x,
                                               double y, double radiusMeters,
                                               Collection<Long> excluded, boolean restricted, Collection<Long> among,
                                               LocalDate day, @Nullable LocalTime fromTime, @Nullable LocalTime untilTime,
                                               int limit);

        /**
         * The nearest volunteers with the capacity within {@code radiusMeters} — eligible or not — each
         * with the rules of {@link ProfileRepository#findEligibleNear} they break. Explains the matching
         * log's "why not", and checks a coordinator's manual choice.
         */
        @Query("""
            SELECT p.account_id AS account_id, p.home_rd <-> point(:x, :y) AS distance_meters,
                   c.max_radius_meters AS own_radius_meters, p.paused AS paused,
                   EXISTS (SELECT 1 FROM volunteer_absence a
                            WHERE a.account_id = p.account_id AND CAST(:day AS date) BETWEEN a.from_date AND a.until_date) AS away,
                   (CAST(:fromTime AS time) IS NOT NULL
                    AND EXISTS (SELECT 1 FROM volunteer_slot s WHERE s.account_id = p.account_id)
                    AND NOT EXISTS (SELECT 1 FROM volunteer_slot s
                                     WHERE s.account_id = p.account_id AND s.day_of_week = EXTRACT(ISODOW FROM CAST(:day AS date))
                                       AND s.from_time < CAST(:untilTime AS time) AND s.until_time > CAST(:fromTime AS time)))
                       AS no_fitting_slot,
                   p.max_tasks_per_week AS max_tasks_per_week
              FROM volunteer_profile p
              JOIN volunteer_capacity c ON c.account_id = p.account_id AND c.capacity = :capacity
             WHERE p.gemeente = :gemeente
               AND p.home_rd <@ circle(point(:x, :y), :radiusMeters)
               AND (CAST(:restricted AS boolean) = false OR p.account_id IN (:among))
             ORDER BY p.home_rd <-> point(:x, :y)
             LIMIT :limit
            """)
        List<VolunteerFit> findFitNear(String gemeente, String capacity, double x, double y, double radiusMeters,
                                       boolean restricted, Collection<Long> among, LocalDate day,
                                       @Nullable LocalTime fromTime, @Nullable LocalTime untilTime, int limit);
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

        /** Past holidays (and hospital stays) say something about a person and serve no match any more. */
        @Query("DELETE FROM volunteer_absence WHERE id IN (SELECT id FROM volunteer_absence WHERE until_date < :before LIMIT :limit)")
        int deleteEndedBefore(LocalDate before, int limit);
        List<VolunteerAbsence> findByAccountIdAndGemeenteOrderByFromDate(long accountId, String gemeente);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface VogCheckRepository extends CrudRepository<VogCheck, Long> {

        Optional<VogCheck> findFirstByAccountIdAndGemeenteOrderByIssuedOnDesc(long accountId, String gemeente);

        void deleteByAccountIdAndGemeente(long accountId, String gemeente);

        List<VogCheck> findByAccountIdAndGemeenteOrderByIssuedOnDesc(long accountId, String gemeente);

        @Query("""
            SELECT DISTINCT ON (account_id) * FROM vog_check
             WHERE gemeente IN (:gemeenten) AND account_id IN (:accountIds)
             ORDER BY account_id, issued_on DESC, id DESC
            """)
        List<VogCheck> findNewestOf(Collection<String> gemeenten, Collection<Long> accountIds);

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

        /** One instance at a time runs the VOG notices; the lock ends with the transaction. */
        @Query("SELECT pg_try_advisory_xact_lock(hashtext('noaber.vog-expiry-notices'))")
        boolean tryLockNoticeJob();

        /** The same across all gemeenten, for the job that tells volunteers their VOG runs out. */
        @Query("""
            SELECT * FROM (
                SELECT DISTINCT ON (v.account_id) v.* FROM vog_check v
                 ORDER BY v.account_id, v.issued_on DESC, v.id DESC) newest
             WHERE newest.issued_on >= :from AND newest.issued_on < :to
             ORDER BY newest.issued_on, newest.account_id
            """)
        List<VogCheck> findNewestIssuedBetweenInAllGemeenten(LocalDate from, LocalDate to);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface IntakeRepository extends CrudRepository<VolunteerIntake, Long> {

        List<VolunteerIntake> findByAccountIdAndGemeenteOrderByHeldOnDesc(long accountId, String gemeente);

        boolean existsByAccountIdAndGemeente(long accountId, String gemeente);

        void deleteByAccountIdAndGemeente(long accountId, String gemeente);

        @Query("SELECT DISTINCT account_id FROM volunteer_intake WHERE gemeente IN (:gemeenten) AND account_id IN (:accountIds)")
        List<Long> findAccountsWithIntake(Collection<String> gemeenten, Collection<Long> accountIds);
    }
}
