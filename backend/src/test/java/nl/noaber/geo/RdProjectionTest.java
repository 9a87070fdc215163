package nl.noaber.geo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RdProjectionTest {

    private final RdProjection projection = new RdProjection();

    @Test
    void amersfoortReferencePointAgreesWithinOneMetre() {
        // The origin of the RD grid: the tower of the Onze Lieve Vrouwe in Amersfoort.
        RdPoint rd = projection.toRd(new LatLon(52.155_17, 5.387_21));
        assertTrue(rd.distanceMeters(new RdPoint(155_000, 463_000)) < 1.0, "RD of Amersfoort: " + rd);

        LatLon back = projection.toWgs84(new RdPoint(155_000, 463_000));
        assertEquals(52.155_17, back.lat(), 0.000_01);   // 0.000 01° ≈ 1.1 m north-south
        assertEquals(5.387_21, back.lon(), 0.000_015);   // ≈ 1.0 m east-west at this latitude
    }

    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource({
        "52.2680, 6.1680",     // Keizerslanden, Deventer
        "52.2215, 6.8937",     // Enschede centre
        "53.4500, 6.8000",     // far north-east
        "50.7600, 5.7000",     // far south, Limburg
        "51.3700, 3.4000"})    // far south-west, Zeeland
    void roundTripIsExactToACentimetreAcrossTheNetherlands(double lat, double lon) {
        LatLon start = new LatLon(lat, lon);
        RdPoint rd = projection.toRd(start);
        RdPoint again = projection.toRd(projection.toWgs84(rd));
        assertTrue(rd.distanceMeters(again) < 0.01, "round trip moved " + rd.distanceMeters(again) + " m");
    }

    @Test
    void rdDistancesAreMetres() {
        // Deventer Brink to Enschede Oude Markt: about 50 km as the crow flies.
        RdPoint deventer = projection.toRd(new LatLon(52.2515, 6.1601));
        RdPoint enschede = projection.toRd(new LatLon(52.2196, 6.8955));
        assertEquals(50_300, deventer.distanceMeters(enschede), 1_000);
    }
}
