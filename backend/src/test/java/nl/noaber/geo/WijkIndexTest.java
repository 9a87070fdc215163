package nl.noaber.geo;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WijkIndexTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    //   y=1000 +--------+--------+
    //          |  WK..02 |  WK..01 |      two wijken sharing the edge x = 1000
    //   y=0    +--------+--------+
    //          0       1000     2000
    private final WijkIndex index = WijkIndex.build(List.of(
            new WijkShape("GM0150", "WK015002", "West", square(0, 0, 1000)),
            new WijkShape("GM0150", "WK015001", "Oost", square(1000, 0, 1000))), 1);

    @Test
    void aPointInsideAWijkFindsIt() {
        assertEquals("WK015002", index.wijkOf("GM0150", new RdPoint(500, 500)).orElseThrow().code());
        assertEquals("WK015001", index.wijkOf("GM0150", new RdPoint(1500, 500)).orElseThrow().code());
    }

    @Test
    void aPointOnASharedBorderGetsTheLowestCodeEveryTime() {
        for (int i = 0; i < 3; i++) {
            assertEquals("WK015001", index.wijkOf("GM0150", new RdPoint(1000, 500)).orElseThrow().code());
        }
        assertEquals("WK015001", index.wijkOf("GM0150", new RdPoint(1000, 1000)).orElseThrow().code());
    }

    @Test
    void outsideEveryWijkOrInAnotherGemeenteThereIsNone() {
        assertEquals(Optional.empty(), index.wijkOf("GM0150", new RdPoint(5000, 5000)));
        assertEquals(Optional.empty(), index.wijkOf("GM0153", new RdPoint(500, 500)));
    }

    private static Polygon square(double x, double y, double size) {
        return GEOMETRY.createPolygon(new Coordinate[] {
            new Coordinate(x, y), new Coordinate(x + size, y), new Coordinate(x + size, y + size),
            new Coordinate(x, y + size), new Coordinate(x, y)});
    }
}
