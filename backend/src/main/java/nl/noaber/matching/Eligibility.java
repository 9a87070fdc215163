package nl.noaber.matching;

import jakarta.inject.Singleton;
import nl.noaber.geo.RdPoint;
import nl.noaber.identity.GemeenteService;
import nl.noaber.initiative.CircleNeighbours;
import nl.noaber.initiative.InitiativeKind;
import nl.noaber.initiative.MatchingPolicy;
import nl.noaber.initiative.VerificationPolicy;
import nl.noaber.request.MatchableRequest;
import nl.noaber.volunteer.Capacity;
import nl.noaber.volunteer.CandidateSearch;
import nl.noaber.volunteer.NearbyVolunteer;
import nl.noaber.volunteer.VolunteerVerification;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may be offered a request, ranked: nearby volunteers with the capacity and a fitting weekly
 * slot (from the index), admitted by the initiative's verification rule, under their own weekly
 * cap of tasks, with their circle, continuity and load. The requester's circle and previous
 * helpers are searched in the whole policy radius in every wave; volunteers of neighbouring
 * gemeenten only when both they and the initiative opted in.
 */
@Singleton
class Eligibility {

    private static final Duration LOAD_PERIOD = Duration.ofDays(30);
    /** Look at a few times k from the index: verification and ranking still remove and reorder. */
    private static final int SEARCH_FACTOR = 4;

    private final CandidateSearch search;
    private final VolunteerVerification verification;
    private final CircleNeighbours circles;
    private final MatchingRepositories.OfferRepository offers;
    private final MatchingRepositories.HelperRepository helpers;
    private final GemeenteService gemeenten;
    private final Clock clock;

    Eligibility(CandidateSearch search, VolunteerVerification verification, CircleNeighbours circles,
                MatchingRepositories.OfferRepository offers, MatchingRepositories.HelperRepository helpers,
                GemeenteService gemeenten, Clock clock) {
        this.search = search;
        this.verification = verification;
        this.circles = circles;
        this.offers = offers;
        this.helpers = helpers;
        this.gemeenten = gemeenten;
        this.clock = clock;
    }

    /**
     * The eligible volunteers, ranked, and those the index found but the initiative's rules
     * refused (unverified, weekly cap reached), with the reason.
     */
    record Assessment(List<Candidate> ranked, Map<Long, String> refused) {
    }

    Assessment candidates(MatchableRequest request, MatchingPolicy policy, double radiusMeters, Set<Long> excluded,
                          Instant now) {
        ZoneId zone = clock.getZone();
        TaskTime when = TaskTime.of(request, now, zone);
        int limit = policy.offerBatchSize() * SEARCH_FACTOR;
        Set<Long> neighbours = circles.of(request.requesterId(), request.gemeente());
        // Circle members and those who helped this person before come first at any distance within
        // the policy radius, not only within this wave's: a neighbour from the circle 2 km away
        // beats a stranger 200 m away, and the respijt volunteer mum knows comes back.
        Set<Long> familiar = new HashSet<>(neighbours);
        familiar.addAll(helpers.findPreviousHelpersOf(request.requesterId(), request.gemeente()));
        Map<Long, NearbyVolunteer> found = new LinkedHashMap<>();
        search.nearAmong(familiar, request.gemeente(), capacityFor(request.kind()), request.place(), policy.radiusMeters(),
                excluded, when.day(), when.from(), when.until(), limit).forEach(v -> found.put(v.accountId(), v));
        List<String> across = policy.acceptsNeighbouringVolunteers() ? gemeenten.neighboursOf(request.gemeente()) : List.of();
        search.near(request.gemeente(), across, capacityFor(request.kind()), request.place(), radiusMeters, excluded,
                when.day(), when.from(), when.until(), limit).forEach(v -> found.putIfAbsent(v.accountId(), v));
        List<NearbyVolunteer> nearby = List.copyOf(found.values());
        List<String> theirGemeenten = new ArrayList<>(across);
        theirGemeenten.add(request.gemeente());
        Map<Long, VolunteerVerification.Evidence> evidence = verification.evidenceOf(theirGemeenten,
                nearby.stream().map(NearbyVolunteer::accountId).toList());
        Instant weekStart = when.day().with(DayOfWeek.MONDAY).atStartOfDay(zone).toInstant();
        Map<Long, AcceptedCounts> counts = acceptedCounts(nearby, now.minus(LOAD_PERIOD), weekStart, request.requesterId());
        LocalDate today = LocalDate.ofInstant(now, zone);
        Map<Long, String> refused = new HashMap<>();
        List<Candidate> admitted = new ArrayList<>();
        for (NearbyVolunteer v : nearby) {
            AcceptedCounts count = counts.get(v.accountId());
            if (!VerificationPolicy.admits(policy, evidence.get(v.accountId()), today)) {
                refused.put(v.accountId(), "not verified (VOG and intake) as this initiative requires");
            } else if (count.sinceWeekStart() >= v.maxTasksPerWeek()) {
                refused.put(v.accountId(), "weekly cap of " + v.maxTasksPerWeek() + " task(s) reached");
            } else {
                admitted.add(new Candidate(v.accountId(), distance(request, v.home()), neighbours.contains(v.accountId()),
                        (int) count.forRequester(), (int) count.sinceLoadPeriod()));
            }
        }
        return new Assessment(Ranking.rank(admitted, request.kind(), request.id()), refused);
    }

    private Map<Long, AcceptedCounts> acceptedCounts(List<NearbyVolunteer> nearby, Instant loadSince, Instant weekStart,
                                                     long requesterId) {
        Map<Long, AcceptedCounts> counts = new HashMap<>();
        nearby.forEach(v -> counts.put(v.accountId(), AcceptedCounts.none(v.accountId())));
        if (!nearby.isEmpty()) {
            offers.countAccepted(counts.keySet(), loadSince, weekStart, requesterId).forEach(c -> counts.put(c.volunteerId(), c));
        }
        return counts;
    }

    private static double distance(MatchableRequest request, RdPoint home) {
        return request.destination() == null ? home.distanceMeters(request.place())
                : RideRoute.totalMeters(home, request.place(), request.destination(), request.returnTrip());
    }

    static Capacity capacityFor(InitiativeKind kind) {
        return switch (kind) {
            case GOEDE_BUREN -> Capacity.GOEDE_BUUR;
            case VOORZORGCIRKEL -> Capacity.VOORZORGCIRKEL;
            case AUTOMAATJE -> Capacity.AUTOMAATJE_DRIVER;
            case RESPIJT -> Capacity.RESPIJT;
        };
    }
}
