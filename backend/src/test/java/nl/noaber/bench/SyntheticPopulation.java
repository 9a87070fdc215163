package nl.noaber.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.noaber.geo.LatLon;
import nl.noaber.geo.RdPoint;
import nl.noaber.geo.RdProjection;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic volunteer population shaped on the real CBS wijken of Deventer (GM0150) and Enschede
 * (GM0153) bundled in {@code geo/wijken/}: each volunteer lives at a uniform random point inside a
 * wijk polygon, the wijk drawn with probability proportional to its area (a simple proxy for
 * population). Deterministic for a seed: the same seed and size give the same rows.
 *
 * <p>Mix per volunteer (independent draws, at least one capacity):
 * <ul>
 *   <li>GOEDE_BUUR 65 %, own radius 500–3 000 m</li>
 *   <li>VOORZORGCIRKEL 20 %, 2 000 m</li>
 *   <li>AUTOMAATJE_DRIVER 12 %, 5–15 km</li>
 *   <li>RESPIJT 8 %, 1–5 km</li>
 * </ul>
 * 5 % paused, 10 % help neighbouring gemeenten, max 1–5 tasks a week, 40 % give 2–4 weekly slots
 * (the rest count as flexible), 3 % have an absence covering {@link #ABSENCE_FROM}..{@link #ABSENCE_UNTIL}.
 *
 * <p>Written with COPY straight into the service's own tables (account, volunteer_profile,
 * volunteer_capacity, volunteer_slot, volunteer_absence), in chunks, with progress on stdout.
 */
public final class SyntheticPopulation {

    public static final String ABSENCE_FROM = "2026-01-01";
    public static final String ABSENCE_UNTIL = "2027-12-31";
    private static final int CHUNK = 50_000;

    /** One wijk: its gemeente, code, RD polygon and the cumulative area share used to draw it. */
    public record Wijk(String gemeente, String code, Geometry rd, PreparedGeometry prepared, double area) {
    }

    /** A place: RD metres and WGS84 degrees of the same point. */
    public record Place(String gemeente, String wijk, double x, double y, double lat, double lon) {
    }

    private final List<Wijk> wijken = new ArrayList<>();
    private final double[] cumulative;
    private final RdProjection projection = new RdProjection();

