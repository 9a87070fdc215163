package nl.noaber.geo;

import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WijkFileParserTest {

    private final RdProjection projection = new RdProjection();
    private final WijkFileParser parser = new WijkFileParser(JsonMapper.createDefault(), projection);

    @Test
    void theBundledRdFilesAndTheWgs84FilesGiveTheSameWijken() {
        WijkFileParser.Parsed rd = parser.parse(resource("/geo/wijken/GM0150-2023.geojson"), "GM0150");
        WijkFileParser.Parsed wgs = parser.parse(resource("/geo/deventer-wijken-2023.wgs84.geojson"), "GM0150");

        assertEquals(15, rd.shapes().size());
        assertEquals(15, wgs.shapes().size());
        for (int i = 0; i < 15; i++) {
            double rdArea = rd.shapes().get(i).boundaryRd().getArea();
            double wgsArea = wgs.shapes().get(i).boundaryRd().getArea();
            // The WGS84 file is rounded to 3 decimals (up to ~55 m per vertex), so the areas agree
            // only to within a band of that width along the boundary.
            double band = rd.shapes().get(i).boundaryRd().getLength() * 60;
            assertEquals(rdArea, wgsArea, band, rd.shapes().get(i).code());
        }
        assertEquals(10, parser.parse(resource("/geo/wijken/GM0153-2023.geojson"), "GM0153").shapes().size());
    }

    @Test
    void aMultiPolygonWijkIsKept() {
        WijkFileParser.Parsed enschede = parser.parse(resource("/geo/enschede-wijken-2023.wgs84.geojson"), "GM0153");
        assertEquals("MultiPolygon", enschede.shapes().stream()
                .filter(s -> s.code().equals("WK015309")).findFirst().orElseThrow().boundaryRd().getGeometryType());
    }

    @Test
    void windingOrderDoesNotMatter() {
        String clockwise = collection(null, feature("WK015001", "A", square(6.15, 52.25, 0.01, true)));
        String counter = collection(null, feature("WK015001", "A", square(6.15, 52.25, 0.01, false)));
        assertEquals(parse(clockwise).shapes().get(0).boundaryRd().getArea(),
                parse(counter).shapes().get(0).boundaryRd().getArea(), 1.0);
    }

    @Test
    void aHarmlessSpikeIsRepairedAndReported() {
        // A square with a zero-width spike out of its top edge: invalid, but the area is unchanged by the fix.
        String ring = "[[6.15,52.25],[6.16,52.25],[6.16,52.26],[6.155,52.26],[6.155,52.265],[6.155,52.26],[6.15,52.26],[6.15,52.25]]";
        WijkFileParser.Parsed parsed = parse(collection(null, feature("WK015001", "Met spike",
                "{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}")));
        assertEquals(1, parsed.repaired().size());
        assertTrue(parsed.shapes().get(0).boundaryRd().isValid());
    }

    @Nested
    class Rejects {

        @Test
        void aSelfIntersectingBowTieWithItsLocation() {
            String bowTie = "{\"type\":\"Polygon\",\"coordinates\":[[[6.15,52.25],[6.16,52.26],[6.16,52.25],[6.15,52.26],[6.15,52.25]]]}";
            InvalidWijkFile problem = rejected(collection(null, feature("WK015001", "Strik", bowTie)));
            assertEquals("features[0].geometry", problem.fieldErrors().get(0).field());
            assertTrue(problem.detail().contains("self-intersection"), problem.detail());
            assertTrue(problem.detail().contains("near RD"), problem.detail());
        }

        @Test
        void anUnsupportedCrs() {
            InvalidWijkFile problem = rejected(collection("EPSG:3857", feature("WK015001", "A", square(6.15, 52.25, 0.01, true))));
            assertEquals("crs", problem.fieldErrors().get(0).field());
        }

        @Test
        void rdCoordinatesInAFileWithoutCrs() {
            String rdSquare = "{\"type\":\"Polygon\",\"coordinates\":[[[208000,475000],[209000,475000],[209000,476000],[208000,475000]]]}";
            InvalidWijkFile problem = rejected(collection(null, feature("WK015001", "A", rdSquare)));
            assertTrue(problem.detail().contains("out of range for WGS84"), problem.detail());
        }

        @Test
        void aWijkOfAnotherGemeente() {
            InvalidWijkFile problem = rejected(collection(null, feature("WK015301", "Enschedese wijk", square(6.15, 52.25, 0.01, true))));
            assertEquals("features[0].properties.statcode", problem.fieldErrors().get(0).field());
        }

        @Test
        void pointsOutsideTheNetherlands() {
            InvalidWijkFile problem = rejected(collection(null, feature("WK015001", "Parijs", square(2.35, 48.85, 0.01, true))));
            assertTrue(problem.detail().contains("outside the Netherlands"), problem.detail());
        }

        @Test
        void duplicateCodesMissingNamesAndNonPolygons() {
            String sq = square(6.15, 52.25, 0.01, true);
            assertTrue(rejected(collection(null, feature("WK015001", "A", sq) + "," + feature("WK015001", "B", sq)))
                    .detail().contains("twice"));
            assertEquals("features[0].properties.statnaam",
                    rejected(collection(null, feature("WK015001", "", sq))).fieldErrors().get(0).field());
            assertEquals("features[0].geometry.type", rejected(collection(null,
                    feature("WK015001", "A", "{\"type\":\"Point\",\"coordinates\":[6.15,52.25]}"))).fieldErrors().get(0).field());
        }

        @Test
        void somethingThatIsNotAFeatureCollection() {
            assertEquals("type", rejected("{\"type\":\"Feature\"}").fieldErrors().get(0).field());
            assertEquals("features", rejected("{\"type\":\"FeatureCollection\",\"features\":[]}").fieldErrors().get(0).field());
            assertEquals("body", rejected("{\"type\": ").fieldErrors().get(0).field());
        }
    }

    private WijkFileParser.Parsed parse(String json) {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8), "GM0150");
    }

    private InvalidWijkFile rejected(String json) {
        return assertThrows(InvalidWijkFile.class, () -> parse(json));
    }

    static String collection(String crs, String features) {
        String crsMember = crs == null ? "" : "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"" + crs + "\"}},";
        return "{\"type\":\"FeatureCollection\"," + crsMember + "\"features\":[" + features + "]}";
    }

    static String feature(String code, String name, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{\"statcode\":\"" + code + "\",\"statnaam\":\"" + name + "\"},"
                + "\"geometry\":" + geometry + "}";
    }

    static String square(double lon, double lat, double size, boolean clockwise) {
        String a = "[" + lon + "," + lat + "]";
        String b = "[" + lon + "," + (lat + size) + "]";
        String c = "[" + (lon + size) + "," + (lat + size) + "]";
        String d = "[" + (lon + size) + "," + lat + "]";
        String ring = clockwise ? a + "," + b + "," + c + "," + d + "," + a : a + "," + d + "," + c + "," + b + "," + a;
        return "{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}";
    }

    private static byte[] resource(String name) {
        try (InputStream in = WijkFileParserTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
