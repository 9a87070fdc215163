package nl.noaber.geo;

/**
 * A position in RD New (EPSG:28992, "Rijksdriehoeksmeting"), in metres: x east, y north. The
 * Dutch national grid of CBS, BAG and PDOK; distances between two RD points are metres to within
 * a few centimetres per kilometre across the Netherlands, which is all the matching needs.
 */
public record RdPoint(double x, double y) {

    public double distanceMeters(RdPoint other) {
        return Math.hypot(x - other.x, y - other.y);
    }
}
