package nl.noaber.matching;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.support.Api;
import nl.noaber.support.Demo;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wave job offers requests to eligible volunteers, nearest first; the first accept wins. */
@MicronautTest(transactional = false)
class MatchingApiTest {

    // Keizerslanden, Deventer; the volunteers below live east of it, in RD metres.
    private static final double LON = 6.1680;
    private static final double LAT = 52.2680;

    @Inject
    Api api;

    @Inject
    WaveJob waveJob;

    @Test
    void theFirstWaveGoesToNearbyEligibleVolunteersOnlyAndShowsThePlaceBlurred() {
        String near = volunteer("dichtbij", LON + 0.003, LAT, "GOEDE_BUUR", 1500, false);      // ~200 m
        String far = volunteer("verder", LON + 0.012, LAT, "GOEDE_BUUR", 1500, false);         // ~800 m
        String paused = volunteer("gepauzeerd", LON + 0.002, LAT, "GOEDE_BUUR", 1500, true);   // ~140 m, paused
        String driver = volunteer("chauffeur", LON + 0.001, LAT, "AUTOMAATJE_DRIVER", 15000, false);
        long requestId = shoppingRequest("bewoner1", "deventer");

        waveJob.run();

        JsonNode offers = api.get("/me/offers", near).json();
        assertEquals(1, offers.size());
        JsonNode offer = offers.get(0);
        assertEquals(requestId, offer.get("requestId").asLong());
        assertEquals(250, offer.get("where").get("precisionMeters").asInt());
        assertEquals("WK015006", offer.get("where").get("wijk").get("code").asText());
        assertNotEquals(LON, offer.get("where").get("approximateLocation").get("coordinates").get(0).asDouble());
        assertTrue(offer.get("where").get("distanceMeters").asInt() <= 400);
        assertEquals(0, api.get("/me/offers", far).json().size(), "wave 1 searches 500 m");
        assertEquals(0, api.get("/me/offers", paused).json().size(), "paused volunteers are not asked");
        assertEquals(0, api.get("/me/offers", driver).json().size(), "a driver is not asked to shop");
        assertEquals("OFFERED", api.get("/help-requests/" + requestId, login("bewoner1", "deventer")).json().get("status").asText());

        Api.Response accepted = api.post("/offers/" + offer.get("id").asLong() + "/accept", near, Map.of());
        assertEquals(200, accepted.status(), accepted.raw());
        assertEquals("ACCEPTED", accepted.json().get("status").asText());
        assertEquals("ACCEPTED", api.get("/help-requests/" + requestId, login("bewoner1", "deventer")).json().get("status").asText());
        assertEquals(409, api.post("/offers/" + offer.get("id").asLong() + "/accept", near, Map.of()).status());

        JsonNode task = api.get("/me/tasks", near).json().get(0);
        assertEquals(requestId, task.get("id").asLong());
        assertEquals(LON, task.get("location").get("coordinates").get(0).asDouble(), 1e-9, "the exact place, now");
        assertEquals(200, api.get("/help-requests/" + requestId, near).status());
        assertEquals(404, api.get("/help-requests/" + requestId, far).status(), "not for volunteers without the task");

        JsonNode log = api.get("/help-requests/" + requestId + "/matching-log", login("coordinator", "deventer")).json();
        assertEquals(1, log.get("offers").size());
        assertEquals("ACCEPTED", log.get("offers").get(0).get("status").asText());
        assertTrue(log.get("offers").get(0).get("reasons").asText().contains("km away"), log.toString());
        JsonNode passedOver = log.get("passedOver").get(0);
        assertEquals("gepauzeerd", passedOver.get("volunteerName").asText(), "why not the nearest: " + log);
        assertEquals("paused", passedOver.get("reasons").asText());

        // Something came up: the volunteer steps back, the request goes back to matching, and the
        // next wave (wider) reaches the volunteer 800 m away — never the one who withdrew.
        Api.Response withdrawn = api.post("/offers/" + offer.get("id").asLong() + "/withdrawal", near, Map.of());
        assertEquals(200, withdrawn.status(), withdrawn.raw());
        assertEquals("OPEN", api.get("/help-requests/" + requestId, login("bewoner1", "deventer")).json().get("status").asText());
        assertEquals(0, api.get("/me/tasks", near).json().size());
        for (int i = 0; i < 3 && api.get("/me/offers", far).json().isEmpty(); i++) {
            waveJob.run();
        }
        assertEquals(1, api.get("/me/offers", far).json().size());
        assertEquals(0, api.get("/me/offers", near).json().size());
    }

