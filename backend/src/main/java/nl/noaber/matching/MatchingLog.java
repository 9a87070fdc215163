package nl.noaber.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import nl.noaber.identity.AccountService;
import nl.noaber.identity.Caller;
import nl.noaber.request.HelpRequestNotFound;
import nl.noaber.request.RequestsForMatching;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

/** Who was asked for a request, in which wave, why, and what they answered — for coordinators. */
@Singleton
class MatchingLog {

    private final MatchingRepositories.OfferRepository offers;
    private final RequestsForMatching requests;
    private final AccountService accounts;
    private final Clock clock;

    MatchingLog(MatchingRepositories.OfferRepository offers, RequestsForMatching requests, AccountService accounts, Clock clock) {
        this.offers = offers;
        this.requests = requests;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Serdeable
    record Entry(long offerId, long volunteerId, String volunteerName, int wave, String status, int distanceMeters,
                 String reasons, OffsetDateTime offeredAt, @Nullable OffsetDateTime decidedAt) {
    }

    @ReadOnly
    List<Entry> of(long requestId, Caller coordinator) {
        requests.find(requestId, coordinator.gemeente()).orElseThrow(() -> new HelpRequestNotFound(requestId));
        return offers.findByRequestIdAndGemeente(requestId, coordinator.gemeente()).stream()
                .sorted(Comparator.comparingInt(Offer::wave).thenComparing(Offer::offeredAt).thenComparing(Offer::id))
                .map(o -> new Entry(o.id(), o.volunteerId(), accounts.find(o.volunteerId(), coordinator).displayName(), o.wave(),
                        o.status().name(), o.distanceMeters(), o.reasons(), time(o.offeredAt()), time(o.decidedAt())))
                .toList();
    }

    private OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atZone(clock.getZone()).toOffsetDateTime();
    }
}
