package nl.noaber.matching;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import nl.noaber.request.HelpRequestCancelled;

import java.time.Clock;

/**
 * Stops matching for a cancelled request, inside the transaction that cancelled it: its open
 * offers are withdrawn (their volunteers' apps are told, silently) and its round ends.
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

    @EventListener
    void on(HelpRequestCancelled cancelled) {
        notices.closed(offers.findByRequestIdAndStatus(cancelled.requestId(), Offer.Status.OPEN));
        offers.closeOpenOffersOf(cancelled.requestId(), Offer.Status.WITHDRAWN.name(), clock.instant());
        rounds.findById(cancelled.requestId()).ifPresent(r -> rounds.update(r.done()));
    }
}
