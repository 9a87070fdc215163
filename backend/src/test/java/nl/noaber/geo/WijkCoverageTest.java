package nl.noaber.geo;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.union.UnaryUnionOp;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The coverage of a wijk (share of its area within 1 km of at least three points), sampled on the
 * 50 m grid, against an exact polygon overlay of the discs with JTS on the real Keizerslanden.
 */
@MicronautTest(transactional = false)
class WijkCoverageTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final String KEIZERSLANDEN = "WK015006";

    @Inject
    WijkCoverage coverage;

    @Inject
    WijkIndexHolder index;

    private final List<RdPoint> homes = List.of(
            new RdPoint(208_125, 476_125), new RdPoint(208_125, 476_125), new RdPoint(207_625, 475_375),
            new RdPoint(208_625, 476_875), new RdPoint(208_375, 475_625));

    @Test
    void sampledCoverageAgreesWithAnExactOverlayWithinOnePercent() {
        Geometry wijk = keizerslanden();
        double exact = exactShare(wijk, homes, 1_000, 3);

        double sampled = coverage.of("GM0150", homes, 1_000, 3).shareByWijk().get(KEIZERSLANDEN);

        assertEquals(exact, sampled, 0.01, "exact " + exact + ", sampled " + sampled);
        // Not a trivial case: part of the wijk is covered, part is not.
        assertEquals(true, exact > 0.1 && exact < 0.95, "exact share " + exact);
    }

    @Test
    void twoVolunteersCoverNothingWhenThreeAreNeeded() {
        WijkCoverage.Coverage c = coverage.of("GM0150", homes.subList(0, 2), 1_000, 3);

        assertEquals(0.0, c.shareByWijk().get(KEIZERSLANDEN));
        assertEquals(0.0, c.shareOfGemeente());
    }

    @Test
    void theGemeenteShareIsTheAreaWeightedShareOfItsWijken() {
        WijkCoverage.Coverage c = coverage.of("GM0150", homes, 1_000, 3);
        double weighted = 0;
        double area = 0;
        for (WijkShape shape : index.current().shapesOf("GM0150")) {
            weighted += c.shareByWijk().get(shape.code()) * shape.boundaryRd().getArea();
            area += shape.boundaryRd().getArea();
        }

        assertEquals(weighted / area, c.shareOfGemeente(), 0.005);
    }

    private Geometry keizerslanden() {
        return index.current().shapesOf("GM0150").stream().filter(s -> s.code().equals(KEIZERSLANDEN))
                .findFirst().orElseThrow().boundaryRd();
    }

    /** The union of the intersections of every set of {@code atLeast} discs, clipped to the wijk. */
    private static double exactShare(Geometry wijk, List<RdPoint> points, double radius, int atLeast) {
        List<Geometry> discs = points.stream()
                .map(p -> GEOMETRY.createPoint(new Coordinate(p.x(), p.y())).buffer(radius, 256)).toList();
        List<Geometry> overlaps = new ArrayList<>();
        combine(discs, atLeast, 0, null, 0, overlaps);
        Geometry covered = UnaryUnionOp.union(overlaps);
        return covered == null ? 0 : covered.intersection(wijk).getArea() / wijk.getArea();
    }

    private static void combine(List<Geometry> discs, int k, int from, Geometry sofar, int taken, List<Geometry> out) {
        if (taken == k) {
            out.add(sofar);
            return;
        }
        for (int i = from; i < discs.size(); i++) {
            Geometry next = sofar == null ? discs.get(i) : sofar.intersection(discs.get(i));
            if (!next.isEmpty()) {
                combine(discs, k, i + 1, next, taken + 1, out);
            }
        }
    }
}
