package nl.noaber.request;

import nl.noaber.geo.Location;
import nl.noaber.identity.Caller;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Builds the row of a new, checked help request. */
final class HelpRequestFactory {

    private HelpRequestFactory() {
    }

    static HelpRequest create(NewHelpRequest body, RequestEnums.PostedAs postedAs, Caller poster, Location place,
                              Location destination, Long initiativeId, Instant now) {
        NewHelpRequest.OnBehalf onBehalf = body.onBehalf();
        NewHelpRequest.Consent consent = onBehalf == null || postedAs != RequestEnums.PostedAs.VET_STAFF ? null : onBehalf.consent();
        NewHelpRequest.Ride ride = body.ride();
        NewHelpRequest.Respijt respijt = body.respijt();
        return new HelpRequest(null, poster.gemeente(), body.kind(), body.task(), initiativeId, poster.accountId(), postedAs,
                onBehalf == null ? null : onBehalf.personName().strip(),
                onBehalf == null ? null : onBehalf.needs(),
                consent == null ? null : consent.givenBy().strip(),
                consent == null ? null : consent.givenAt().toInstant(),
                consent == null ? null : consent.method(),
                onBehalf == null ? null : onBehalf.handoverNote(),
                body.addressLine(), place.wgs84().lat(), place.wgs84().lon(), place.rd().x(), place.rd().y(),
                place.wijk() == null ? null : place.wijk().code(),
                body.description().strip(), body.urgency(), instant(body.windowStart()), instant(body.windowEnd()),
                destination == null ? null : destination.wgs84().lat(),
                destination == null ? null : destination.wgs84().lon(),
                destination == null ? null : destination.rd().x(),
                destination == null ? null : destination.rd().y(),
                ride == null ? null : ride.destinationLine(),
                ride == null ? null : ride.appointmentAt().toInstant(),
                ride == null ? null : instant(ride.returnPickupAt()),
                ride == null ? null : ride.walker(),
                ride == null ? null : ride.wheelchair(),
                ride == null ? null : ride.passengers(),
                respijt == null ? null : respijt.recurrence(),
                respijt == null ? null : respijt.until(),
                RequestStatus.OPEN, null, now, now, null, null, null, null, null, null, null, null);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
