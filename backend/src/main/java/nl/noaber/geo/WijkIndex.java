package nl.noaber.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Point-in-wijk, per gemeente: a JTS STRtree of prepared RD polygons, built once per import and
 * then only queried (immutable, so safe to share between threads).
 *
 * <p>A point on the border of two wijken is covered by both; the lowest CBS code wins, so the
 * answer is the same on every instance and every run.
 */
final class WijkIndex {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private record Entry(String code, String name, PreparedGeometry boundary) {
    }

    private final Map<String, STRtree> byGemeente;
    private final Map<String, WijkRef> byCode;
    private final Map<String, List<WijkShape>> shapes;
    private final long version;

    private WijkIndex(Map<String, STRtree> byGemeente, Map<String, WijkRef> byCode, Map<String, List<WijkShape>> shapes,
                      long version) {
        this.byGemeente = byGemeente;
        this.byCode = byCode;
        this.shapes = shapes;
        this.version = version;
    }

    static WijkIndex empty() {
        return new WijkIndex(Map.of(), Map.of(), Map.of(), 0);
    }

    static WijkIndex build(List<WijkShape> shapes, long version) {
        Map<String, List<WijkShape>> byGemeente = shapes.stream().collect(Collectors.groupingBy(WijkShape::gemeente,
                Collectors.collectingAndThen(Collectors.toList(),
                        list -> list.stream().sorted(Comparator.comparing(WijkShape::code)).toList())));
        Map<String, STRtree> trees = byGemeente.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> tree(e.getValue())));
        // A wijk code names its gemeente (WK0150xx is in GM0150), so codes are unique across gemeenten.
        Map<String, WijkRef> names = shapes.stream()
                .collect(Collectors.toMap(WijkShape::code, s -> new WijkRef(s.code(), s.name())));
        return new WijkIndex(Map.copyOf(trees), Map.copyOf(names), Map.copyOf(byGemeente), version);
    }

    private static STRtree tree(List<WijkShape> shapes) {
        STRtree tree = new STRtree();
        for (WijkShape shape : shapes) {
            tree.insert(shape.boundaryRd().getEnvelopeInternal(),
                    new Entry(shape.code(), shape.name(), PreparedGeometryFactory.prepare(shape.boundaryRd())));
        }
        tree.build();
        return tree;
    }

    /** The import this index was built from; 0 when nothing is imported. */
    long version() {
        return version;
    }

    /** The current wijken of a gemeente, by code. */
    List<WijkShape> shapesOf(String gemeente) {
        return shapes.getOrDefault(gemeente, List.of());
    }

    /** A current wijk of the gemeente by its code. */
    Optional<WijkRef> byCode(String gemeente, String code) {
        return Optional.ofNullable(byCode.get(code)).filter(w -> code.startsWith("WK" + gemeente.substring(2)));
    }

    Optional<WijkRef> wijkOf(String gemeente, RdPoint point) {
        STRtree tree = byGemeente.get(gemeente);
        if (tree == null) {
            return Optional.empty();
        }
        Point p = GEOMETRY.createPoint(new Coordinate(point.x(), point.y()));
        @SuppressWarnings("unchecked")
        List<Entry> candidates = tree.query(new Envelope(p.getCoordinate()));
        return candidates.stream()
                .filter(e -> e.boundary().covers(p))
                .min(Comparator.comparing(Entry::code))
                .map(e -> new WijkRef(e.code(), e.name()));
    }
}