    public SyntheticPopulation() {
        GeometryFactory factory = new GeometryFactory();
        ObjectMapper json = new ObjectMapper();
        for (String gemeente : List.of("GM0150", "GM0153")) {
            try (InputStream in = SyntheticPopulation.class.getResourceAsStream("/geo/wijken/" + gemeente + "-2023.geojson")) {
                JsonNode root = json.readTree(in);
                for (JsonNode feature : root.get("features")) {
                    Geometry g = geometry(factory, feature.get("geometry"));
                    wijken.add(new Wijk(gemeente, feature.get("id").asText(), g, PreparedGeometryFactory.prepare(g), g.getArea()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        cumulative = new double[wijken.size()];
        double total = 0;
        for (int i = 0; i < wijken.size(); i++) {
            total += wijken.get(i).area();
            cumulative[i] = total;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= total;
        }
    }

    public List<Wijk> wijken() {
        return wijken;
    }

    /** A uniform random point inside a wijk drawn by area. */
    public Place place(SplittableRandom random) {
        double u = random.nextDouble();
        int i = 0;
        while (i < cumulative.length - 1 && cumulative[i] < u) {
            i++;
        }
        Wijk w = wijken.get(i);
        Envelope e = w.rd().getEnvelopeInternal();
        GeometryFactory f = w.rd().getFactory();
        while (true) {
            double x = e.getMinX() + random.nextDouble() * e.getWidth();
            double y = e.getMinY() + random.nextDouble() * e.getHeight();
            if (w.prepared().contains(f.createPoint(new Coordinate(x, y)))) {
                LatLon ll = projection.toWgs84(new RdPoint(x, y));
                return new Place(w.gemeente(), w.code(), x, y, ll.lat(), ll.lon());
            }
        }
    }

    /** {@code count} request places, deterministic for the seed, shaped like the volunteers. */
    public List<Place> places(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Place> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(place(random));
        }
        return out;
    }

    /**
     * Writes {@code volunteers} volunteers (and their accounts) into the service schema behind
     * {@code connection}, then ANALYZE. Returns the first account id used.
     */
    public long populate(Connection connection, int volunteers, long seed) throws SQLException, IOException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        long firstId = FreeIds.after(connection, "account");
        SplittableRandom random = new SplittableRandom(seed);
        long start = System.nanoTime();
        int done = 0;
        while (done < volunteers) {
            int n = Math.min(CHUNK, volunteers - done);
            StringBuilder accounts = new StringBuilder(n * 96);
            StringBuilder profiles = new StringBuilder(n * 160);
            StringBuilder capacities = new StringBuilder(n * 40);
            StringBuilder slots = new StringBuilder(n * 30);
            StringBuilder absences = new StringBuilder(n);
            for (int j = 0; j < n; j++) {
                long id = firstId + done + j;
                Place p = place(random);
                accounts.append(id).append('\t').append(p.gemeente()).append("\tv").append(id).append("@bench.invalid\tBench ")
                        .append(id).append("\tx\t{VOLUNTEER}\t2026-01-01 00:00:00+00\t2026-01-01 00:00:00+00\n");
                boolean paused = random.nextDouble() < 0.05;
                boolean neighbouring = random.nextDouble() < 0.10;
                int maxTasks = 1 + random.nextInt(5);
                profiles.append(id).append('\t').append(p.gemeente()).append('\t').append(p.lat()).append('\t').append(p.lon())
                        .append('\t').append(p.x()).append('\t').append(p.y()).append('\t').append(p.wijk()).append('\t')
                        .append(paused ? 't' : 'f').append('\t').append(maxTasks).append("\t22:00\t08:00\t{nl}\t{}\t")
                        .append(neighbouring ? 't' : 'f').append("\t2026-01-01 00:00:00+00\n");
                boolean any = false;
                if (random.nextDouble() < 0.20) {
                    capacity(capacities, id, p, "VOORZORGCIRKEL", 2_000);
                    any = true;
                }
                if (random.nextDouble() < 0.12) {
                    capacity(capacities, id, p, "AUTOMAATJE_DRIVER", 5_000 + random.nextInt(10_001));
                    any = true;
                }
                if (random.nextDouble() < 0.08) {
                    capacity(capacities, id, p, "RESPIJT", 1_000 + random.nextInt(4_001));
                    any = true;
                }
                if (!any || random.nextDouble() < 0.65) {
                    capacity(capacities, id, p, "GOEDE_BUUR", 500 + random.nextInt(2_501));
                }
                if (random.nextDouble() < 0.40) {
                    int count = 2 + random.nextInt(3);
                    for (int k = 0; k < count; k++) {
                        int day = 1 + random.nextInt(7);
                        int from = 8 + random.nextInt(10);
                        int until = from + 2 + random.nextInt(4);
                        slots.append(id).append('\t').append(p.gemeente()).append('\t').append(day).append('\t')
                                .append(from).append(":00\t").append(Math.min(until, 23)).append(":00\n");
                    }
                }
                if (random.nextDouble() < 0.03) {
                    absences.append(id).append('\t').append(p.gemeente()).append('\t').append(ABSENCE_FROM).append('\t')
                            .append(ABSENCE_UNTIL).append('\n');
                }
            }
            copy.copyIn("COPY account (id, gemeente, email, display_name, password_hash, roles, created_at, updated_at) FROM STDIN",
                    new StringReader(accounts.toString()));
            copy.copyIn("COPY volunteer_profile (account_id, gemeente, home_lat, home_lon, home_x, home_y, home_wijk, paused, "
                    + "max_tasks_per_week, quiet_from, quiet_until, languages, skills, helps_neighbouring_gemeenten, updated_at) FROM STDIN",
                    new StringReader(profiles.toString()));
            copy.copyIn("COPY volunteer_capacity (account_id, gemeente, capacity, max_radius_meters) FROM STDIN",
                    new StringReader(capacities.toString()));
            copy.copyIn("COPY volunteer_slot (account_id, gemeente, day_of_week, from_time, until_time) FROM STDIN",
                    new StringReader(slots.toString()));
            copy.copyIn("COPY volunteer_absence (account_id, gemeente, from_date, until_date) FROM STDIN",
                    new StringReader(absences.toString()));
            done += n;
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("  generated %,d / %,d volunteers (%.1f s, %.0f/s)%n", done, volunteers, seconds, done / seconds);
        }
        try (Statement s = connection.createStatement()) {
            s.execute("SELECT setval(pg_get_serial_sequence('account', 'id'), (SELECT max(id) FROM account))");
            long t = System.nanoTime();
            s.execute("ANALYZE");
            System.out.printf("  ANALYZE in %.1f s%n", (System.nanoTime() - t) / 1e9);
        }
        return firstId;
    }

    private static void capacity(StringBuilder out, long id, Place p, String capacity, int radius) {
        out.append(id).append('\t').append(p.gemeente()).append('\t').append(capacity).append('\t').append(radius).append('\n');
    }

    private static Geometry geometry(GeometryFactory f, JsonNode g) {
        String type = g.get("type").asText();
        JsonNode coordinates = g.get("coordinates");
        if (type.equals("Polygon")) {
            return polygon(f, coordinates);
        }
        if (type.equals("MultiPolygon")) {
            Polygon[] parts = new Polygon[coordinates.size()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = polygon(f, coordinates.get(i));
            }
            return f.createMultiPolygon(parts);
        }
        throw new IllegalArgumentException("not a polygon: " + type);
    }

    private static Polygon polygon(GeometryFactory f, JsonNode rings) {
        LinearRing shell = ring(f, rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(f, rings.get(i));
        }
        return f.createPolygon(shell, holes);
    }

    private static LinearRing ring(GeometryFactory f, JsonNode ring) {
        Coordinate[] c = new Coordinate[ring.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = new Coordinate(ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble());
        }
        return f.createLinearRing(c);
    }
}
