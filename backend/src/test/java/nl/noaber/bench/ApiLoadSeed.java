package nl.noaber.bench;

import com.fasterxml.jackson.databind.JsonNode;
import nl.noaber.geo.LatLon;
import nl.noaber.geo.RdPoint;
import nl.noaber.geo.RdProjection;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Seeds the API load run through the API itself, as phones and the wave job would: a coordinator
 * opens two Goede Buren initiatives in Deventer wijken about 5 km apart, volunteers and residents
 * register and log in (Argon2 runs only here, never in a measured step), residents post requests,
 * and the wave job on the instances turns them into offers.
 *
 * <ul>
 *   <li>Readers live in Keizerslanden (WK015006). That initiative offers each request to 5
 *       volunteers, and one request is posted per reader, so {@code GET /me/offers} returns about
 *       five offers each — what a volunteer's phone would show.</li>
 *   <li>Acceptors live in Colmschate-Zuid (WK015010). That initiative offers each request to one
 *       volunteer, so every open offer there is the only one of its request and accepting it is a
 *       real first accept. Posts of the post and mixed profiles land here too and become more
 *       offers to accept.</li>
 * </ul>
 * Requests are PLANNED with a wave timeout of a week: no second wave starts during the run.
 */
final class ApiLoadSeed {

    static final String READERS_WIJK = "WK015006";
    static final String ACCEPTORS_WIJK = "WK015010";
    private static final String PASSWORD = "api-belasting-wachtwoord";

    private final LoadApi api;
    private final String run;
    private final SplittableRandom random;
    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    final List<String> readers = new ArrayList<>();
    final List<String> acceptors = new ArrayList<>();
    final List<String> residents = new ArrayList<>();
    final List<double[]> readerPlaces;
    final List<double[]> acceptorPlaces;

    ApiLoadSeed(LoadApi api, String run, long seed) {
        this.api = api;
        this.run = run;
        this.random = new SplittableRandom(seed);
        SyntheticPopulation wijken = new SyntheticPopulation();
        this.readerPlaces = placesIn(wijken, READERS_WIJK, 2_000);
        this.acceptorPlaces = placesIn(wijken, ACCEPTORS_WIJK, 2_000);
    }

    /** Opens the initiatives and registers everyone; returns when all have a token. */
    void people(int readerCount, int acceptorCount, int residentCount) throws InterruptedException {
        String coordinator = api.login("coordinator.deventer@demo.noaber.nl", "noaber-demo");
        openInitiative(coordinator, READERS_WIJK, 1_500, 5);
        openInitiative(coordinator, ACCEPTORS_WIJK, 2_500, 1);
        readers.addAll(inParallel(readerCount, i -> volunteer("lezer", i, readerPlaces, 1_500)));
        acceptors.addAll(inParallel(acceptorCount, i -> volunteer("aannemer", i, acceptorPlaces, 2_500)));
        residents.addAll(inParallel(residentCount, i -> register("bewoner", i, "RESIDENT")));
    }

