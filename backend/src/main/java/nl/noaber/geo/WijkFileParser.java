package nl.noaber.geo;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a CBS wijk file (GeoJSON FeatureCollection, {@code statcode}/{@code statnaam} properties)
 * for one gemeente and checks everything before anything is stored.
 *
 * <p>The CRS comes from the old-style top-level {@code crs} member that CBS/PDOK files carry:
 * EPSG:28992 means RD metres; none, EPSG:4326 or CRS84 means WGS84 (RFC 7946). Ring winding is
 * accepted either way (CBS files wind clockwise, RFC 7946 the other way). Invalid polygons are
 * repaired with JTS's {@link GeometryFixer} only when that keeps the area within 0.1% (spikes,
 * duplicate or collapsed vertices from simplification); a real self-intersection is rejected
 * with its location, because guessing which lobe was meant would misplace residents.
 */
@Singleton
class WijkFileParser {

    static final int MAX_FEATURES = 500;
    private static final Pattern WIJK_CODE = Pattern.compile("WK\\d{6}");
    private static final double MAX_REPAIR_AREA_CHANGE = 0.001;
    // RD New's domain with a margin; anything outside is not in the Netherlands.
    private static final double RD_MIN_X = -7_000, RD_MAX_X = 300_000, RD_MIN_Y = 289_000, RD_MAX_Y = 629_000;

    private final JsonMapper json;
    private final RdProjection projection;
    private final GeometryFactory geometryFactory = new GeometryFactory(new PrecisionModel(), 28992);

    WijkFileParser(JsonMapper json, RdProjection projection) {
        this.json = json;
        this.projection = projection;
    }

    /** The wijken of a valid file, plus the codes that needed a repair. */
    record Parsed(List<WijkShape> shapes, List<String> repaired) {
    }

    enum Crs { WGS84, RD_NEW }

