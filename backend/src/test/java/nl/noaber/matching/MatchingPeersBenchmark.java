package nl.noaber.matching;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.bench.SyntheticPopulation;
import nl.noaber.bench.SyntheticPopulation.Place;
import nl.noaber.geo.RdPoint;
import nl.noaber.initiative.InitiativeKind;
import nl.noaber.initiative.MatchingPolicy;
import nl.noaber.request.MatchableRequest;
import nl.noaber.request.RequestEnums;
import nl.noaber.request.RequestStatus;
import nl.noaber.volunteer.Skill;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGStatement;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Issue #10, matching: our core {@code point} GiST search against PostGIS {@code geography},
 * {@code earthdistance} and a naive full-scan haversine, on one synthetic population shaped on the
 * real wijken ({@link SyntheticPopulation}). Not a test: it measures and prints.
 *
 * <p>Two servers, each with the same rows:
 * <ol>
 *   <li>the embedded PostgreSQL 17 of the service (real schema, Flyway): ours (pure nearest-k and the
 *       eligibility query), the full decision {@link Eligibility#candidates}, earthdistance, naive;</li>
 *   <li>if {@code PGHOST} is set (bench/matching-peers.sh runs this under {@code pg_virtualenv -v 15})
 *       and {@code CREATE EXTENSION postgis} works there: the rows are copied over and ours, PostGIS,
 *       earthdistance and naive run on that same server, so the ours/PostGIS ratio compares like with like.</li>
 * </ol>
 * Cases alternate within every iteration (the order rotates), each iteration a new request place.
 * Size: {@code -Dnoaber.bench.volunteers=100000} (default 10 000). Run with bench/matching-peers.sh.
 */
@Tag("benchmark")
@MicronautTest(transactional = false)
@Property(name = "noaber.demo-data.enabled", value = "false")
class MatchingPeersBenchmark {

    private static final long SEED = 20261123L;
    private static final int K = 20;
    private static final double RADIUS = 1_500;
    private static final String CAPACITY = "GOEDE_BUUR";
    /** A Tuesday, 10:00–12:00: the slot check is exercised. */
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final String FROM = "10:00", UNTIL = "12:00";

    @Inject
    Eligibility eligibility;

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    /** One request: where, and which gemeente. */
    record Req(String g, double x, double y, double lat, double lon) {
    }

    /** A timed case: either SQL with named parameters, or Java code (the full decision). */
    record Case(String name, String sql, Runner java, int every, boolean custom, boolean bitmapOff) {
        Case(String name, String sql, Runner java, int every) {
            this(name, sql, java, every, false, false);
        }

        /** The same SQL planned for its parameters on every run (pgJDBC prepareThreshold 0: no server-side generic plan). */
        Case customPlan() {
            return new Case(name + " (custom plan)", sql, java, every, true, bitmapOff);
        }

        /** The same SQL in a transaction that turns bitmap scans off for itself, as {@code CandidateSearch} does. */
        Case bitmapScansOff() {
            return new Case(name + " (bitmap off)", sql, java, every, custom, true);
        }
    }

    interface Runner {
        int run(Req r, int i) throws Exception;
    }

    @Test
    void peers() throws Exception {
        int volunteers = Integer.getInteger("noaber.bench.volunteers", 10_000);
        int runs = Integer.getInteger("noaber.bench.runs", 300);
        int warmup = Integer.getInteger("noaber.bench.warmup", 50);
        int naiveEvery = Math.max(1, volunteers / 50_000);
        System.out.printf("%n=== matching peers: %,d volunteers, k=%d, radius %.0f m, %d runs (%d warm-up), naive every %d ===%n",
                volunteers, K, RADIUS, runs, warmup, naiveEvery);
        SyntheticPopulation population = new SyntheticPopulation();
        List<Req> requests = new ArrayList<>();
        for (Place p : population.places(SEED + 1, 500)) {
            requests.add(new Req(p.gemeente(), p.x(), p.y(), p.lat(), p.lon()));
        }
        DataSource raw = DelegatingDataSource.unwrapDataSource(dataSource);
        try (Connection c = raw.getConnection()) {
            long t = System.nanoTime();
            population.populate(c, volunteers, SEED);
            System.out.printf("populated in %.1f s%n", (System.nanoTime() - t) / 1e9);
            t = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("CREATE EXTENSION IF NOT EXISTS cube");
                s.execute("CREATE EXTENSION IF NOT EXISTS earthdistance");
                s.execute("CREATE INDEX bench_profile_earth ON volunteer_profile USING gist (ll_to_earth(home_lat, home_lon))");
                s.execute("ANALYZE volunteer_profile");
            }
            System.out.printf("earthdistance index in %.1f s%n", (System.nanoTime() - t) / 1e9);
            printVersion(c);

            MatchingPolicy policy = InitiativeKind.GOEDE_BUREN.defaults();
            Runner decision = (r, i) -> eligibility.candidates(new MatchableRequest(2_000_000L + i, r.g(), InitiativeKind.GOEDE_BUREN,
                    Skill.COMPANY, "Koffie", -5L, null, RequestEnums.Urgency.NORMAL, RequestStatus.OPEN, new RdPoint(r.x(), r.y()),
                    null, false, null, null, null), policy, RADIUS, Set.of(), clock.instant()).ranked().size();
            Peer naive = new Peer("naive haversine", NEAREST_NAIVE, NAIVE, naiveEvery, false);
            List<Case> cases = new ArrayList<>(casesFor(List.of(PEER_OURS, PEER_EARTH, naive)));
            cases.add(new Case("decision ours Eligibility.candidates", null, decision, 1));
            run("embedded PostgreSQL 17, service schema", c, selected(cases), requests, runs, warmup);

            String host = System.getenv("PGHOST");
            if (host == null) {
                System.out.println("NOTE: PGHOST not set: PostGIS peer skipped (run bench/matching-peers.sh, which uses pg_virtualenv)");
                return;
            }
            String url = "jdbc:postgresql://" + host + ":" + envOr("PGPORT", "5432") + "/" + envOr("PGDATABASE", "postgres");
            try (Connection p = DriverManager.getConnection(url, envOr("PGUSER", "postgres"), envOr("PGPASSWORD", ""))) {
                try (Statement s = p.createStatement()) {
                    s.execute("CREATE EXTENSION IF NOT EXISTS postgis");
                    s.execute("CREATE EXTENSION IF NOT EXISTS earthdistance CASCADE");
                } catch (SQLException e) {
                    System.out.println("NOTE: PostGIS not available on " + url + " (" + e.getMessage() + "): PostGIS peer skipped");
                    return;
                }
                copyTo(c, p);
                printVersion(p);
                List<Case> peerCases = casesFor(List.of(PEER_OURS, PEER_POSTGIS, PEER_EARTH, naive));
                run("pg_virtualenv PostgreSQL 15 + PostGIS, same rows", p, selected(peerCases), requests, runs, warmup);
            }
        }
    }

    // ---- the queries --------------------------------------------------------------------------

    /** The service's own {@code VolunteerRepositories.NEAREST_SQL}. */
    static final String NEAREST_OURS = """
        SELECT account_id FROM volunteer_profile
         WHERE gemeente = :g AND home_rd <@ circle(point(:x, :y), :r)
         ORDER BY home_rd <-> point(:x, :y) LIMIT :k""";
    static final String NEAREST_POSTGIS = """
        SELECT account_id FROM volunteer_profile
         WHERE gemeente = :g AND ST_DWithin(home_geog, CAST(ST_SetSRID(ST_MakePoint(:lon, :lat), 4326) AS geography), :r)
         ORDER BY home_geog <-> CAST(ST_SetSRID(ST_MakePoint(:lon, :lat), 4326) AS geography) LIMIT :k""";
    static final String NEAREST_EARTH = """
        SELECT account_id FROM volunteer_profile
         WHERE gemeente = :g AND earth_box(ll_to_earth(:lat, :lon), :r) @> ll_to_earth(home_lat, home_lon)
           AND earth_distance(ll_to_earth(:lat, :lon), ll_to_earth(home_lat, home_lon)) <= :r
         ORDER BY ll_to_earth(home_lat, home_lon) <-> ll_to_earth(:lat, :lon) LIMIT :k""";
    static final String HAVERSINE = "12742017.6 * asin(sqrt(power(sin(radians(%1$s.home_lat - :lat) / 2), 2)"
            + " + cos(radians(:lat)) * cos(radians(%1$s.home_lat)) * power(sin(radians(%1$s.home_lon - :lon) / 2), 2)))";
    static final String NEAREST_NAIVE = """
        SELECT account_id FROM (SELECT account_id, %s AS d FROM volunteer_profile v WHERE gemeente = :g) t
         WHERE d <= :r ORDER BY d LIMIT :k""".formatted(HAVERSINE.formatted("v"));

    /** How a peer measures distance in the eligibility query: within the search radius, own radius, order. */
    record Spatial(String within, String own, String order, String distance) {
    }

    static final Spatial OURS = new Spatial("p.home_rd <@ circle(point(:x, :y), :r)",
            "p.home_rd <-> point(:x, :y) <= c.max_radius_meters", "p.home_rd <-> point(:x, :y)", "p.home_rd <-> point(:x, :y)");
    static final Spatial POSTGIS = new Spatial(
            "ST_DWithin(p.home_geog, CAST(ST_SetSRID(ST_MakePoint(:lon, :lat), 4326) AS geography), :r)",
            "ST_DWithin(p.home_geog, CAST(ST_SetSRID(ST_MakePoint(:lon, :lat), 4326) AS geography), c.max_radius_meters)",
            "p.home_geog <-> CAST(ST_SetSRID(ST_MakePoint(:lon, :lat), 4326) AS geography)",
            "ST_Distance(p.home_geog, CAST(ST_SetSRID(ST_MakePoint(:lon, :lat), 4326) AS geography))");
    static final Spatial EARTH = new Spatial(
            "earth_box(ll_to_earth(:lat, :lon), :r) @> ll_to_earth(p.home_lat, p.home_lon)"
                    + " AND earth_distance(ll_to_earth(:lat, :lon), ll_to_earth(p.home_lat, p.home_lon)) <= :r",
            "earth_distance(ll_to_earth(:lat, :lon), ll_to_earth(p.home_lat, p.home_lon)) <= c.max_radius_meters",
            "ll_to_earth(p.home_lat, p.home_lon) <-> ll_to_earth(:lat, :lon)",
            "earth_distance(ll_to_earth(:lat, :lon), ll_to_earth(p.home_lat, p.home_lon))");
    static final Spatial NAIVE = new Spatial(HAVERSINE.formatted("p") + " <= :r", HAVERSINE.formatted("p") + " <= c.max_radius_meters",
            HAVERSINE.formatted("p"), HAVERSINE.formatted("p"));

    /** A way of finding volunteers: its pure nearest-k query, its spatial parts, and whether it has an index plan to choose. */
    record Peer(String name, String nearest, Spatial spatial, int every, boolean indexed) {
    }

    static final Peer PEER_OURS = new Peer("ours point GiST", NEAREST_OURS, OURS, 1, true);
    static final Peer PEER_POSTGIS = new Peer("PostGIS geography", NEAREST_POSTGIS, POSTGIS, 1, true);
    static final Peer PEER_EARTH = new Peer("earthdistance", NEAREST_EARTH, EARTH, 1, true);

    /**
     * Every case for these peers, ours first in each group (the answer check compares with ours):
     * nearest-k, then the eligibility query as the driver plans it, with custom plans, and with
     * bitmap scans off. A full scan has no plan to choose, so the naive peer runs only as planned.
     */
    static List<Case> casesFor(List<Peer> peers) {
        List<Case> cases = new ArrayList<>();
        peers.forEach(p -> cases.add(new Case("nearest  " + p.name(), p.nearest(), null, p.every())));
        List<Case> eligible = peers.stream().map(p -> new Case("eligible " + p.name(), eligible(p.spatial()), null, p.every())).toList();
        cases.addAll(eligible);
        List<Case> planned = IntStream.range(0, peers.size()).filter(i -> peers.get(i).indexed()).mapToObj(eligible::get).toList();
        planned.forEach(k -> cases.add(k.customPlan()));
        planned.forEach(k -> cases.add(k.bitmapScansOff()));
        return cases;
    }

    /** The service's eligibility query ({@code ProfileRepository.findEligibleNear}) with the spatial parts swapped. */
    static String eligible(Spatial s) {
        return """
            SELECT p.account_id, p.home_x, p.home_y, %4$s AS distance_meters, p.max_tasks_per_week
              FROM volunteer_profile p
              JOIN volunteer_capacity c ON c.account_id = p.account_id AND c.capacity = :cap
             WHERE (p.gemeente = :g OR (p.helps_neighbouring_gemeenten AND p.gemeente IN ('-')))
               AND %1$s
               AND %2$s
               AND NOT p.paused
               AND p.account_id NOT IN (-1)
               AND NOT EXISTS (SELECT 1 FROM volunteer_absence a
                                WHERE a.account_id = p.account_id AND CAST(:day AS date) BETWEEN a.from_date AND a.until_date)
               AND (NOT EXISTS (SELECT 1 FROM volunteer_slot s WHERE s.account_id = p.account_id)
                    OR EXISTS (SELECT 1 FROM volunteer_slot s
                                WHERE s.account_id = p.account_id AND s.day_of_week = EXTRACT(ISODOW FROM CAST(:day AS date))
                                  AND s.from_time < CAST(:until AS time) AND s.until_time > CAST(:from AS time)))
             ORDER BY %3$s LIMIT :k""".formatted(s.within(), s.own(), s.order(), s.distance());
    }

    // ---- running ------------------------------------------------------------------------------

    private static final Pattern NAMED = Pattern.compile(":([a-z]+)");

    /** A prepared statement for SQL with :named parameters, and the order to bind them in. */
    record Prepared(PreparedStatement statement, List<String> names) {
        static Prepared of(Connection c, String sql) throws SQLException {
            List<String> names = new ArrayList<>();
            Matcher m = NAMED.matcher(sql);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                names.add(m.group(1));
                m.appendReplacement(out, "?");
            }
            m.appendTail(out);
            return new Prepared(c.prepareStatement(out.toString()), names);
        }

        void bind(Req r) throws SQLException {
            for (int i = 0; i < names.size(); i++) {
                int at = i + 1;
                switch (names.get(i)) {
                    case "g" -> statement.setString(at, r.g());
                    case "x" -> statement.setDouble(at, r.x());
                    case "y" -> statement.setDouble(at, r.y());
                    case "lat" -> statement.setDouble(at, r.lat());
                    case "lon" -> statement.setDouble(at, r.lon());
                    case "r" -> statement.setDouble(at, RADIUS);
                    case "k" -> statement.setInt(at, K);
                    case "cap" -> statement.setString(at, CAPACITY);
                    case "day" -> statement.setString(at, DAY.toString());
                    case "from" -> statement.setString(at, FROM);
                    case "until" -> statement.setString(at, UNTIL);
                    default -> throw new IllegalArgumentException(names.get(i));
                }
            }
        }

        List<Long> ids(Req r) throws SQLException {
            bind(r);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    private void run(String server, Connection c, List<Case> cases, List<Req> requests, int runs, int warmup) throws Exception {
        System.out.printf("%n--- %s ---%n", server);
        Map<Case, Prepared> prepared = new LinkedHashMap<>();
        for (Case k : cases) {
            if (k.sql() != null) {
                Prepared p = Prepared.of(c, k.sql());
                if (k.custom()) {
                    p.statement().unwrap(PGStatement.class).setPrepareThreshold(0);
                }
                prepared.put(k, p);
            }
        }
        // Same answers? Compare each peer's first request result with ours (RD vs sphere distances may swap a tie at the edge).
        Req first = requests.get(0);
        List<Long> oursNearest = prepared.get(cases.get(0)).ids(first);
        List<Long> oursEligible = null;
        for (Case k : cases) {
            if (k.sql() == null) {
                continue;
            }
            List<Long> ids = ids(c, k, prepared.get(k), first);
            if (k.name().startsWith("eligible ours")) {
                oursEligible = ids;
            }
            List<Long> ref = k.name().startsWith("eligible") ? oursEligible : oursNearest;
            Set<Long> common = new HashSet<>(ids);
            common.retainAll(ref == null ? ids : ref);
            System.out.printf("check %-36s %2d rows, %2d in common with ours, same order: %s%n", k.name(), ids.size(), common.size(),
                    ids.equals(ref));
        }
        Map<Case, long[]> times = new LinkedHashMap<>();
        Map<Case, Integer> counts = new LinkedHashMap<>();
        Map<Case, Long> rows = new LinkedHashMap<>();
        for (Case k : cases) {
            times.put(k, new long[runs]);
            counts.put(k, 0);
            rows.put(k, 0L);
        }
        long start = System.nanoTime();
        long budget = Long.getLong("noaber.bench.budget-seconds", 0) * 1_000_000_000L;
        for (int i = -warmup; i < runs; i++) {
            long spent = System.nanoTime() - start;
            if (budget > 0 && i < -1 && spent > budget / 2) {
                System.out.printf("  time budget: warm-up cut short after %.0f s%n", spent / 1e9);
                i = -1;
            } else if (budget > 0 && i >= 3 && spent > budget) {
                System.out.printf("  time budget: stopped after %d measured iterations (%.0f s)%n", i, spent / 1e9);
                break;
            }
            Req r = requests.get(Math.floorMod(i, requests.size()));
            for (int j = 0; j < cases.size(); j++) {
                Case k = cases.get(Math.floorMod(i + j, cases.size()));
                if (Math.floorMod(i, k.every()) != 0) {
                    continue;
                }
                long t = System.nanoTime();
                int n;
                if (k.java() != null) {
                    n = k.java().run(r, i);
                } else {
                    n = ids(c, k, prepared.get(k), r).size();
                }
                long elapsed = System.nanoTime() - t;
                if (i >= 0) {
                    int at = counts.get(k);
                    times.get(k)[at] = elapsed;
                    counts.put(k, at + 1);
                    rows.put(k, rows.get(k) + n);
                }
            }
            if (i > 0 && i % 100 == 0) {
                System.out.printf("  %d / %d iterations (%.0f s)%n", i, runs, (System.nanoTime() - start) / 1e9);
            }
        }
        System.out.printf("%-38s %6s %9s %9s %9s %9s %8s%n", "case", "n", "median", "p90", "p99", "max", "rows/avg");
        Map<String, Double> medians = new LinkedHashMap<>();
        for (Case k : cases) {
            int n = counts.get(k);
            if (n == 0) {
                System.out.printf("RESULT %-31s      0 (not measured within the time budget)%n", k.name());
                continue;
            }
            long[] t = Arrays.copyOf(times.get(k), n);
            Arrays.sort(t);
            double median = t[n / 2] / 1e6;
            medians.put(k.name(), median);
            System.out.printf("RESULT %-31s %6d %7.3f ms %7.3f ms %7.3f ms %7.3f ms %8.1f%n", k.name(), n, median,
                    t[Math.min(n - 1, n * 9 / 10)] / 1e6, t[Math.min(n - 1, n * 99 / 100)] / 1e6, t[n - 1] / 1e6,
                    rows.get(k) / (double) n);
        }
        for (String kind : List.of("nearest ", "eligible")) {
            for (String plan : List.of("", " (custom plan)", " (bitmap off)")) {
                Double ours = medians.get(kind + " ours point GiST" + plan);
                for (Map.Entry<String, Double> e : medians.entrySet()) {
                    if (ours != null && e.getKey().startsWith(kind) && !e.getKey().contains("ours")
                            && planOf(e.getKey()).equals(plan)) {
                        System.out.printf("RATIO  %s ours / %s = %.2f%n", kind.trim(), e.getKey().substring(9), ours / e.getValue());
                    }
                }
            }
        }
        for (Case k : cases) {
            if (k.sql() == null || k.custom()) {
                continue;
            }
            if (k.bitmapOff()) {
                try (Statement s = c.createStatement()) {
                    s.execute("SET enable_bitmapscan = off");
                }
            }
            if (k.name().startsWith("eligible") && !k.name().contains("naive")) {
                explainGeneric(c, k, first);
            }
            Prepared e = Prepared.of(c, "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + k.sql());
            e.bind(first);
            System.out.printf("EXPLAIN %s:%n", k.name());
            try (ResultSet rs = e.statement().executeQuery()) {
                while (rs.next()) {
                    System.out.println("    " + rs.getString(1));
                }
            }
            e.statement().close();
            if (k.bitmapOff()) {
                try (Statement s = c.createStatement()) {
                    s.execute("RESET enable_bitmapscan");
                }
            }
        }
        for (Prepared p : prepared.values()) {
            p.statement().close();
        }
    }

    /** How a case's plan was made: its name's suffix (empty for the driver's default). */
    private static String planOf(String name) {
        return name.endsWith(" (custom plan)") ? " (custom plan)" : name.endsWith(" (bitmap off)") ? " (bitmap off)" : "";
    }

    /** Runs a case's query; a "bitmap off" case in its own transaction with that setting, like the service's search. */
    private static List<Long> ids(Connection c, Case k, Prepared p, Req r) throws SQLException {
        if (!k.bitmapOff()) {
            return p.ids(r);
        }
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("SELECT set_config('enable_bitmapscan', 'off', true)");
            List<Long> ids = p.ids(r);
            c.commit();
            return ids;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /**
     * The plan PostgreSQL uses once it switches a server-side prepared statement to a generic plan
     * (plan_cache_mode=force_generic_plan on PREPARE / EXECUTE), executed for the first request.
     */
    private static void explainGeneric(Connection c, Case k, Req r) throws SQLException {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Matcher m = NAMED.matcher(k.sql());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int n = numbers.computeIfAbsent(m.group(1), x -> numbers.size() + 1);
            m.appendReplacement(out, "\\$" + n);
        }
        m.appendTail(out);
        List<String> args = new ArrayList<>();
        for (String name : numbers.keySet()) {
            args.add(switch (name) {
                case "g" -> "'" + r.g() + "'";
                case "x" -> Double.toString(r.x());
                case "y" -> Double.toString(r.y());
                case "lat" -> Double.toString(r.lat());
                case "lon" -> Double.toString(r.lon());
                case "r" -> Double.toString(RADIUS);
                case "k" -> Integer.toString(K);
                case "cap" -> "'" + CAPACITY + "'";
                case "day" -> "'" + DAY + "'";
                case "from" -> "'" + FROM + "'";
                case "until" -> "'" + UNTIL + "'";
                default -> throw new IllegalArgumentException(name);
            });
        }
        try (Statement s = c.createStatement()) {
            s.execute("SET plan_cache_mode = force_generic_plan");
            s.execute("PREPARE bench_generic AS " + out);
            System.out.printf("EXPLAIN %s, GENERIC plan (what a server-side prepared statement may switch to):%n", k.name());
            try (ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) EXECUTE bench_generic(" + String.join(", ", args) + ")")) {
                while (rs.next()) {
                    System.out.println("    " + rs.getString(1));
                }
            }
        } finally {
            try (Statement s = c.createStatement()) {
                s.execute("DEALLOCATE bench_generic");
                s.execute("RESET plan_cache_mode");
            }
        }
    }

    /** Copies the matching tables to the peer server (same rows), builds the same indexes plus PostGIS's, and ANALYZEs. */
    private static void copyTo(Connection from, Connection to) throws Exception {
        long t = System.nanoTime();
        try (Statement s = to.createStatement()) {
            s.execute("DROP TABLE IF EXISTS volunteer_slot, volunteer_absence, volunteer_capacity, volunteer_profile");
            s.execute("""
                CREATE TABLE volunteer_profile (
                    account_id BIGINT PRIMARY KEY, gemeente TEXT NOT NULL,
                    home_lat DOUBLE PRECISION NOT NULL, home_lon DOUBLE PRECISION NOT NULL,
                    home_x DOUBLE PRECISION NOT NULL, home_y DOUBLE PRECISION NOT NULL,
                    home_rd POINT GENERATED ALWAYS AS (point(home_x, home_y)) STORED,
                    home_geog geography(Point, 4326) GENERATED ALWAYS AS
                        (CAST(ST_SetSRID(ST_MakePoint(home_lon, home_lat), 4326) AS geography)) STORED,
                    paused BOOLEAN NOT NULL, max_tasks_per_week INT NOT NULL, helps_neighbouring_gemeenten BOOLEAN NOT NULL)""");
            s.execute("""
                CREATE TABLE volunteer_capacity (account_id BIGINT NOT NULL REFERENCES volunteer_profile, capacity TEXT NOT NULL,
                    max_radius_meters INT NOT NULL, UNIQUE (account_id, capacity))""");
            s.execute("""
                CREATE TABLE volunteer_slot (account_id BIGINT NOT NULL REFERENCES volunteer_profile, day_of_week SMALLINT NOT NULL,
                    from_time TIME NOT NULL, until_time TIME NOT NULL)""");
            s.execute("""
                CREATE TABLE volunteer_absence (account_id BIGINT NOT NULL REFERENCES volunteer_profile, from_date DATE NOT NULL,
                    until_date DATE NOT NULL)""");
        }
        copy(from, to, "volunteer_profile", "account_id, gemeente, home_lat, home_lon, home_x, home_y, paused, max_tasks_per_week, "
                + "helps_neighbouring_gemeenten");
        copy(from, to, "volunteer_capacity", "account_id, capacity, max_radius_meters");
        copy(from, to, "volunteer_slot", "account_id, day_of_week, from_time, until_time");
        copy(from, to, "volunteer_absence", "account_id, from_date, until_date");
        try (Statement s = to.createStatement()) {
            s.execute("CREATE INDEX volunteer_profile_home_rd ON volunteer_profile USING gist (home_rd)");
            s.execute("CREATE INDEX volunteer_profile_home_geog ON volunteer_profile USING gist (home_geog)");
            s.execute("CREATE INDEX volunteer_profile_earth ON volunteer_profile USING gist (ll_to_earth(home_lat, home_lon))");
            s.execute("CREATE INDEX volunteer_slot_account ON volunteer_slot (account_id)");
            s.execute("CREATE INDEX volunteer_absence_account ON volunteer_absence (account_id)");
            s.execute("VACUUM ANALYZE");
        }
        System.out.printf("copied the rows to the peer server and indexed in %.1f s%n", (System.nanoTime() - t) / 1e9);
    }

    private static void copy(Connection from, Connection to, String table, String columns) throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        long n = from.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (SELECT " + columns + " FROM " + table + ") TO STDOUT", buffer);
        to.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + columns + ") FROM STDIN",
                new ByteArrayInputStream(buffer.toByteArray()));
        System.out.printf("  %s: %,d rows%n", table, n);
    }

    private static void printVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT version(), current_setting('shared_buffers'), current_setting('work_mem'), current_setting('jit')")) {
            rs.next();
            System.out.printf("server: %s; shared_buffers %s, work_mem %s, jit %s%n", rs.getString(1), rs.getString(2), rs.getString(3),
                    rs.getString(4));
        }
    }

    /** The cases whose name matches {@code -Dnoaber.bench.cases} (a regex; all by default), e.g. to re-run only ours. */
    private static List<Case> selected(List<Case> cases) {
        Pattern only = Pattern.compile(System.getProperty("noaber.bench.cases", ".*"));
        return cases.stream().filter(k -> only.matcher(k.name()).find()).toList();
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? fallback : v;
    }
}