    /** Posts {@code count} requests (blocking, eight at a time) and returns their ids. */
    List<Long> postRequests(int count, List<double[]> places) throws InterruptedException {
        LoadProfile posts = LoadProfile.requestPost(residents, places, random.nextLong());
        List<LoadProfile.Call> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            calls.add(posts.next());
        }
        return inParallel(count, i -> {
            LoadProfile.Call c = calls.get(i);
            return api.call(c.method(), c.path(), c.token(), c.body(), 201).get("id").asLong();
        });
    }

    /** Every OPEN offer of these volunteers, read through {@code GET /me/offers}. */
    List<LoadProfile.AcceptableOffer> openOffersOf(List<String> volunteers) throws InterruptedException {
        List<List<LoadProfile.AcceptableOffer>> each = inParallel(volunteers.size(), i -> {
            List<LoadProfile.AcceptableOffer> mine = new ArrayList<>();
            for (JsonNode o : api.call("GET", "/me/offers", volunteers.get(i), null, 200)) {
                mine.add(new LoadProfile.AcceptableOffer(o.get("id").asLong(), o.get("requestId").asLong(), volunteers.get(i)));
            }
            return mine;
        });
        return each.stream().flatMap(List::stream).toList();
    }

    /**
     * Waits until the wave job has offered all of {@code requestIds} to {@code volunteers}, or
     * {@code maxSeconds} passed; returns how many were offered.
     */
    int awaitOffers(Collection<Long> requestIds, List<String> volunteers, int maxSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        Set<Long> wanted = new HashSet<>(requestIds);
        while (true) {
            Set<Long> offered = new HashSet<>();
            openOffersOf(volunteers).forEach(o -> offered.add(o.requestId()));
            offered.retainAll(wanted);
            if (offered.size() == wanted.size() || System.nanoTime() > deadline) {
                return offered.size();
            }
            Thread.sleep(2_000);
        }
    }

    void close() {
        pool.shutdownNow();
    }

    private void openInitiative(String coordinator, String wijk, int radiusMeters, int offerBatchSize) {
        api.call("POST", "/initiatives", coordinator, String.format(Locale.ROOT, """
                {"kind":"GOEDE_BUREN","name":"API-belasting %s %s","wijken":["%s"],
                 "policy":{"radiusMeters":%d,"offerBatchSize":%d,"waveTimeoutUrgentMinutes":1440,
                           "waveTimeoutNormalMinutes":10080,"waveTimeoutLowMinutes":10080,
                           "verificationRequired":false,"vogRenewalMonths":36}}""",
                run, wijk, wijk, radiusMeters, offerBatchSize), 201);
    }

    private String volunteer(String kind, int i, List<double[]> places, int radiusMeters) {
        String token = register(kind, i, "VOLUNTEER");
        double[] home = places.get(i % places.size());
        // maxTasksPerWeek at its maximum: acceptors take many tasks in a run, and the weekly cap
        // would otherwise take them out of later waves.
        api.call("PUT", "/me/volunteer-profile", token, String.format(Locale.ROOT, """
                {"home":{"type":"Point","coordinates":[%.6f,%.6f]},
                 "capacities":[{"capacity":"GOEDE_BUUR","maxRadiusMeters":%d}],
                 "weeklyAvailability":[],"maxTasksPerWeek":50}""", home[0], home[1], radiusMeters), 200, 201);
        return token;
    }

    private String register(String kind, int i, String role) {
        String email = kind + i + "." + run + "@example.org";
        api.call("POST", "/auth/register", null, String.format("""
                {"gemeente":"GM0150","email":"%s","password":"%s","displayName":"%s %d","roles":["%s"]}""",
                email, PASSWORD, kind, i, role), 201);
        return api.login(email, PASSWORD);
    }

    private <T> List<T> inParallel(int count, IntFunction<T> task) throws InterruptedException {
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            futures.add(pool.submit(() -> task.apply(index)));
        }
        List<T> out = new ArrayList<>();
        for (Future<T> f : futures) {
            try {
                out.add(f.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("seeding failed", e.getCause());
            }
        }
        return out;
    }

    /** Uniform random points inside one wijk polygon, as {lon, lat}. */
    private List<double[]> placesIn(SyntheticPopulation population, String wijkCode, int count) {
        SyntheticPopulation.Wijk wijk = population.wijken().stream().filter(w -> w.code().equals(wijkCode)).findFirst()
                .orElseThrow();
        RdProjection projection = new RdProjection();
        Envelope e = wijk.rd().getEnvelopeInternal();
        GeometryFactory f = wijk.rd().getFactory();
        List<double[]> out = new ArrayList<>();
        while (out.size() < count) {
            double x = e.getMinX() + random.nextDouble() * e.getWidth();
            double y = e.getMinY() + random.nextDouble() * e.getHeight();
            if (wijk.prepared().contains(f.createPoint(new Coordinate(x, y)))) {
                LatLon ll = projection.toWgs84(new RdPoint(x, y));
                out.add(new double[] {ll.lon(), ll.lat()});
            }
        }
        return out;
    }
}
