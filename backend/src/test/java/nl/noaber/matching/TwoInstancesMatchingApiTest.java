package nl.noaber.matching;

import com.fasterxml.jackson.databind.JsonNode;
import nl.noaber.support.Api;
import nl.noaber.support.Demo;
import nl.noaber.support.People;
import nl.noaber.support.TimeTravel;
import nl.noaber.support.TwoInstances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #9: two real instances of the service on one database — separate application contexts,
 * pools, schedulers and HTTP ports, as behind a load balancer. {@link MatchingApiTest} races
 * threads inside one instance; here the races cross instances, so only the database (conditional
 * UPDATEs, {@code FOR UPDATE SKIP LOCKED} and leases) can keep them apart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesMatchingApiTest {

    /** More than one wave-job run claims (50), so only both instances together can serve them in one go. */
    private static final int REQUESTS_FOR_THE_WAVE_RACE = 60;
    private static final int WAVE_JOB_BATCH = 50;

    // Keizerslanden, Deventer (the demo's Goede Buren initiative there uses the default policy).
    private static final double LON = 6.1680;
    private static final double LAT = 52.2680;

    private TwoInstances instances;
    private Api viaFirst;
    private Api viaSecond;
    private DataSource database;

    @BeforeAll
    void startTwoInstances() {
        instances = TwoInstances.start(Map.of());
        viaFirst = new Api(instances.first().getURI());
        viaSecond = new Api(instances.second().getURI());
        database = instances.firstBean(DataSource.class);
    }

    @AfterAll
    void stopThem() {
        instances.close();
    }

    @Test
    void theSameOffersAcceptedThroughBothInstancesAtOnceGiveEachRequestExactlyOneAcceptance() throws Exception {
        String coordinator = viaFirst.login(Demo.email("coordinator", "enschede"), Demo.PASSWORD);
        assertEquals(201, viaFirst.post("/initiatives", coordinator, Map.of("kind", "GOEDE_BUREN", "name", "Twee servers",
                "wijken", List.of("WK015300"), "policy", Map.of("radiusMeters", 3000, "offerBatchSize", 50,
                        "waveTimeoutUrgentMinutes", 15, "waveTimeoutNormalMinutes", 60, "waveTimeoutLowMinutes", 240,
                        "verificationRequired", false, "vogRenewalMonths", 36))).status());
        People people = new People(viaFirst);
        List<People.Person> volunteers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            volunteers.add(people.volunteer("GM0153", "tweeling" + i, 6.8937 + i * 0.0001, 52.2215, "GOEDE_BUUR", 1500));
        }
        String resident = viaSecond.login(Demo.email("bewoner1", "enschede"), Demo.PASSWORD);
        List<Long> requests = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            requests.add(post(viaSecond, resident, "GOEDE_BUREN", "COMPANY", 6.8937, 52.2215, "URGENT"));
        }
        instances.firstBean(WaveJobAccess.class).runOnce();

        // Every volunteer taps accept on every offer they got, through both instances at once.
        record Tap(long requestId, int status) {
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<Tap>> taps = new ArrayList<>();
        for (People.Person volunteer : volunteers) {
            for (JsonNode offer : viaFirst.get("/me/offers", volunteer.token()).json()) {
                for (Api via : List.of(viaFirst, viaSecond)) {
                    long offerId = offer.get("id").asLong();
                    long requestId = offer.get("requestId").asLong();
                    taps.add(pool.submit((Callable<Tap>) () -> {
                        start.await();
                        return new Tap(requestId, via.post("/offers/" + offerId + "/accept", volunteer.token(), Map.of()).status());
                    }));
                }
            }
        }
        start.countDown();
        List<Tap> answered = new ArrayList<>();
        for (Future<Tap> tap : taps) {
            answered.add(tap.get());
        }
        pool.shutdown();

        assertEquals(6 * 8 * 2, answered.size(), "every volunteer had an offer of every request");
        Map<Long, Long> wonPerRequest = answered.stream().filter(t -> t.status() == 200)
                .collect(Collectors.groupingBy(Tap::requestId, Collectors.counting()));
        assertEquals(requests.stream().collect(Collectors.toMap(id -> id, id -> 1L)), wonPerRequest, "one 200 per request");
        assertTrue(answered.stream().allMatch(t -> t.status() == 200 || t.status() == 409), "the others are 409: " + answered);
        for (long requestId : requests) {
            assertEquals(1, count("SELECT count(*) FROM offer WHERE request_id = ? AND status = 'ACCEPTED'", requestId));
            assertEquals("ACCEPTED", viaFirst.get("/help-requests/" + requestId, resident).json().get("status").asText());
        }
        System.out.printf("RELIABILITY two-instances accept race: %d taps on %d requests through 2 instances, %d accepted, %d 409%n",
                answered.size(), requests.size(), wonPerRequest.size(), answered.stream().filter(t -> t.status() == 409).count());
    }

    @Test
    void bothInstancesRunningTheWaveJobAtOnceSendEveryWaveOnceAndAskNoVolunteerTwice() throws Exception {
        People people = new People(viaFirst);
        for (int i = 0; i < 7; i++) {
            people.volunteer("GM0150", "golf" + i, LON + 0.001 + i * 0.0015, LAT, "GOEDE_BUUR", 3000);
        }
        String resident = viaFirst.login(Demo.email("bewoner2", "deventer"), Demo.PASSWORD);
        List<Long> requests = new ArrayList<>();
        for (int i = 0; i < REQUESTS_FOR_THE_WAVE_RACE; i++) {
            requests.add(post(i % 2 == 0 ? viaFirst : viaSecond, resident, "GOEDE_BUREN", "SHOPPING", LON, LAT, "NORMAL"));
        }

        bothRunTheWaveJob();
        assertEquals(REQUESTS_FOR_THE_WAVE_RACE, requestsAtWave(requests, 1),
                "all at wave 1 after one run each: both instances claimed (one run claims at most " + WAVE_JOB_BATCH + ")");
        everyRoundDueAgain(requests);
        bothRunTheWaveJob();

        assertEquals(REQUESTS_FOR_THE_WAVE_RACE, requestsAtWave(requests, 2), "every round got exactly one second wave");
        String mine = requests.stream().map(String::valueOf).collect(Collectors.joining(","));
        assertEquals(0, count("SELECT count(*) FROM (SELECT request_id, volunteer_id FROM offer WHERE request_id IN (" + mine
                + ") GROUP BY 1, 2 HAVING count(*) > 1) twice"), "no volunteer offered the same request twice");
        assertEquals(0, count("SELECT count(*) FROM offer WHERE request_id IN (" + mine + ") AND wave NOT IN (1, 2)"),
                "only waves 1 and 2");
        long offered = count("SELECT count(*) FROM offer WHERE request_id IN (" + mine + ")");
        long notices = count("SELECT count(*) FROM notification WHERE type = 'OFFER_NEW' AND CAST(data ->> 'requestId' AS bigint) IN ("
                + mine + ")");
        assertTrue(offered >= REQUESTS_FOR_THE_WAVE_RACE, "every request was offered: " + offered);
        assertEquals(offered, notices, "one offer notice per offer, none from a doubled wave");
        System.out.printf("RELIABILITY two-instances wave race: %d requests, 2 concurrent runs on each of 2 instances, "
                + "%d offers, 0 volunteers asked twice, every request at wave 2%n", requests.size(), offered);
    }

    private void bothRunTheWaveJob() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Object>> runs = new ArrayList<>();
        for (WaveJobAccess job : List.of(instances.firstBean(WaveJobAccess.class), instances.secondBean(WaveJobAccess.class))) {
            runs.add(pool.submit(() -> {
                start.await();
                job.runOnce();
                return null;
            }));
        }
        start.countDown();
        for (Future<Object> run : runs) {
            run.get();
        }
        pool.shutdown();
    }

    private void everyRoundDueAgain(List<Long> requests) {
        TimeTravel rows = new TimeTravel(database);
        for (long id : requests) {
            rows.update("UPDATE matching_round SET next_wave_at = now() - interval '1 second', leased_until = NULL "
                    + "WHERE request_id = ?", id);
        }
    }

    private long requestsAtWave(List<Long> requests, int wave) throws SQLException {
        Map<Integer, Long> byWave = new HashMap<>();
        for (long id : requests) {
            byWave.merge((int) count("SELECT wave FROM matching_round WHERE request_id = ?", id), 1L, Long::sum);
        }
        return byWave.getOrDefault(wave, 0L);
    }

    /** The test's own query over ids it got from the API; nothing from outside goes into the SQL. */
    private long count(String sql) throws SQLException {
        try (Connection c = TimeTravel.connection(database); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private long count(String sql, long parameter) throws SQLException {
        try (Connection c = TimeTravel.connection(database); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static long post(Api via, String token, String kind, String task, double lon, double lat, String urgency) {
        Api.Response posted = via.post("/help-requests", token, Map.of("kind", kind, "task", task,
                "location", Map.of("type", "Point", "coordinates", List.of(lon, lat)),
                "description", "Twee servers", "urgency", urgency));
        assertEquals(201, posted.status(), posted.raw());
        return posted.json().get("id").asLong();
    }
}
