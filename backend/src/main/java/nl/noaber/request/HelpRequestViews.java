package nl.noaber.request;

import jakarta.inject.Singleton;
import nl.noaber.geo.GeoJsonPoint;
import nl.noaber.geo.LatLon;
import nl.noaber.geo.Locations;
import nl.noaber.geo.WijkRef;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Maps request rows to what the API shows, in the service's time zone. */
@Singleton
class HelpRequestViews {

    private final Locations locations;
    private final Clock clock;

    HelpRequestViews(Locations locations, Clock clock) {
        this.locations = locations;
        this.clock = clock;
    }

    HelpRequestView of(HelpRequest r) {
        LatLon place = new LatLon(r.lat(), r.lon());
        WijkRef wijk = r.wijk() == null ? null : locations.wijkNamed(r.gemeente(), r.wijk());
        HelpRequestView.RideView ride = r.appointmentAt() == null ? null : new HelpRequestView.RideView(
                GeoJsonPoint.of(new LatLon(r.destinationLat(), r.destinationLon())), r.destinationLine(), time(r.appointmentAt()),
                time(r.returnPickupAt()), Boolean.TRUE.equals(r.walker()), Boolean.TRUE.equals(r.wheelchair()),
                r.passengers() == null ? 1 : r.passengers());
        HelpRequestView.RespijtView respijt = r.recurrence() == null ? null
                : new HelpRequestView.RespijtView(r.recurrence(), r.recurrenceUntil());
        return new HelpRequestView(r.id(), r.kind(), r.task(), r.status(), r.initiativeId(), r.postedAs(), r.forPersonName(),
                r.personNeeds(), r.handoverNote(), GeoJsonPoint.of(place), r.addressLine(), wijk, r.description(), r.urgency(),
                time(r.windowStart()), time(r.windowEnd()), ride, respijt, r.cancelReason(), completion(r), time(r.createdAt()),
                time(r.statusChangedAt()));
    }

    /**
     * What the volunteer keeps of a task they finished: no exact place, address or care notes of
     * the person helped. Those are theirs only while the task is live (DESIGN decision 5).
     */
    HelpRequestView afterTask(HelpRequest r) {
        HelpRequestView v = of(r);
        return new HelpRequestView(v.id(), v.kind(), v.task(), v.status(), v.initiativeId(), v.postedAs(), null, null, null,
                null, null, v.wijk(), v.description(), v.urgency(), v.windowStart(), v.windowEnd(), v.ride(), v.respijt(),
                v.cancelReason(), v.completion(), v.createdAt(), v.statusChangedAt());
    }

    private CompletionForms.CompletionView completion(HelpRequest r) {
        return r.completedAt() == null ? null : new CompletionForms.CompletionView(r.minutesSpent(), r.kmDriven(),
                r.allowanceCents(), time(r.completedAt()), time(r.confirmedAt()), r.helpedWell(), r.feedback());
    }

    private OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atZone(clock.getZone()).toOffsetDateTime();
    }
}
