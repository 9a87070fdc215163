package nl.noaber.volunteer;

import io.micronaut.core.annotation.Introspected;
import nl.noaber.geo.RdPoint;

/**
 * A volunteer found near a place: their home (RD), the straight distance to the place, and their
 * own weekly cap of tasks.
 */
@Introspected
public record NearbyVolunteer(long accountId, double homeX, double homeY, double distanceMeters, int maxTasksPerWeek) {

    public RdPoint home() {
        return new RdPoint(homeX, homeY);
    }
}
