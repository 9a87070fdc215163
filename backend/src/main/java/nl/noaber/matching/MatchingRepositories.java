package nl.noaber.matching;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The matching package's tables. */
final class MatchingRepositories {

    private MatchingRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface RoundRepository extends CrudRepository<MatchingRound, Long> {

        /** Due, unleased rounds, locked; rows another instance holds are skipped, not waited for. */
        @Query("""
            SELECT request_id FROM matching_round
             WHERE state = 'ACTIVE' AND next_wave_at <= :now AND (leased_until IS NULL OR leased_until < :now)
             ORDER BY next_wave_at
             LIMIT :limit
             FOR UPDATE SKIP LOCKED
            """)
        List<Long> lockDue(Instant now, int limit);

        @Query("UPDATE matching_round SET leased_until = :until WHERE request_id IN (:ids)")
        int lease(Collection<Long> ids, Instant until);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface OfferRepository extends CrudRepository<Offer, Long> {

        List<Offer> findByRequestIdAndGemeente(long requestId, String gemeente);

        List<Offer> findByVolunteerIdAndGemeenteAndStatusOrderByOfferedAtDesc(long volunteerId, String gemeente, Offer.Status status);

        Optional<Offer> findByIdAndGemeente(long id, String gemeente);

        /** The conditional UPDATE is the lock: an offer is decided once. */
        @Query("""
            UPDATE offer SET status = :to, decided_at = :now
             WHERE id = :id AND gemeente = :gemeente AND volunteer_id = :volunteerId AND status = 'OPEN'
            """)
        int decide(long id, String gemeente, long volunteerId, String to, Instant now);

        @Query("""
            UPDATE offer SET status = 'WITHDRAWN', decided_at = :now
             WHERE id = :id AND gemeente = :gemeente AND volunteer_id = :volunteerId AND status = 'ACCEPTED'
            """)
        int withdrawAccepted(long id, String gemeente, long volunteerId, Instant now);

        @Query("UPDATE offer SET status = :to, decided_at = :now WHERE request_id = :requestId AND status = 'OPEN'")
        int closeOpenOffersOf(long requestId, String to, Instant now);

        /** Accepted-task counts of a few volunteers in one query (ranking and the weekly cap). */
        @Query("""
            SELECT volunteer_id AS volunteer_id,
                   count(*) FILTER (WHERE decided_at >= :loadSince) AS since_load_period,
                   count(*) FILTER (WHERE decided_at >= :weekStart) AS since_week_start,
                   count(*) FILTER (WHERE requester_id = :requesterId) AS for_requester
              FROM offer
             WHERE status = 'ACCEPTED' AND volunteer_id IN (:volunteerIds)
             GROUP BY volunteer_id
            """)
        List<AcceptedCounts> countAccepted(Collection<Long> volunteerIds, Instant loadSince, Instant weekStart, long requesterId);
    }
}
