package nl.noaber.geo;

import jakarta.inject.Singleton;

import java.util.List;

/** Turns client positions into {@link Location}s: validated, projected to RD, placed in a wijk. */
@Singleton
public class Locations {

    private final RdProjection projection;
    private final WijkIndexHolder wijken;

    Locations(RdProjection projection, WijkIndexHolder wijken) {
        this.projection = projection;
        this.wijken = wijken;
    }

    /**
     * Validates a GeoJSON point sent by a client and locates it in the caller's gemeente.
     *
     * @param field the name of the field in the request body, used in the problem (e.g. {@code location})
     * @throws InvalidLocation for a missing, non-Point, non-finite or out-of-range position
     */
    public Location parse(GeoJsonPoint point, String field, String gemeente) {
        return locate(toLatLon(point, field), gemeente);
    }

    public Location locate(LatLon position, String gemeente) {
        RdPoint rd = projection.toRd(position);
        return new Location(position, rd, wijken.current().wijkOf(gemeente, rd).orElse(null));
    }

    /**
     * The wijk a stored code stands for, by its current name; a code from older boundaries that
     * are no longer current is shown as the code itself.
     */
    public WijkRef wijkNamed(String gemeente, String code) {
        return wijken.current().byCode(gemeente, code).orElse(new WijkRef(code, code));
    }

    /** A stored RD position as a full location (WGS84 and wijk), e.g. for blurring. */
    public Location locate(RdPoint rd, String gemeente) {
        return new Location(projection.toWgs84(rd), rd, wijken.current().wijkOf(gemeente, rd).orElse(null));
    }

    static LatLon toLatLon(GeoJsonPoint point, String field) {
        if (point == null) {
            throw new InvalidLocation(field, "is required");
        }
        if (!"Point".equals(point.type())) {
            throw new InvalidLocation(field + ".type", "must be \"Point\"");
        }
        List<Double> c = point.coordinates();
        if (c == null || c.size() < 2 || c.size() > 3 || c.get(0) == null || c.get(1) == null) {
            throw new InvalidLocation(field + ".coordinates", "must be [longitude, latitude]");
        }
        double lon = c.get(0);
        double lat = c.get(1);
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new InvalidLocation(field + ".coordinates[0]", "longitude must be a number from -180 to 180");
        }
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new InvalidLocation(field + ".coordinates[1]", "latitude must be a number from -90 to 90");
        }
        return new LatLon(lat, lon);
    }
}
