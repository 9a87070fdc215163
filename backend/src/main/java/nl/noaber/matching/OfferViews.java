package nl.noaber.matching;

import jakarta.inject.Singleton;
import nl.noaber.geo.BlurredLocation;
import nl.noaber.geo.LocationBlur;
import nl.noaber.geo.Locations;
import nl.noaber.identity.Caller;
import nl.noaber.request.MatchableRequest;
import nl.noaber.request.RequestsForMatching;
import nl.noaber.volunteer.VolunteerService;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;

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
        MatchableRequest request = requests.find(offer.requestId(), offer.gemeente()).orElseThrow();
        BlurredLocation where = volunteers.homeOf(volunteer.accountId(), volunteer.gemeente())
                .map(home -> blur.blurFor(locations.locate(request.place(), request.gemeente()), home))
                .orElse(null);
        return new OfferView(offer.id(), offer.requestId(), request.kind(), request.task(), request.description(),
                request.urgency(), offer.status().name(), offer.wave(), where, local(request.windowStart()),
                local(request.windowEnd()), local(request.appointmentAt()), local(offer.offeredAt()), local(offer.answerBy()));
    }

    private OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(clock.getZone()).toOffsetDateTime();
    }
}
