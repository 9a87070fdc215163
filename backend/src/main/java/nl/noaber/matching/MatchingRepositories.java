package nl.noaber.matching;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.GenericRepository;

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

        List<Offer> findByVolunteerIdAndStatusOrderByOfferedAtDesc(long volunteerId, Offer.Status status);

        Optional<Offer> findByIdAndGemeente(long id, String gemeente);

        List<Offer> findByRequestIdAndStatus(long requestId, Offer.Status status);

        /** A volunteer is asked once per request (unique key), so this is their one offer for it. */
        Optional<Offer> findByRequestIdAndVolunteerId(long requestId, long volunteerId);

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

        /** Erasure: why the volunteer was asked (a coordinator's note may name people) goes; the offer's facts stay. */
        @Query("UPDATE offer SET reasons = '[verwijderd]' WHERE volunteer_id = :volunteerId")
        int forgetReasonsOf(long volunteerId);

        @Query("UPDATE offer SET status = :to, decided_at = :now WHERE request_id = :requestId AND status = 'OPEN'")
        int closeOpenOffersOf(long requestId, String to, Instant now);

        /** Open offers of a request whose answer time has come; a coordinator's later manual offer stays open. */
        @Query("""
            UPDATE offer SET status = 'EXPIRED', decided_at = :now
             WHERE request_id = :requestId AND status = 'OPEN' AND answer_by <= :now
            """)
        int expireOverdueOffersOf(long requestId, Instant now);

        /** Every open offer whose answer time has passed, of any request (a sweep, see {@link ExpiryJob}). */
        @Query("UPDATE offer SET status = 'EXPIRED', decided_at = :now WHERE status = 'OPEN' AND answer_by < :now")
        int expireOverdueOffers(Instant now);

        /**
         * Gives a volunteer who was asked before (and declined, let it expire or withdrew) a new,
         * manual offer; 0 rows when their offer is still open or accepted.
         */
        @Query("""
            UPDATE offer
               SET status = 'OPEN', wave = :wave, reasons = :reasons, offered_at = :now, answer_by = :answerBy,
                   decided_at = NULL, offered_by = :offeredBy
             WHERE request_id = :requestId AND gemeente = :gemeente AND volunteer_id = :volunteerId
               AND status IN ('DECLINED', 'EXPIRED', 'WITHDRAWN')
            """)
        int reopen(long requestId, String gemeente, long volunteerId, int wave, String reasons, Instant now, Instant answerBy,
                   long offeredBy);

        /**
         * Accepted-task counts of a few volunteers in one query (ranking and the weekly cap). Tasks
         * for this requester count for continuity unless the requester said it did not go well.
         */
        @Query("""
            SELECT o.volunteer_id AS volunteer_id,
                   count(*) FILTER (WHERE o.decided_at >= :loadSince) AS since_load_period,
                   count(*) FILTER (WHERE o.decided_at >= :weekStart) AS since_week_start,
                   count(*) FILTER (WHERE o.requester_id = :requesterId AND h.helped_well IS DISTINCT FROM false) AS for_requester
              FROM offer o
              JOIN help_request h ON h.id = o.request_id
             WHERE o.status = 'ACCEPTED' AND o.volunteer_id IN (:volunteerIds) AND h.status <> 'CANCELLED'
             GROUP BY o.volunteer_id
            """)
        List<AcceptedCounts> countAccepted(Collection<Long> volunteerIds, Instant loadSince, Instant weekStart, long requesterId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface HelperRepository extends GenericRepository<Offer, Long> {

        /** Volunteers who took a task of this requester before, unless the requester said it did not go well. */
        @Query("""
            SELECT DISTINCT o.volunteer_id FROM offer o
              JOIN help_request h ON h.id = o.request_id
             WHERE o.requester_id = :requesterId AND o.gemeente = :gemeente AND o.status = 'ACCEPTED'
               AND h.helped_well IS DISTINCT FROM false AND h.status <> 'CANCELLED'
            """)
        List<Long> findPreviousHelpersOf(long requesterId, String gemeente);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface PassedOverRepository extends CrudRepository<PassedOver, Long> {

        @Query("SELECT * FROM passed_over WHERE request_id = :requestId AND gemeente = :gemeente ORDER BY wave, distance_meters, id")
        List<PassedOver> findLogOf(long requestId, String gemeente);

        @Query("DELETE FROM passed_over WHERE volunteer_id = :volunteerId")
        int deleteAllOf(long volunteerId);
    }
}