    Parsed parse(byte[] file, String gemeente) {
        JsonNode root = readJson(file);
        if (!root.isObject() || !"FeatureCollection".equals(text(root.get("type")))) {
            throw new InvalidWijkFile("type", "must be a GeoJSON FeatureCollection");
        }
        Crs crs = crsOf(root);
        JsonNode features = root.get("features");
        if (features == null || !features.isArray() || features.size() == 0) {
            throw new InvalidWijkFile("features", "must be a non-empty array");
        }
        if (features.size() > MAX_FEATURES) {
            throw new InvalidWijkFile("features", "has more than " + MAX_FEATURES + " wijken");
        }
        String prefix = "WK" + gemeente.substring(2);
        List<WijkShape> shapes = new ArrayList<>();
        List<String> repaired = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < features.size(); i++) {
            String at = "features[" + i + "]";
            JsonNode feature = features.get(i);
            JsonNode properties = feature.get("properties");
            String code = properties == null ? null : text(properties.get("statcode"));
            String name = properties == null ? null : text(properties.get("statnaam"));
            if (code == null || !WIJK_CODE.matcher(code).matches()) {
                throw new InvalidWijkFile(at + ".properties.statcode", "must be a CBS wijk code like " + prefix + "01");
            }
            if (!code.startsWith(prefix)) {
                throw new InvalidWijkFile(at + ".properties.statcode", code + " is not a wijk of " + gemeente);
            }
            if (!seen.add(code)) {
                throw new InvalidWijkFile(at + ".properties.statcode", code + " appears twice");
            }
            if (name == null || name.isBlank() || name.length() > 200) {
                throw new InvalidWijkFile(at + ".properties.statnaam", "must be the wijk's name");
            }
            Geometry rd = toRd(readGeometry(feature.get("geometry"), at + ".geometry"), crs, at + ".geometry");
            Geometry valid = validOrRepaired(rd, code, at + ".geometry");
            if (valid != rd) {
                repaired.add(code);
            }
            shapes.add(new WijkShape(gemeente, code, name.strip(), valid));
        }
        return new Parsed(List.copyOf(shapes), List.copyOf(repaired));
    }

    private JsonNode readJson(byte[] file) {
        try {
            return json.readValue(file, Argument.of(JsonNode.class));
        } catch (IOException e) {
            throw new InvalidWijkFile("body", "is not valid JSON");
        }
    }

    private static Crs crsOf(JsonNode root) {
        JsonNode crs = root.get("crs");
        if (crs == null || crs.isNull()) {
            return Crs.WGS84;
        }
        JsonNode properties = crs.get("properties");
        String name = properties == null ? null : text(properties.get("name"));
        if (name == null) {
            throw new InvalidWijkFile("crs", "names no coordinate system (expected crs.properties.name)");
        }
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.endsWith(":28992")) {
            return Crs.RD_NEW;
        }
        if (upper.endsWith(":4326") || upper.endsWith(":CRS84")) {
            return Crs.WGS84;
        }
        throw new InvalidWijkFile("crs", "'" + name + "' is not supported; use EPSG:28992 (RD New) or EPSG:4326 (WGS84)");
    }

    private Geometry readGeometry(JsonNode geometry, String field) {
        if (geometry == null || !geometry.isObject()) {
            throw new InvalidWijkFile(field, "is missing");
        }
        String type = text(geometry.get("type"));
        if (!"Polygon".equals(type) && !"MultiPolygon".equals(type)) {
            throw new InvalidWijkFile(field + ".type", "must be Polygon or MultiPolygon, not " + type);
        }
        try {
            return new GeoJsonReader(geometryFactory).read(json.writeValueAsString(geometry));
        } catch (ParseException | IOException | RuntimeException e) {
            throw new InvalidWijkFile(field + ".coordinates", "is not a valid " + type);
        }
    }

    private Geometry toRd(Geometry geometry, Crs crs, String field) {
        for (Coordinate c : geometry.getCoordinates()) {
            if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
                throw new InvalidWijkFile(field + ".coordinates", "contains a non-finite number");
            }
            if (crs == Crs.WGS84 && (c.x < -180 || c.x > 180 || c.y < -90 || c.y > 90)) {
                throw new InvalidWijkFile(field + ".coordinates", "[" + c.x + ", " + c.y
                        + "] is out of range for WGS84 longitude/latitude (is this an RD file without a crs member?)");
            }
        }
        Geometry rd = crs == Crs.RD_NEW ? geometry : projection.toRd(geometry);
        for (Coordinate c : rd.getCoordinates()) {
            if (c.x < RD_MIN_X || c.x > RD_MAX_X || c.y < RD_MIN_Y || c.y > RD_MAX_Y) {
                throw new InvalidWijkFile(field + ".coordinates", "a vertex lies outside the Netherlands");
            }
        }
        return rd;
    }

    private static Geometry validOrRepaired(Geometry rd, String code, String field) {
        IsValidOp validation = new IsValidOp(rd);
        if (validation.isValid()) {
            return rd;
        }
        TopologyValidationError error = validation.getValidationError();
        Geometry fixed = GeometryFixer.fix(rd);
        double before = rd.getArea();
        double after = fixed.getArea();
        boolean keepsShape = fixed instanceof Polygonal && !fixed.isEmpty() && after > 0
                && Math.abs(after - before) / after <= MAX_REPAIR_AREA_CHANGE;
        if (!keepsShape) {
            Coordinate where = error.getCoordinate();
            throw new InvalidWijkFile(field, code + ": " + error.getMessage().toLowerCase(Locale.ROOT)
                    + (where == null ? "" : String.format(Locale.ROOT, " near RD (%.0f, %.0f)", where.x, where.y))
                    + " cannot be repaired without changing the wijk's area");
        }
        return fixed;
    }

    private static String text(JsonNode node) {
        return node != null && node.isString() ? node.getStringValue() : null;
    }
}
