package nl.noaber.geo;

import jakarta.inject.Singleton;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which share of each wijk's area lies within a radius of at least n of the given points —
 * "within 1 km of at least 3 active Goede Buren". The wijk is sampled on a fixed 50 m grid in RD
 * metres (the centre of every grid square inside the polygon stands for that square), so the
 * answer is exact to the grid: the error is at most the squares cut by a disc's edge, well
 * under 1% of a wijk for a 1 km radius. ADR 017 says why not an exact polygon overlay.
 */
@Singleton
public class WijkCoverage {

    static final double GRID_METERS = 50;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final WijkIndexHolder index;
    /** Sample points per gemeente, for the index version they were cut from. */
    private final Map<String, Samples> samples = new ConcurrentHashMap<>();

    WijkCoverage(WijkIndexHolder index) {
        this.index = index;
    }

    /**
     * @param shareByWijk per current wijk code, the covered share of its area (0..1)
     * @param shareOfGemeente the covered share of all wijken together
     */
    public record Coverage(Map<String, Double> shareByWijk, double shareOfGemeente) {
    }

    public Coverage of(String gemeente, Collection<RdPoint> points, double radiusMeters, int atLeast) {
        STRtree tree = new STRtree();
        for (RdPoint p : points) {
            tree.insert(new Envelope(p.x(), p.x(), p.y(), p.y()), p);
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        long covered = 0;
        long total = 0;
        for (Map.Entry<String, double[]> wijk : samplesOf(gemeente).byWijk().entrySet()) {
            double[] xy = wijk.getValue();
            int inWijk = 0;
            for (int i = 0; i < xy.length; i += 2) {
                if (reached(tree, xy[i], xy[i + 1], radiusMeters, atLeast)) {
                    inWijk++;
                }
            }
            int n = xy.length / 2;
            shares.put(wijk.getKey(), n == 0 ? 0 : (double) inWijk / n);
            covered += inWijk;
            total += n;
        }
        return new Coverage(shares, total == 0 ? 0 : (double) covered / total);
    }

    private static boolean reached(STRtree tree, double x, double y, double radius, int atLeast) {
        @SuppressWarnings("unchecked")
        List<RdPoint> near = tree.query(new Envelope(x - radius, x + radius, y - radius, y + radius));
        if (near.size() < atLeast) {
            return false;
        }
        int found = 0;
        RdPoint here = new RdPoint(x, y);
        for (RdPoint p : near) {
            if (p.distanceMeters(here) <= radius && ++found >= atLeast) {
                return true;
            }
        }
        return false;
    }

    private record Samples(long version, Map<String, double[]> byWijk) {
    }

    private Samples samplesOf(String gemeente) {
        WijkIndex current = index.current();
        return samples.compute(gemeente, (code, cached) -> cached != null && cached.version() == current.version()
                ? cached : new Samples(current.version(), cut(current.shapesOf(code))));
    }

    private static Map<String, double[]> cut(List<WijkShape> shapes) {
        Map<String, double[]> result = new LinkedHashMap<>();
        for (WijkShape shape : shapes) {
            result.put(shape.code(), gridInside(shape.boundaryRd()));
        }
        return result;
    }

    private static double[] gridInside(Geometry boundary) {
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(boundary);
        Envelope box = boundary.getEnvelopeInternal();
        double half = GRID_METERS / 2;
        double[] xy = new double[1024];
        int n = 0;
        for (double x = Math.floor(box.getMinX() / GRID_METERS) * GRID_METERS + half; x < box.getMaxX(); x += GRID_METERS) {
            for (double y = Math.floor(box.getMinY() / GRID_METERS) * GRID_METERS + half; y < box.getMaxY(); y += GRID_METERS) {
                if (prepared.contains(GEOMETRY.createPoint(new Coordinate(x, y)))) {
                    if (n + 2 > xy.length) {
                        xy = Arrays.copyOf(xy, xy.length * 2);
                    }
                    xy[n++] = x;
                    xy[n++] = y;
                }
            }
        }
        return Arrays.copyOf(xy, n);
    }
}
