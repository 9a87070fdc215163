package nl.noaber.volunteer;

import io.micronaut.core.annotation.Introspected;
import nl.noaber.geo.RdPoint;

/** A volunteer found near a place: their home (RD) and the straight distance to the place. */
@Introspected
public record NearbyVolunteer(long accountId, double homeX, double homeY, double distanceMeters) {

    public RdPoint home() {
        return new RdPoint(homeX, homeY);
    }
}