    @Test
    void fiftyConcurrentAcceptsHaveExactlyOneWinner() throws Exception {
        String coordinator = login("coordinator", "enschede");
        api.post("/initiatives", coordinator, Map.of("kind", "GOEDE_BUREN", "name", "Iedereen tegelijk",
                "wijken", List.of("WK015300"), "policy", Map.of("radiusMeters", 3000, "offerBatchSize", 50,
                        "waveTimeoutUrgentMinutes", 15, "waveTimeoutNormalMinutes", 60, "waveTimeoutLowMinutes", 240,
                        "verificationRequired", false, "vogRenewalMonths", 36)));
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            tokens.add(volunteerIn("GM0153", "snel" + i, 6.8937 + i * 0.00005, 52.2215, "GOEDE_BUUR", 1500));
        }
        long requestId = api.post("/help-requests", login("bewoner1", "enschede"), Map.of("kind", "GOEDE_BUREN", "task", "COMPANY",
                "location", Map.of("type", "Point", "coordinates", List.of(6.8937, 52.2215)),
                "description", "Even een kop koffie", "urgency", "URGENT")).json().get("id").asLong();
        waveJob.run();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Future<Integer>> answers = new ArrayList<>();
        for (String token : tokens) {
            long offerId = api.get("/me/offers", token).json().get(0).get("id").asLong();
            answers.add(pool.submit((Callable<Integer>) () -> {
                start.await();
                return api.post("/offers/" + offerId + "/accept", token, Map.of()).status();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(49, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals("ACCEPTED", api.get("/help-requests/" + requestId, login("bewoner1", "enschede")).json().get("status").asText());
    }

    @Test
    void twoJobInstancesNeverClaimTheSameRound() throws Exception {
        for (int i = 0; i < 8; i++) {
            shoppingRequest("bewoner2", "deventer");
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Callable<List<Long>> claim = () -> {
            start.await();
            return waveJob.claim();
        };
        Future<List<Long>> a = pool.submit(claim);
        Future<List<Long>> b = pool.submit(claim);
        start.countDown();
        Set<Long> first = new HashSet<>(a.get());
        Set<Long> second = new HashSet<>(b.get());
        pool.shutdown();

        assertTrue(first.size() + second.size() >= 8, first + " " + second);
        first.retainAll(second);
        assertEquals(Set.of(), first, "no round claimed by both");
    }

    @Test
    void aRequestNobodyCanTakeIsEscalatedToTheCoordinatorQueue() {
        // Far out in Bathmen: nobody lives within the policy radius.
        long requestId = api.post("/help-requests", login("bewoner2", "deventer"), Map.of("kind", "GOEDE_BUREN", "task", "DOG",
                "location", Map.of("type", "Point", "coordinates", List.of(6.2870, 52.2480)),
                "description", "Hond uitlaten", "urgency", "URGENT")).json().get("id").asLong();
        for (int i = 0; i < 6; i++) {
            waveJob.run();
        }
        assertEquals("ESCALATED", api.get("/help-requests/" + requestId, login("bewoner2", "deventer")).json().get("status").asText());
        JsonNode queue = api.get("/coordinator-queue?wijk=WK015015", login("coordinator", "deventer")).json();
        assertTrue(queue.toString().contains("\"id\":" + requestId), "in the Bathmen queue: " + queue);
    }

    private long shoppingRequest(String who, String town) {
        Api.Response posted = api.post("/help-requests", login(who, town), Map.of("kind", "GOEDE_BUREN", "task", "SHOPPING",
                "location", Map.of("type", "Point", "coordinates", List.of(LON, LAT)),
                "description", "Boodschappen", "urgency", "NORMAL"));
        assertEquals(201, posted.status(), posted.raw());
        return posted.json().get("id").asLong();
    }

    private String volunteer(String name, double lon, double lat, String capacity, int radius, boolean paused) {
        String token = volunteerIn("GM0150", name, lon, lat, capacity, radius);
        if (paused) {
            Map<String, Object> profile = profile(lon, lat, capacity, radius);
            profile.put("paused", true);
            api.put("/me/volunteer-profile", token, profile);
        }
        return token;
    }

    private String volunteerIn(String gemeente, String name, double lon, double lat, String capacity, int radius) {
        String email = name + "." + gemeente + "@example.org";
        api.post("/auth/register", null, Map.of("gemeente", gemeente, "email", email, "password", "graag-helpen",
                "displayName", name, "roles", List.of("VOLUNTEER")));
        String token = api.login(email, "graag-helpen");
        assertEquals(200, api.put("/me/volunteer-profile", token, profile(lon, lat, capacity, radius)).status());
        return token;
    }

    private static Map<String, Object> profile(double lon, double lat, String capacity, int radius) {
        Map<String, Object> profile = new java.util.HashMap<>(Map.of(
                "home", Map.of("type", "Point", "coordinates", List.of(lon, lat)),
                "capacities", List.of(Map.of("capacity", capacity, "maxRadiusMeters", radius)),
                "weeklyAvailability", List.of(), "maxTasksPerWeek", 5));
        if (capacity.equals("AUTOMAATJE_DRIVER")) {
            profile.put("driver", Map.of("carSeats", 3, "wheelchairFits", false, "walkerFits", true));
        }
        return profile;
    }

    private String login(String who, String town) {
        return api.login(Demo.email(who, town), Demo.PASSWORD);
    }
}
