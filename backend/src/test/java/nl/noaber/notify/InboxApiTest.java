package nl.noaber.notify;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.matching.WaveJobAccess;
import nl.noaber.support.Api;
import nl.noaber.support.People;
import nl.noaber.support.People.Person;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #6: without Firebase (the embedded default) every notification is in the inbox and on
 * its stream, so Noaber is fully usable without push. Devices are registered all the same.
 */
@MicronautTest(transactional = false)
class InboxApiTest {

    @Inject
    Api api;

    @Inject
    WaveJobAccess waveJob;

    People people;

    @Inject
    void people(Api api) {
        this.people = new People(api);
    }

    @Test
    void theRequesterReadsInTheInboxThatAVolunteerAccepted() {
        Person requester = people.demo("bewoner1", "deventer");
        Person volunteer = people.volunteer("GM0150", "inbox-helper", 6.1700, 52.2680, "GOEDE_BUUR", 1500);
        long requestId = request(requester, 6.1690, 52.2680);
        waveJob.runOnce();

        JsonNode offered = api.get("/me/notifications", volunteer.token()).json();
        assertEquals("OFFER_NEW", offered.get("items").get(0).get("type").asText());
        assertEquals("Kunt u helpen?", offered.get("items").get(0).get("title").asText());
        long offerId = api.get("/me/offers", volunteer.token()).json().get(0).get("id").asLong();
        api.post("/offers/" + offerId + "/accept", volunteer.token(), Map.of());

        JsonNode inbox = api.get("/me/notifications", requester.token()).json();
        JsonNode accepted = inbox.get("items").get(0);
        assertEquals("REQUEST_ACCEPTED", accepted.get("type").asText());
        assertEquals(Long.toString(requestId), accepted.get("data").get("requestId").asText());
        assertEquals("noaber://help-requests/" + requestId, accepted.get("data").get("deepLink").asText());
        assertTrue(inbox.get("unreadCount").asInt() >= 1);

        long id = accepted.get("id").asLong();
        assertTrue(api.post("/me/notifications/" + id + "/read", requester.token(), Map.of()).json().has("readAt"));
        assertEquals(inbox.get("unreadCount").asInt() - 1, api.get("/me/notifications", requester.token()).json()
                .get("unreadCount").asInt());
        assertEquals(404, api.post("/me/notifications/" + id + "/read", volunteer.token(), Map.of()).status(), "not yours");
    }

    @Test
    void theStreamDeliversANewNotificationAsItHappens() throws Exception {
        Person requester = people.demo("bewoner2", "deventer");
        HttpRequest open = HttpRequest.newBuilder(api.base().resolve("/me/notifications/stream"))
                .header("Authorization", "Bearer " + requester.token()).header("Accept", "text/event-stream").build();
        HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(open, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        CompletableFuture<String> event = CompletableFuture.supplyAsync(() -> firstNotificationEvent(stream.body()));

        // Far out in Bathmen: nobody lives near, so the request escalates and the requester is told.
        long requestId = request(requester, 6.2870, 52.2480);
        for (int i = 0; i < 6; i++) {
            waveJob.runOnce();
        }

        String data = event.get(20, TimeUnit.SECONDS);
        assertTrue(data.contains("\"type\":\"REQUEST_ESCALATED\"") && data.contains("\"requestId\":\"" + requestId + "\""), data);
        stream.body().close();
    }

    @Test
    void aPhoneRegistersRefreshesAndRemovesItsDevice() {
        Person volunteer = people.volunteer("GM0150", "telefoon", 6.18, 52.26, "GOEDE_BUUR", 1500);
        String path = "/me/devices/phone-0001-abcd";
        Map<String, Object> device = Map.of("fcmToken", "first-token-123", "platform", "ANDROID", "appVersion", "1.2.0",
                "locale", "nl");

        assertEquals(201, api.put(path, volunteer.token(), device).status());
        Api.Response refreshed = api.put(path, volunteer.token(), Map.of("fcmToken", "second-token-456", "platform", "ANDROID",
                "appVersion", "1.2.1", "locale", "en"));
        assertEquals(200, refreshed.status());
        assertEquals("en", refreshed.json().get("locale").asText());
        assertEquals(1, api.get("/me/devices", volunteer.token()).json().size(), "a refreshed token replaces the old one");

        Api.Response bad = api.put(path, volunteer.token(), Map.of("fcmToken", "x", "platform", "NOKIA", "appVersion", "1",
                "locale", "fr"));
        assertEquals(400, bad.status());
        assertEquals(204, api.send("DELETE", path, volunteer.token(), null, null).status());
        assertEquals(404, api.send("DELETE", path, volunteer.token(), null, null).status());
    }

    @Test
    void aPhoneThatChangesHandsNoLongerReceivesThePreviousOwnersPushes() {
        Person first = people.volunteer("GM0150", "eerste-eigenaar", 6.18, 52.26, "GOEDE_BUUR", 1500);
        Person second = people.demo("bewoner2", "enschede");
        Map<String, Object> device = Map.of("fcmToken", "handed-on-token", "platform", "ANDROID", "appVersion", "1.0.0",
                "locale", "nl");
        api.put("/me/devices/shared-phone-01", first.token(), device);

        assertEquals(201, api.put("/me/devices/shared-phone-01", second.token(), device).status(), "new for its new owner");

        assertEquals(0, api.get("/me/devices", first.token()).json().size());
        assertEquals(1, api.get("/me/devices", second.token()).json().size());
    }

    @Test
    void loggingOutOnAPhoneStopsItsPushes() {
        Api.Response login = api.post("/auth/login", null, Map.of("email", "vrijwilliger1.deventer@demo.noaber.nl",
                "password", "noaber-demo"));
        String token = login.json().get("accessToken").asText();
        api.put("/me/devices/phone-logout-01", token, Map.of("fcmToken", "logout-token-1", "platform", "IOS",
                "appVersion", "1.0.0", "locale", "nl"));

        assertEquals(204, api.post("/auth/logout", null, Map.of("refreshToken", login.json().get("refreshToken").asText(),
                "installationId", "phone-logout-01")).status());

        String again = api.login("vrijwilliger1.deventer@demo.noaber.nl", "noaber-demo");
        assertEquals(List.of(), api.get("/me/devices", again).json().findValuesAsText("installationId"));
    }

    private long request(Person requester, double lon, double lat) {
        Api.Response posted = api.post("/help-requests", requester.token(), Map.of("kind", "GOEDE_BUREN", "task", "COMPANY",
                "location", Map.of("type", "Point", "coordinates", List.of(lon, lat)), "description", "Koffie drinken",
                "urgency", "URGENT"));
        assertEquals(201, posted.status(), posted.raw());
        return posted.json().get("id").asLong();
    }

    private static String firstNotificationEvent(InputStream body) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            boolean notification = false;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("event:")) {
                    notification = line.substring(6).trim().equals("notification");
                } else if (notification && line.startsWith("data:")) {
                    return line.substring(5).trim();
                }
            }
            return "";
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
