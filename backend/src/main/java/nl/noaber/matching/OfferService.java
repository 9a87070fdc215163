package nl.noaber.matching;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.noaber.identity.Caller;
import nl.noaber.request.RequestsForMatching;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** A volunteer's offers: see them (blurred), accept the first, decline. */
@Singleton
class OfferService {

    private final MatchingRepositories.OfferRepository offers;
    private final MatchingRepositories.RoundRepository rounds;
    private final RequestsForMatching requests;
    private final OfferViews views;
    private final RoundStopper stopper;
    private final Clock clock;

    OfferService(MatchingRepositories.OfferRepository offers, MatchingRepositories.RoundRepository rounds,
                 RequestsForMatching requests, OfferViews views, RoundStopper stopper, Clock clock) {
        this.offers = offers;
        this.rounds = rounds;
        this.requests = requests;
        this.views = views;
        this.stopper = stopper;
        this.clock = clock;
    }

    @ReadOnly
    List<OfferView> openOffersOf(Caller volunteer) {
        return views.of(offers.findByVolunteerIdAndStatusOrderByOfferedAtDesc(volunteer.accountId(), Offer.Status.OPEN), volunteer);
    }

    /**
     * First accept wins. Two guards in one transaction: the request must still be OFFERED — its
     * conditional UPDATE decides between volunteers tapping at once — and this offer must still be
     * OPEN. The request row is taken first, so every accept locks in the same order: the losers
     * wait on the request, find it ACCEPTED and leave without touching any offer (no deadlock
     * with the winner withdrawing their offers), and get a 409.
     */
    @Transactional
    OfferView accept(long offerId, Caller volunteer) {
        Offer offer = mine(offerId, volunteer);
        Instant now = clock.instant();
        if (!requests.assign(offer.requestId(), offer.gemeente(), volunteer.accountId())
                || offers.decide(offerId, offer.gemeente(), volunteer.accountId(), Offer.Status.ACCEPTED.name(), now) == 0) {
            throw new OfferNoLongerOpen(offerId);
        }
        stopper.stop(offer.requestId(), Offer.Status.WITHDRAWN, now);
        return views.of(offers.findById(offerId).orElseThrow(), volunteer);
    }

    /**
     * The volunteer withdraws after accepting: the request goes back to matching (the next wave is
     * due at once) and this volunteer is not asked again for it.
     */
    @Transactional
    OfferView withdraw(long offerId, Caller volunteer) {
        Offer offer = mine(offerId, volunteer);
        Instant now = clock.instant();
        if (!requests.release(offer.requestId(), offer.gemeente(), volunteer.accountId())
                || offers.withdrawAccepted(offerId, offer.gemeente(), volunteer.accountId(), now) == 0) {
            throw new OfferNoLongerOpen(offerId);
        }
        rounds.findById(offer.requestId()).ifPresent(r -> rounds.update(r.resumed(now)));
        return views.of(offers.findById(offerId).orElseThrow(), volunteer);
    }

    /**
     * The volunteer leaves everything (erasure of their account): accepted tasks not yet started
     * go back to matching as after a withdrawal; a task under way goes to the coordinator queue
     * (nobody can finish it from an erased account); open offers are declined.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void leaveAll(Caller volunteer) {
        Instant now = clock.instant();
        for (Offer offer : offers.findByVolunteerIdAndStatusOrderByOfferedAtDesc(volunteer.accountId(), Offer.Status.ACCEPTED)) {
            if (requests.release(offer.requestId(), offer.gemeente(), volunteer.accountId())) {
                offers.withdrawAccepted(offer.id(), offer.gemeente(), volunteer.accountId(), now);
                rounds.findById(offer.requestId()).ifPresent(r -> rounds.update(r.resumed(now)));
            } else if (requests.abandon(offer.requestId(), offer.gemeente(), volunteer.accountId())) {
                offers.withdrawAccepted(offer.id(), offer.gemeente(), volunteer.accountId(), now);
            }
        }
        for (Offer offer : offers.findByVolunteerIdAndStatusOrderByOfferedAtDesc(volunteer.accountId(), Offer.Status.OPEN)) {
            offers.decide(offer.id(), offer.gemeente(), volunteer.accountId(), Offer.Status.DECLINED.name(), now);
        }
    }

    @Transactional
    OfferView decline(long offerId, Caller volunteer) {
        Offer offer = mine(offerId, volunteer);
        if (offers.decide(offerId, offer.gemeente(), volunteer.accountId(), Offer.Status.DECLINED.name(), clock.instant()) == 0) {
            throw new OfferNoLongerOpen(offerId);
        }
        return views.of(offers.findById(offerId).orElseThrow(), volunteer);
    }

    /**
     * The caller's own offer. Scoped by the volunteer, not the gemeente: a volunteer who helps in
     * a neighbouring gemeente gets offers of requests there (the offer carries that gemeente).
     */
    private Offer mine(long offerId, Caller volunteer) {
        return offers.findById(offerId)
                .filter(o -> o.volunteerId() == volunteer.accountId())
                .orElseThrow(() -> new OfferNotFound(offerId));
    }
}
