package nl.noaber.geo;

/**
 * A WGS84 position in degrees, as phones and GeoJSON give it. Always valid: the API checks input
 * with {@link Locations#parse} first, so a bad value here is a programming error.
 */
public record LatLon(double lat, double lon) {

    public LatLon {
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new IllegalArgumentException("latitude out of range: " + lat);
        }
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("longitude out of range: " + lon);
        }
    }
}
