package nl.noaber.matching;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.noaber.initiative.InitiativeService;
import nl.noaber.initiative.MatchingPolicy;
import nl.noaber.request.MatchableRequest;
import nl.noaber.request.RequestStatus;
import nl.noaber.request.RequestsForMatching;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sends the next wave of one request, in one transaction: expire the previous wave's open offers,
 * plan the wave ({@link WavePlan}), find eligible volunteers ({@link Eligibility}), rank them
 * ({@link Ranking}), offer to the top k and note why the nearest others were not asked
 * ({@link WhyNotNotes}) — or escalate to the coordinator queue when there is no wave left.
 */
@Singleton
class WaveSender {

    private final MatchingRepositories.RoundRepository rounds;
    private final MatchingRepositories.OfferRepository offers;
    private final RequestsForMatching requests;
    private final InitiativeService initiatives;
    private final Eligibility eligibility;
    private final WhyNotNotes whyNot;
    private final OfferNotices notices;
    private final Clock clock;

    WaveSender(MatchingRepositories.RoundRepository rounds, MatchingRepositories.OfferRepository offers,
               RequestsForMatching requests, InitiativeService initiatives, Eligibility eligibility, WhyNotNotes whyNot,
               OfferNotices notices, Clock clock) {
        this.rounds = rounds;
        this.offers = offers;
        this.requests = requests;
        this.initiatives = initiatives;
        this.eligibility = eligibility;
        this.whyNot = whyNot;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    void sendNextWave(long requestId) {
        MatchingRound round = rounds.findById(requestId).orElseThrow();
        Instant now = clock.instant();
        Optional<MatchableRequest> found = requests.find(requestId, round.gemeente());
        if (found.isEmpty() || !(found.get().status() == RequestStatus.OPEN || found.get().status() == RequestStatus.OFFERED)) {
            rounds.update(round.done());
            return;
        }
        MatchableRequest request = found.get();
        offers.expireOverdueOffersOf(requestId, now);
        MatchingPolicy policy = initiatives.policyFor(request.initiativeId(), request.kind(), request.gemeente());
        Optional<WavePlan.Wave> wave = WavePlan.next(round.wave(), round.lastFoundNobody(), policy, request.urgency(), now,
                request.neededBy());
        if (wave.isEmpty()) {
            requests.escalate(requestId, request.gemeente());
            rounds.update(round.done());
            return;
        }
        Set<Long> askedBefore = alreadyAsked(request);
        Eligibility.Assessment assessment = eligibility.candidates(request, policy, wave.get().radiusMeters(), askedBefore, now);
        List<Candidate> chosen = assessment.ranked().stream().limit(policy.offerBatchSize()).toList();
        for (Candidate c : chosen) {
            Offer offer = offers.save(new Offer(null, request.gemeente(), requestId, c.volunteerId(), request.requesterId(),
                    wave.get().number(), Offer.Status.OPEN, (int) Math.round(c.distanceMeters()), Reasons.of(c), now,
                    wave.get().answerBy(), null, null));
            notices.offered(offer, request);
        }
        whyNot.note(request, wave.get().number(), wave.get().radiusMeters(), assessment, chosen, askedBefore, now);
        if (!chosen.isEmpty()) {
            requests.markOffered(requestId, request.gemeente());
        }
        // Nobody new in this wave: widen at once instead of waiting out a timeout for nobody.
        rounds.update(round.after(wave.get().number(), chosen.isEmpty(), chosen.isEmpty() ? now : wave.get().answerBy()));
    }

    private Set<Long> alreadyAsked(MatchableRequest request) {
        Set<Long> asked = new HashSet<>();
        offers.findByRequestIdAndGemeente(request.id(), request.gemeente()).forEach(o -> asked.add(o.volunteerId()));
        asked.add(request.requesterId());
        return asked;
    }
}
