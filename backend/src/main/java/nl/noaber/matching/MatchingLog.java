package nl.noaber.matching;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.noaber.PersonalDataWasRead;
import nl.noaber.identity.AccountService;
import nl.noaber.identity.Caller;
import nl.noaber.request.HelpRequestNotFound;
import nl.noaber.request.RequestsForMatching;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Who was asked for a request, in which wave, why, and what they answered; and who was passed
 * over and why not — for coordinators (DESIGN decision 7: matching is explainable).
 */
@Singleton
class MatchingLog {

    private final MatchingRepositories.OfferRepository offers;
    private final MatchingRepositories.PassedOverRepository passedOver;
    private final RequestsForMatching requests;
    private final AccountService accounts;
    private final ApplicationEventPublisher<PersonalDataWasRead> reads;
    private final Clock clock;

    MatchingLog(MatchingRepositories.OfferRepository offers, MatchingRepositories.PassedOverRepository passedOver,
                RequestsForMatching requests, AccountService accounts, ApplicationEventPublisher<PersonalDataWasRead> reads, Clock clock) {
        this.offers = offers;
        this.passedOver = passedOver;
        this.requests = requests;
        this.accounts = accounts;
        this.reads = reads;
        this.clock = clock;
    }

    /** The whole log: who was asked and why, and who was passed over and why not. */
    @Serdeable
    record View(long requestId, List<Entry> offers, List<PassedOverEntry> passedOver) {
    }

    /** @param offeredByName the coordinator who made a manual koppeling; null for a wave's offer */
    @Serdeable
    record Entry(long offerId, long volunteerId, String volunteerName, int wave, String status, int distanceMeters,
                 String reasons, @Nullable String offeredByName, OffsetDateTime offeredAt, @Nullable OffsetDateTime decidedAt) {
    }

    @Serdeable
    record PassedOverEntry(long volunteerId, String volunteerName, int wave, int distanceMeters, String reasons,
                           OffsetDateTime notedAt) {
    }

    /** Staff read volunteers' names, distances and circumstances here: audited per volunteer. */
    @Transactional
    View of(long requestId, Caller coordinator) {
        requests.find(requestId, coordinator.gemeente()).orElseThrow(() -> new HelpRequestNotFound(requestId));
        List<Entry> asked = offers.findByRequestIdAndGemeente(requestId, coordinator.gemeente()).stream()
                .sorted(Comparator.comparingInt(Offer::wave).thenComparing(Offer::offeredAt).thenComparing(Offer::id))
                .map(this::entryOf)
                .toList();
        List<PassedOverEntry> passed = passedOver.findLogOf(requestId,
                        coordinator.gemeente()).stream()
                .map(p -> new PassedOverEntry(p.volunteerId(), nameOf(p.volunteerId()), p.wave(), p.distanceMeters(),
                        p.reasons(), time(p.notedAt())))
                .toList();
        reads.publishEvent(coordinator.read("matching log", Stream.concat(asked.stream().map(Entry::volunteerId),
                        passed.stream().map(PassedOverEntry::volunteerId)).distinct()
                .map(volunteer -> new PersonalDataWasRead.Seen("matching_log", requestId, volunteer,
                        List.of("displayName", "distanceMeters", "reasons")))
                .toList()));
        return new View(requestId, asked, passed);
    }

    Entry entryOf(Offer o) {
        return new Entry(o.id(), o.volunteerId(), nameOf(o.volunteerId()), o.wave(), o.status().name(),
                o.distanceMeters(), o.reasons(), o.offeredBy() == null ? null : nameOf(o.offeredBy()),
                time(o.offeredAt()), time(o.decidedAt()));
    }

    /** Also for volunteers of a neighbouring gemeente, who are not accounts of the coordinator's. */
    private String nameOf(long accountId) {
        return accounts.displayNameOf(accountId).orElse("(account removed)");
    }

    private OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atZone(clock.getZone()).toOffsetDateTime();
    }
}
