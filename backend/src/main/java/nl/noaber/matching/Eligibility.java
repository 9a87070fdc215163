package nl.noaber.matching;

import jakarta.inject.Singleton;
import nl.noaber.geo.RdPoint;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may be offered a request, ranked: nearby volunteers with the capacity (from the index),
 * admitted by the initiative's verification rule, with their circle, continuity and load.
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
    private final Clock clock;

    Eligibility(CandidateSearch search, VolunteerVerification verification, CircleNeighbours circles,
                MatchingRepositories.OfferRepository offers, Clock clock) {
        this.search = search;
        this.verification = verification;
        this.circles = circles;
        this.offers = offers;
        this.clock = clock;
    }

    List<Candidate> candidates(MatchableRequest request, MatchingPolicy policy, double radiusMeters, Set<Long> excluded,
                               Instant now) {
        LocalDate day = LocalDate.ofInstant(request.neededBy() == null ? now : request.neededBy(), clock.getZone());
        List<NearbyVolunteer> nearby = search.near(request.gemeente(), capacityFor(request.kind()), request.place(),
                radiusMeters, excluded, day, policy.offerBatchSize() * SEARCH_FACTOR);
        Map<Long, VolunteerVerification.Evidence> evidence = verification.evidenceOf(request.gemeente(),
                nearby.stream().map(NearbyVolunteer::accountId).toList());
        Set<Long> neighbours = circles.of(request.requesterId(), request.gemeente());
        Instant loadSince = now.minus(LOAD_PERIOD);
        List<Candidate> admitted = nearby.stream()
                .filter(v -> VerificationPolicy.admits(policy, evidence.get(v.accountId()), LocalDate.ofInstant(now, clock.getZone())))
                .map(v -> new Candidate(v.accountId(), distance(request, v.home()), neighbours.contains(v.accountId()),
                        (int) offers.countAcceptedFor(v.accountId(), request.requesterId()),
                        (int) offers.countAcceptedSince(v.accountId(), loadSince)))
                .toList();
        return Ranking.rank(admitted, request.kind(), request.id());
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
