package nl.noaber.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.noaber.activity.ActivityLog;
import nl.noaber.geo.RdPoint;
import nl.noaber.notify.NoticeType;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The part of the request lifecycle that matching drives: offered, escalated, accepted. Every
 * change is a conditional UPDATE on the request's status, so matching can never move a request
 * that its requester just cancelled.
 */
@Singleton
public class RequestsForMatching {

    private final HelpRequestRepository requests;
    private final ActivityLog activity;
    private final RequestNotices notices;
    private final Clock clock;

    RequestsForMatching(HelpRequestRepository requests, ActivityLog activity, RequestNotices notices, Clock clock) {
        this.requests = requests;
        this.activity = activity;
        this.notices = notices;
        this.clock = clock;
    }

    @ReadOnly
    public Optional<MatchableRequest> find(long id, String gemeente) {
        return requests.findByIdAndGemeente(id, gemeente).map(RequestsForMatching::matchable);
    }

    /** Those of {@code ids} in the gemeente, by id, in one query (a volunteer's list of offers). */
    @ReadOnly
    public Map<Long, MatchableRequest> findAll(Collection<Long> ids, String gemeente) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return requests.findByIdInAndGemeente(ids, gemeente).stream()
                .collect(Collectors.toMap(HelpRequest::id, RequestsForMatching::matchable));
    }

    private static MatchableRequest matchable(HelpRequest r) {
        return new MatchableRequest(r.id(), r.gemeente(), r.kind(), r.task(), r.description(), r.requesterId(), r.initiativeId(),
                r.urgency(), r.status(), new RdPoint(r.x(), r.y()),
                r.destinationX() == null ? null : new RdPoint(r.destinationX(), r.destinationY()),
                r.returnPickupAt() != null, r.windowStart(), r.windowEnd(), r.appointmentAt());
    }

    /**
     * The request, with its row locked until the caller's transaction ends: a coordinator's manual
     * offer and a volunteer's accept (a conditional UPDATE of the same row) then happen one after
     * the other, so an accept either comes first — and the offer is refused — or withdraws it.
     */
    @Transactional
    public Optional<MatchableRequest> findForOffer(long id, String gemeente) {
        return requests.lock(id, gemeente).flatMap(locked -> find(id, gemeente));
    }

    /** OPEN → OFFERED; true if the request is (now) OFFERED. The log gets the first offer, not every wave. */
    @Transactional
    public boolean markOffered(long id, String gemeente) {
        if (requests.transition(id, gemeente, List.of(RequestStatus.OPEN.name()), RequestStatus.OFFERED.name(), null,
                clock.instant()) == 1) {
            HelpRequest r = requests.findByIdAndGemeente(id, gemeente).orElseThrow();
            activity.record(RequestEvents.since(r, "request.offered", clock.instant()));
            return true;
        }
        return requests.findByIdAndGemeente(id, gemeente).map(r -> r.status() == RequestStatus.OFFERED).orElse(false);
    }

    /** To the coordinator queue of the request's wijk; false if it was no longer open or offered. */
    @Transactional
    public boolean escalate(long id, String gemeente) {
        List<String> sources = List.of(RequestStatus.OPEN.name(), RequestStatus.OFFERED.name());
        boolean moved = requests.transition(id, gemeente, sources, RequestStatus.ESCALATED.name(), null, clock.instant()) == 1;
        if (moved) {
            recordAndTell(id, gemeente, "request.escalated", null, NoticeType.REQUEST_ESCALATED);
        }
        return moved;
    }

    /** The volunteer withdraws after accepting: the request goes back to matching, and the requester is told. */
    @Transactional
    public boolean release(long id, String gemeente, long volunteerId) {
        if (requests.release(id, gemeente, volunteerId, clock.instant()) == 0) {
            return false;
        }
        recordAndTell(id, gemeente, "request.volunteer_withdrew", volunteerId, NoticeType.VOLUNTEER_WITHDREW);
        return true;
    }

    /**
     * The volunteer's account was erased while the task was under way: nobody can finish it from
     * that account, so it goes to the coordinator queue and the requester is told.
     */
    @Transactional
    public boolean abandon(long id, String gemeente, long volunteerId) {
        if (requests.abandon(id, gemeente, volunteerId, clock.instant()) == 0) {
            return false;
        }
        recordAndTell(id, gemeente, "request.escalated", volunteerId, NoticeType.VOLUNTEER_WITHDREW);
        return true;
    }

    /** The first accept wins; false when another volunteer (or a cancellation) got there first. */
    @Transactional
    public boolean assign(long id, String gemeente, long volunteerId) {
        if (requests.assign(id, gemeente, volunteerId, clock.instant()) == 0) {
            return false;
        }
        recordAndTell(id, gemeente, "request.accepted", volunteerId, NoticeType.REQUEST_ACCEPTED);
        return true;
    }

    /**
     * Requests still looking for help (open, offered, escalated) whose window passed become
     * EXPIRED; at most {@code limit} per call. Rows another instance is expiring are skipped.
     *
     * @return the expired requests
     */
    @Transactional
    public List<RequestRef> expireOverdue(int limit) {
        Instant now = clock.instant();
        List<RequestRef> overdue = requests.lockOverdue(now, limit);
        List<String> sources = RequestStatus.from(RequestStatus.EXPIRED).stream().map(Enum::name).toList();
        for (RequestRef ref : overdue) {
            requests.transition(ref.id(), ref.gemeente(), sources, RequestStatus.EXPIRED.name(), null, now);
            recordAndTell(ref.id(), ref.gemeente(), "request.expired", null, NoticeType.REQUEST_EXPIRED);
        }
        return overdue;
    }

    /** After a move: the activity event (with who did it, if anyone) and the requester's notice. */
    private void recordAndTell(long id, String gemeente, String event, @Nullable Long actorId, NoticeType notice) {
        HelpRequest r = requests.findByIdAndGemeente(id, gemeente).orElseThrow();
        activity.record(RequestEvents.since(r, event, clock.instant()).by(actorId, null));
        notices.toRequester(r, notice);
    }
}
