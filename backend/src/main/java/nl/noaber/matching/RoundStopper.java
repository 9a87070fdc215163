package nl.noaber.matching;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import nl.noaber.request.HelpRequestCancelled;

import java.time.Clock;
import java.time.Instant;

/**
 * Ends matching for a request that no longer looks for help — accepted, expired or cancelled — in
 * the caller's transaction: its open offers close (their volunteers' apps are told, silently) and
 * its round ends.
 */
@Singleton
class RoundStopper {

    private final MatchingRepositories.OfferRepository offers;
    private final MatchingRepositories.RoundRepository rounds;
    private final OfferNotices notices;
    private final Clock clock;

    RoundStopper(MatchingRepositories.OfferRepository offers, MatchingRepositories.RoundRepository rounds, OfferNotices notices,
                 Clock clock) {
        this.offers = offers;
        this.rounds = rounds;
        this.notices = notices;
        this.clock = clock;
    }

    /** @param closedAs what the open offers become: WITHDRAWN (taken, cancelled) or EXPIRED */
    void stop(long requestId, Offer.Status closedAs, Instant now) {
        notices.closed(offers.findByRequestIdAndStatus(requestId, Offer.Status.OPEN));
        offers.closeOpenOffersOf(requestId, closedAs.name(), now);
        rounds.findById(requestId).ifPresent(r -> rounds.update(r.done()));
    }

    @EventListener
    void on(HelpRequestCancelled cancelled) {
        stop(cancelled.requestId(), Offer.Status.WITHDRAWN, clock.instant());
    }
}
