package nl.noaber.matching;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.noaber.request.RequestRef;
import nl.noaber.request.RequestsForMatching;

import java.time.Clock;
import java.util.List;

/**
 * Ends what time has overtaken: a request whose window passed unmatched becomes EXPIRED, with its
 * open offers and its matching round; an offer nobody answered in time expires (the waves expire
 * their own, this catches a coordinator's manual offers). Rows are claimed with SKIP LOCKED, so
 * several instances can run it side by side.
 */
@Singleton
class ExpiryJob {

    private static final int BATCH = 200;

    private final RequestsForMatching requests;
    private final MatchingRepositories.OfferRepository offers;
    private final RoundStopper stopper;
    private final Clock clock;

    ExpiryJob(RequestsForMatching requests, MatchingRepositories.OfferRepository offers, RoundStopper stopper, Clock clock) {
        this.requests = requests;
        this.offers = offers;
        this.stopper = stopper;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${noaber.matching.expiry-interval:60s}", initialDelay = "${noaber.matching.job-initial-delay:20s}")
    void run() {
        // A backlog (after downtime) is worked off in batches, each its own short transaction.
        int expired;
        do {
            expired = expireRequests();
        } while (expired == BATCH);
        expireOffers();
    }

    @Transactional
    int expireRequests() {
        List<RequestRef> expired = requests.expireOverdue(BATCH);
        expired.forEach(r -> stopper.stop(r.id(), Offer.Status.EXPIRED, clock.instant()));
        return expired.size();
    }

    @Transactional
    void expireOffers() {
        offers.expireOverdueOffers(clock.instant());
    }
}
