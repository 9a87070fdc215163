package nl.noaber.web;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.matching.WaveJobAccess;
import nl.noaber.support.Api;
import nl.noaber.support.Demo;
import nl.noaber.support.People;
import nl.noaber.support.TimeTravel;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A phone that retries a write gets the first answer again, never a second write (issue #9). */
@MicronautTest(transactional = false)
class IdempotencyApiTest {

    @Inject
    Api api;

    @Inject
    DataSource dataSource;

    @Inject
    WaveJobAccess waves;

    @Test
    void aRetriedPostReturnsTheFirstAnswerAndStoresOnce() {
        String token = login("bewoner2");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = request("Boodschappen, retry");

        Api.Response first = send(token, key, body);
        Api.Response retry = send(token, key, body);

        assertEquals(201, first.status(), first.raw());
        assertEquals(201, retry.status(), retry.raw());
        assertEquals(first.json().get("id").asLong(), retry.json().get("id").asLong());
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(1L, count("Boodschappen, retry"));
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndNothingIsStored() {
        String token = login("bewoner2");
        String key = UUID.randomUUID().toString();
        assertEquals(201, send(token, key, request("Eerste verzoek")).status());

        Api.Response other = send(token, key, request("Ander verzoek"));

        assertEquals(422, other.status(), other.raw());
        assertEquals("/problems/idempotency-key-reused", other.json().get("type").asText());
        assertEquals("Idempotency-Key", other.json().get("errors").get(0).get("field").asText());
        assertEquals(0L, count("Ander verzoek"));
    }

    @Test
    void keysBelongToOneAccount() {
        String key = UUID.randomUUID().toString();
        assertEquals(201, send(login("bewoner1"), key, request("Van bewoner een")).status());
        assertEquals(201, send(login("bewoner2"), key, request("Van bewoner twee")).status(),
                "another account's key is another key");
    }

    @Test
    void retriesArrivingTogetherWriteOnce() throws Exception {
        String token = login("bewoner1");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = request("Tegelijk verstuurd");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Api.Response>> sent = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                sent.add(pool.submit(() -> send(token, key, body)));
            }
            long firstId = -1;
            for (Future<Api.Response> response : sent) {
                Api.Response answer = response.get();
                assertEquals(201, answer.status(), answer.raw());
                long id = answer.json().get("id").asLong();
                if (firstId < 0) {
                    firstId = id;
                }
                assertEquals(firstId, id, "every retry gets the same request");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1L, count("Tegelijk verstuurd"));
    }

    @Test
    void aWriteThatFailsStoresNoKeySoItsRetryRunsAgain() {
        String token = login("bewoner1");
        long request = api.post("/help-requests", token, request("Al geregeld")).json().get("id").asLong();
        assertEquals(200, api.post("/help-requests/" + request + "/cancellation", token, Map.of("reason", "Buren helpen al")).status());
        String key = UUID.randomUUID().toString();
        String body = "{\"reason\":\"Nog een keer\"}";

        Api.Response failed = api.send("POST", "/help-requests/" + request + "/cancellation", token, body, "application/json",
                "Idempotency-Key", key);

        assertEquals(409, failed.status(), "a cancelled request cannot be cancelled again: " + failed.raw());
        assertEquals(0L, ((Number) new TimeTravel(dataSource).value(
                "SELECT count(*) FROM idempotent_request WHERE key = '" + key + "' AND account_id > ?", 0)).longValue(),
                "the key rolled back with the write");
        assertEquals(409, api.send("POST", "/help-requests/" + request + "/cancellation", token, body, "application/json",
                "Idempotency-Key", key).status(), "the retry is judged afresh, not replayed");
    }

    @Test
    void anAcceptRetriedOnAFlakyNetworkIsStillTheWinnerNotA409() {
        People.Person volunteer = new People(api).volunteer("GM0150", "wankel.netwerk", 6.1690, 52.2680, "GOEDE_BUUR", 1500);
        Api.Response posted = api.post("/help-requests", login("bewoner2"), request("Even helpen met de vuilnisbak"));
        waves.runOnce();
        long offer = api.get("/me/offers", volunteer.token()).json().get(0).get("id").asLong();
        String key = UUID.randomUUID().toString();

        Api.Response accepted = api.send("POST", "/offers/" + offer + "/accept", volunteer.token(), "{}", "application/json",
                "Idempotency-Key", key);
        Api.Response retried = api.send("POST", "/offers/" + offer + "/accept", volunteer.token(), "{}", "application/json",
                "Idempotency-Key", key);

        assertEquals(201, posted.status());
        assertEquals(200, accepted.status(), accepted.raw());
        assertEquals(200, retried.status(), "the retry is told it won, as the first answer said: " + retried.raw());
        assertEquals(accepted.json(), retried.json());
        assertEquals(409, api.post("/offers/" + offer + "/accept", volunteer.token(), Map.of()).status(),
                "without the key, a second accept is a new request");
    }

    @Test
    void aMalformedKeyIsNamed() {
        Api.Response response = send(login("bewoner1"), "kort", request("Sleutel te kort"));
        assertEquals(400, response.status());
        assertEquals("Idempotency-Key", response.json().get("errors").get(0).get("field").asText());
    }

    private Api.Response send(String token, String key, Map<String, Object> body) {
        return api.send("POST", "/help-requests", token, toJson(body), "application/json", "Idempotency-Key", key);
    }

    private long count(String description) {
        return ((Number) new TimeTravel(dataSource).value(
                "SELECT count(*) FROM help_request WHERE description = '" + description.replace("'", "''") + "' AND id > ?", 0)).longValue();
    }

    private static String toJson(Object body) {
        try {
            return Api.JSON.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> request(String description) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "GOEDE_BUREN");
        body.put("task", "SHOPPING");
        body.put("location", Map.of("type", "Point", "coordinates", List.of(6.1680, 52.2680)));
        body.put("description", description);
        body.put("urgency", "NORMAL");
        return body;
    }

    private String login(String who) {
        return api.login(Demo.email(who, "deventer"), Demo.PASSWORD);
    }
}
