package nl.noaber.geo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocationBlurTest {

    private final RdProjection projection = new RdProjection();
    private final LocationBlur blur = new LocationBlur(projection);
    private final WijkRef keizerslanden = new WijkRef("WK015006", "Keizerslanden");

    @Test
    void theExactPointIsReplacedByItsCellCentre() {
        Location exact = at(52.268_04, 6.168_13);
        BlurredLocation seen = blur.blurFor(exact, exact.rd());

        RdPoint shown = projection.toRd(toLatLon(seen.approximateLocation()));
        assertNotEquals(exact.wgs84(), toLatLon(seen.approximateLocation()));
        // Within half the cell diagonal (177 m), plus the 5-decimal rounding.
        assertTrue(shown.distanceMeters(exact.rd()) <= 178, "moved " + shown.distanceMeters(exact.rd()) + " m");
        assertEquals(250, seen.precisionMeters());
        assertEquals(keizerslanden, seen.wijk());
    }

    @Test
    void neighboursInOneCellLookIdenticalWhoeverLooks() {
        RdPoint cellCorner = new RdPoint(209_000, 475_000);   // a cell boundary in RD
        Location a = atRd(new RdPoint(cellCorner.x() + 10, cellCorner.y() + 10));
        Location b = atRd(new RdPoint(cellCorner.x() + 240, cellCorner.y() + 240));
        RdPoint viewer = new RdPoint(210_000, 476_000);

        assertEquals(blur.blurFor(a, viewer), blur.blurFor(b, viewer));
    }

    @Test
    void distanceIsToTheCellCentreInStepsOf100Metres() {
        Location task = atRd(new RdPoint(209_010, 475_010));            // cell centre 209 125, 475 125
        BlurredLocation seen = blur.blurFor(task, new RdPoint(209_125 + 1_234, 475_125));
        assertEquals(1_200, seen.distanceMeters());
    }

    private Location at(double lat, double lon) {
        LatLon position = new LatLon(lat, lon);
        return new Location(position, projection.toRd(position), keizerslanden);
    }

    private Location atRd(RdPoint rd) {
        return new Location(projection.toWgs84(rd), rd, keizerslanden);
    }

    private static LatLon toLatLon(GeoJsonPoint point) {
        return new LatLon(point.coordinates().get(1), point.coordinates().get(0));
    }
}
