package nl.noaber.request;

import jakarta.inject.Singleton;
import nl.noaber.geo.LatLon;
import nl.noaber.geo.LocationBlur;
import nl.noaber.geo.RdPoint;
import nl.noaber.geo.RdProjection;
import nl.noaber.request.HelpRequestRepository.StoredPlace;

import java.time.Clock;
import java.util.List;

/**
 * Forgets the personal parts of requests: used by retention (N months after a request ended) and
 * by erasure of the requester's account. Places keep their 250 m cell, the same blur volunteers
 * see before they accept (docs/adr/009-location-blur.md).
 */
@Singleton
class RequestAnonymiser {

    private final HelpRequestRepository requests;
    private final RdProjection projection;
    private final Clock clock;

    RequestAnonymiser(HelpRequestRepository requests, RdProjection projection, Clock clock) {
        this.requests = requests;
        this.projection = projection;
        this.clock = clock;
    }

    /** Must run in the transaction that locked the rows. */
    int anonymise(List<StoredPlace> places) {
        for (StoredPlace place : places) {
            RdPoint cell = LocationBlur.cellCentre(new RdPoint(place.x(), place.y()));
            LatLon at = projection.toWgs84(cell);
            RdPoint destination = place.destinationX() == null || place.destinationY() == null ? null
                    : LocationBlur.cellCentre(new RdPoint(place.destinationX(), place.destinationY()));
            LatLon to = destination == null ? null : projection.toWgs84(destination);
            requests.anonymise(place.id(), at.lat(), at.lon(), cell.x(), cell.y(),
                    to == null ? null : to.lat(), to == null ? null : to.lon(),
                    destination == null ? null : destination.x(), destination == null ? null : destination.y(),
                    clock.instant());
        }
        return places.size();
    }
}
