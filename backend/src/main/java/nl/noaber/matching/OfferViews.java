package nl.noaber.matching;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.noaber.geo.BlurredLocation;
import nl.noaber.geo.LocationBlur;
import nl.noaber.geo.Locations;
import nl.noaber.geo.RdPoint;
import nl.noaber.identity.Caller;
import nl.noaber.request.MatchableRequest;
import nl.noaber.request.RequestsForMatching;
import nl.noaber.volunteer.VolunteerService;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Offers as volunteers see them: the request's place only blurred, distance from their own home. */
@Singleton
class OfferViews {

    private final RequestsForMatching requests;
    private final VolunteerService volunteers;
    private final Locations locations;
    private final LocationBlur blur;
    private final Clock clock;

    OfferViews(RequestsForMatching requests, VolunteerService volunteers, Locations locations, LocationBlur blur, Clock clock) {
        this.requests = requests;
        this.volunteers = volunteers;
        this.locations = locations;
        this.blur = blur;
        this.clock = clock;
    }

    OfferView of(Offer offer, Caller volunteer) {
        return of(List.of(offer), volunteer).get(0);
    }

    /**
     * In the order given, with one query for the requests per gemeente and one for the volunteer's
     * home, not two per offer: the list is what a volunteer's phone polls.
     */
    List<OfferView> of(List<Offer> offers, Caller volunteer) {
        Map<Long, MatchableRequest> requestsById = new HashMap<>();
        offers.stream().collect(Collectors.groupingBy(Offer::gemeente, Collectors.mapping(Offer::requestId, Collectors.toSet())))
                .forEach((gemeente, ids) -> requestsById.putAll(requests.findAll(ids, gemeente)));
        RdPoint home = offers.isEmpty() ? null : volunteers.homeOf(volunteer.accountId(), volunteer.gemeente()).orElse(null);
        return offers.stream().map(offer -> view(offer, requestsById.get(offer.requestId()), home)).toList();
    }

    private OfferView view(Offer offer, MatchableRequest request, @Nullable RdPoint home) {
        BlurredLocation where = home == null ? null : blur.blurFor(locations.locate(request.place(), request.gemeente()), home);
        return new OfferView(offer.id(), offer.requestId(), request.kind(), request.task(), request.description(),
                request.urgency(), offer.status().name(), offer.wave(), where, local(request.windowStart()),
                local(request.windowEnd()), local(request.appointmentAt()), local(offer.offeredAt()), local(offer.answerBy()));
    }

    private OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(clock.getZone()).toOffsetDateTime();
    }
}
