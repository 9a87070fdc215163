package nl.noaber.request;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface HelpRequestRepository extends CrudRepository<HelpRequest, Long> {

    Optional<HelpRequest> findByIdAndGemeente(long id, String gemeente);

    List<HelpRequest> findByIdInAndGemeente(Collection<Long> ids, String gemeente);

    /** Takes the request's row lock until the transaction ends (see RequestsForMatching#findForOffer). */
    @Query("SELECT id FROM help_request WHERE id = :id AND gemeente = :gemeente FOR UPDATE")
    Optional<Long> lock(long id, String gemeente);

    @Query("""
        SELECT * FROM help_request
         WHERE requester_id = :requesterId AND gemeente = :gemeente AND id < :beforeId
         ORDER BY id DESC
         LIMIT :limit
        """)
    List<HelpRequest> findPageOfRequester(long requesterId, String gemeente, long beforeId, int limit);

    /**
     * Moves a request to {@code target} only from one of {@code sources}; 0 rows means it was not
     * (or no longer) in such a state. The conditional UPDATE is the lock.
     */
    @Query("""
        UPDATE help_request
           SET status = :target, status_changed_at = :now, cancel_reason = COALESCE(:cancelReason, cancel_reason)
         WHERE id = :id AND gemeente = :gemeente AND status IN (:sources)
        """)
    int transition(long id, String gemeente, Collection<String> sources, String target, @Nullable String cancelReason, Instant now);

    @Query("""
        SELECT * FROM help_request
         WHERE assigned_volunteer_id = :volunteerId AND status IN ('ACCEPTED', 'IN_PROGRESS')
         ORDER BY COALESCE(appointment_at, window_start, created_at)
        """)
    List<HelpRequest> findTasksOf(long volunteerId);

    /** A request assigned to this volunteer, in whichever gemeente (they may help in a neighbouring one). */
    Optional<HelpRequest> findByIdAndAssignedVolunteerId(long id, long assignedVolunteerId);

    /** The coordinator queue: escalated requests of a gemeente, optionally of one wijk, oldest first. */
    @Query("""
        SELECT * FROM help_request
         WHERE gemeente = :gemeente AND status = 'ESCALATED' AND (CAST(:wijk AS text) IS NULL OR wijk = :wijk)
         ORDER BY status_changed_at
         LIMIT 200
        """)
    List<HelpRequest> findEscalated(String gemeente, @Nullable String wijk);

    /** The assigned volunteer arrives: ACCEPTED → IN_PROGRESS. */
    @Query("""
        UPDATE help_request SET status = 'IN_PROGRESS', status_changed_at = :now
         WHERE id = :id AND gemeente = :gemeente AND status = 'ACCEPTED' AND assigned_volunteer_id = :volunteerId
        """)
    int start(long id, String gemeente, long volunteerId, Instant now);

    /** The assigned volunteer is done: ACCEPTED or IN_PROGRESS → DONE, with time, km and allowance. */
    @Query("""
        UPDATE help_request
           SET status = 'DONE', status_changed_at = :now, completed_at = :now, minutes_spent = :minutes,
               km_driven = :km, allowance_cents = :allowanceCents
         WHERE id = :id AND gemeente = :gemeente AND status IN ('ACCEPTED', 'IN_PROGRESS')
           AND assigned_volunteer_id = :volunteerId
        """)
    int complete(long id, String gemeente, long volunteerId, int minutes, @Nullable BigDecimal km,
                 @Nullable Integer allowanceCents, Instant now);

    /** The requester confirms a DONE request, once. */
    @Query("""
        UPDATE help_request SET confirmed_at = :now, helped_well = :helpedWell, feedback = :feedback
         WHERE id = :id AND gemeente = :gemeente AND requester_id = :requesterId AND status = 'DONE' AND confirmed_at IS NULL
        """)
    int confirm(long id, String gemeente, long requesterId, boolean helpedWell, @Nullable String feedback, Instant now);

    /** The assigned volunteer steps back: ACCEPTED → OPEN, only by that volunteer. */
    @Query("""
        UPDATE help_request
           SET status = 'OPEN', assigned_volunteer_id = NULL, status_changed_at = :now
         WHERE id = :id AND gemeente = :gemeente AND status = 'ACCEPTED' AND assigned_volunteer_id = :volunteerId
        """)
    int release(long id, String gemeente, long volunteerId, Instant now);

    /** The volunteer's account is erased mid-task: IN_PROGRESS → ESCALATED, for a coordinator to finish. */
    @Query("""
        UPDATE help_request
           SET status = 'ESCALATED', assigned_volunteer_id = NULL, status_changed_at = :now
         WHERE id = :id AND gemeente = :gemeente AND status = 'IN_PROGRESS' AND assigned_volunteer_id = :volunteerId
        """)
    int abandon(long id, String gemeente, long volunteerId, Instant now);

    /**
     * The first accept wins: OFFERED → ACCEPTED with the volunteer, only if still OFFERED — or
     * ESCALATED, where a coordinator's manual offer is accepted.
     */
    @Query("""
        UPDATE help_request
           SET status = 'ACCEPTED', assigned_volunteer_id = :volunteerId, status_changed_at = :now
         WHERE id = :id AND gemeente = :gemeente AND status IN ('OFFERED', 'ESCALATED')
        """)
    int assign(long id, String gemeente, long volunteerId, Instant now);

    /** Requests still looking for help whose last useful moment passed, locked; others' locks are skipped. */
    @Query("""
        SELECT id, gemeente FROM help_request
         WHERE status IN ('OPEN', 'OFFERED', 'ESCALATED') AND COALESCE(window_end, appointment_at, window_start) < :now
         ORDER BY COALESCE(window_end, appointment_at, window_start)
         LIMIT :limit
         FOR UPDATE SKIP LOCKED
        """)
    List<RequestRef> lockOverdue(Instant now, int limit);

    /**
     * Accepted requests that start before {@code horizon}: once, or as a series still running on
     * {@code today}; locked, others' locks skipped (the reminder job).
     */
    @Query("""
        SELECT * FROM help_request
         WHERE status = 'ACCEPTED' AND COALESCE(appointment_at, window_start) <= :horizon
           AND (COALESCE(appointment_at, window_start) > CAST(:horizon AS timestamptz) - INTERVAL '1 hour'
                OR (recurrence IN ('WEEKLY', 'FORTNIGHTLY') AND (recurrence_until IS NULL OR recurrence_until >= :today)))
         FOR UPDATE SKIP LOCKED
        """)
    List<HelpRequest> lockAcceptedStartingBefore(Instant horizon, LocalDate today);
    /** Where a request took place, as stored: what anonymisation blurs. */
    @Introspected
    record StoredPlace(long id, double x, double y, @Nullable Double destinationX, @Nullable Double destinationY) {
    }

    /** Ended requests not yet anonymised, oldest first; rows another instance holds are skipped. */
    @Query("""
        SELECT id, x, y, destination_x, destination_y FROM help_request
         WHERE anonymised_at IS NULL AND status IN ('DONE', 'CANCELLED', 'EXPIRED') AND status_changed_at < :cutoff
         ORDER BY status_changed_at
         LIMIT :limit
           FOR UPDATE SKIP LOCKED
        """)
    List<StoredPlace> lockEndedBefore(Instant cutoff, int limit);

    /**
     * The person's own requests, locked so no volunteer starts one while they are erased. Requests
     * VET staff posted on behalf of a resident hold the resident's data, not the staff member's.
     */
    @Query("""
        SELECT id, x, y, destination_x, destination_y FROM help_request
         WHERE requester_id = :requesterId AND posted_as <> 'VET_STAFF' AND anonymised_at IS NULL
           FOR UPDATE
        """)
    List<StoredPlace> lockOwnOf(long requesterId);

    /** Call after {@link #lockOwnOf}: the states cannot change any more in this transaction. */
    @Query("""
        SELECT id FROM help_request
         WHERE requester_id = :requesterId AND posted_as <> 'VET_STAFF'
           AND status IN ('OPEN', 'OFFERED', 'ACCEPTED', 'ESCALATED')
        """)
    List<Long> findCancellableOf(long requesterId);

    /**
     * Removes the free text and names, and moves the places to the centre of their 250 m cell: the
     * wijk, kind, task and times stay, so the request still counts where it happened.
     */
    @Query("""
        UPDATE help_request
           SET description = '[verwijderd]', for_person_name = NULL, person_needs = NULL, handover_note = NULL,
               consent_given_by = CASE WHEN consent_given_by IS NULL THEN NULL ELSE '[verwijderd]' END,
               address_line = NULL, destination_line = NULL, cancel_reason = NULL, feedback = NULL,
               walker = NULL, wheelchair = NULL,
               lat = :lat, lon = :lon, x = :x, y = :y,
               destination_lat = :destinationLat, destination_lon = :destinationLon,
               destination_x = :destinationX, destination_y = :destinationY,
               anonymised_at = :now
         WHERE id = :id
        """)
    int anonymise(long id, double lat, double lon, double x, double y, @Nullable Double destinationLat,
                  @Nullable Double destinationLon, @Nullable Double destinationX, @Nullable Double destinationY, Instant now);
}
