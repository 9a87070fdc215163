package nl.noaber.request;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import nl.noaber.ListPage;
import nl.noaber.PersonalDataWasRead;
import nl.noaber.activity.ActivityLog;
import nl.noaber.geo.Location;
import nl.noaber.geo.Locations;
import nl.noaber.identity.Caller;
import nl.noaber.identity.Role;
import nl.noaber.initiative.InitiativeService;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Posting and following help requests. A new request is located (RD, wijk), assigned to the
 * initiative of its kind that serves the wijk (if any) and logged; matching (issue #5, next) picks
 * OPEN requests up from there.
 */
@Singleton
public class HelpRequestService {

    private final HelpRequestRepository requests;
    private final Locations locations;
    private final InitiativeService initiatives;
    private final HelpRequestViews views;
    private final ActivityLog activity;
    private final ApplicationEventPublisher<HelpRequestPosted> posted;
    private final ApplicationEventPublisher<PersonalDataWasRead> reads;
    private final Clock clock;

    HelpRequestService(HelpRequestRepository requests, Locations locations, InitiativeService initiatives,
                       HelpRequestViews views, ActivityLog activity, ApplicationEventPublisher<HelpRequestPosted> posted,
                       ApplicationEventPublisher<PersonalDataWasRead> reads, Clock clock) {
        this.requests = requests;
        this.locations = locations;
        this.initiatives = initiatives;
        this.views = views;
        this.activity = activity;
        this.posted = posted;
        this.reads = reads;
        this.clock = clock;
    }

    /**
     * @throws nl.noaber.InvalidInput           naming the field that breaks a rule
     * @throws HelpRequestProblems.ConsentMissing for VET staff posting without the resident's consent
     * @throws HelpRequestProblems.RideTooSoon    for a ride inside the initiative's lead time
     */
    @Transactional
    HelpRequestView submit(NewHelpRequest body, Caller poster) {
        RequestEnums.PostedAs postedAs = HelpRequestRules.postedAs(body, poster);
        Location place = locations.parse(body.location(), "location", poster.gemeente());
        Optional<InitiativeService.Serving> serving = initiatives.serving(poster.gemeente(), body.kind(),
                place.wijk() == null ? null : place.wijk().code());
        Instant now = clock.instant();
        HelpRequestRules.check(body, postedAs, now, clock.getZone(),
                serving.map(s -> s.policy().rideLeadTimeHours()).orElse(null));
        Location destination = body.ride() == null ? null
                : locations.parse(body.ride().destination(), "ride.destination", poster.gemeente());
        HelpRequest saved = requests.save(HelpRequestFactory.create(body, postedAs, poster, place, destination,
                serving.map(InitiativeService.Serving::initiativeId).orElse(null), now));
        activity.record(RequestEvents.of(saved, "request.posted").by(poster.accountId(), postedAs.name()));
        // Synchronous, in this transaction: matching starts its round for the request, or neither commits.
        posted.publishEvent(new HelpRequestPosted(saved.id(), saved.gemeente(), now));
        return views.of(saved);
    }

    /**
     * The caller's own requests, newest first. For VET staff these include the requests they
     * posted for residents: reading those is a staff read of the residents' data, so it is audited.
     */
    @Transactional
    ListPage<HelpRequestView> mine(Caller requester, long beforeId, int limit) {
        List<HelpRequest> page = requests.findPageOfRequester(requester.accountId(), requester.gemeente(), beforeId, limit + 1);
        List<PersonalDataWasRead.Seen> onBehalf = page.stream().limit(limit)
                .filter(r -> RequestReads.isStaffRead(r, requester.accountId())).map(RequestReads::of).toList();
        reads.publishEvent(requester.read(RequestReads.OWN_LIST, onBehalf));
        return ListPage.of(page, limit, views::of, HelpRequestView::id);
    }

    /**
     * The volunteer's accepted tasks, with the exact place, the person's needs and the handover
     * note: what they need to go and help, now that they said yes.
     */
    @ReadOnly
    List<HelpRequestView> tasksOf(Caller volunteer) {
        return requests.findTasksOf(volunteer.accountId()).stream().map(views::of).toList();
    }

    /** Escalated requests waiting for a coordinator, optionally of one wijk; each read is audited. */
    @Transactional
    List<HelpRequestView> coordinatorQueue(Caller coordinator, String wijk) {
        List<HelpRequest> queue = requests.findEscalated(coordinator.gemeente(), wijk);
        reads.publishEvent(coordinator.read(RequestReads.QUEUE, queue.stream().map(RequestReads::of).toList()));
        return queue.stream().map(views::of).toList();
    }

    /**
     * A request, for its requester, its volunteer while the task is live, or VET staff and
     * coordinators of the gemeente — whose reads are audited.
     */
    @Transactional
    public HelpRequestView find(long id, Caller caller) {
        HelpRequest request = readable(id, caller);
        if (RequestReads.isStaffRead(request, caller.accountId()) && !isLiveTaskOf(request, caller)) {
            reads.publishEvent(caller.read(RequestReads.DETAIL, List.of(RequestReads.of(request))));
        }
        return views.of(request);
    }

    /**
     * The facts of a request in any gemeente (a volunteer may help in a neighbouring one), for
     * features that check who may act on it; callers scope it themselves.
     */
    @ReadOnly
    public Optional<RequestFacts> factsOf(long id) {
        return requests.findById(id).map(RequestFacts::of);
    }

    private HelpRequest readable(long id, Caller caller) {
        boolean staff = caller.has(Role.VET_STAFF) || caller.has(Role.COORDINATOR);
        return requests.findByIdAndGemeente(id, caller.gemeente())
                .filter(r -> staff || r.requesterId() == caller.accountId() || isLiveTaskOf(r, caller))
                // A volunteer helping in a neighbouring gemeente reads their live task there.
                .or(() -> requests.findByIdAndAssignedVolunteerId(id, caller.accountId()).filter(r -> isLiveTaskOf(r, caller)))
                .orElseThrow(() -> new HelpRequestNotFound(id));
    }

    /** The assigned volunteer sees the exact place only while the task is live (DESIGN decision 5). */
    private static boolean isLiveTaskOf(HelpRequest r, Caller caller) {
        return r.assignedVolunteerId() != null && r.assignedVolunteerId() == caller.accountId()
                && (r.status() == RequestStatus.ACCEPTED || r.status() == RequestStatus.IN_PROGRESS);
    }
}
