package nl.noaber.matching;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.support.Api;
import nl.noaber.support.People;
import nl.noaber.support.People.Person;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue #5: a coordinator offers an escalated request to a volunteer by hand; the volunteer still accepts. */
@MicronautTest(transactional = false)
class ManualKoppelingApiTest {

    // Bathmen: no volunteer lives within any policy radius, so requests here escalate.
    private static final double BATHMEN_LON = 6.2870;
    private static final double BATHMEN_LAT = 52.2480;

    @Inject
    Api api;

    @Inject
    WaveJob waveJob;

    People people;

    @Inject
    void people(Api api) {
        this.people = new People(api);
    }

    @Test
    void theCoordinatorOffersAnEscalatedRequestToAVolunteerWhoThenAcceptsIt() {
        Person coordinator = people.demo("coordinator", "deventer");
        Person requester = people.demo("bewoner1", "deventer");
        // Lives in the city, 8 km away, and walks 1.5 km at most: no wave would ever ask her.
        Person volunteer = people.volunteer("GM0150", "gebeld", 6.1600, 52.2550, "GOEDE_BUUR", 1500);
        long requestId = escalatedRequest(requester);

        Api.Response offered = api.post("/help-requests/" + requestId + "/manual-offers", coordinator.token(),
                Map.of("volunteerId", volunteer.id(), "note", "Gebeld: kan dinsdag met de auto"));

        assertEquals(201, offered.status(), offered.raw());
        String reasons = offered.json().get("reasons").asText();
        assertTrue(reasons.startsWith("chosen by a coordinator: Gebeld"), reasons);
        assertTrue(reasons.contains("farther than their own radius"), reasons);
        assertEquals("ESCALATED", status(requestId, requester), "stays in the queue until she accepts");

        JsonNode offer = api.get("/me/offers", volunteer.token()).json().get(0);
        assertEquals("DOG", offer.get("task").asText());
        assertEquals(200, api.post("/offers/" + offer.get("id").asLong() + "/accept", volunteer.token(), Map.of()).status());
        assertEquals("ACCEPTED", status(requestId, requester));
        JsonNode log = api.get("/help-requests/" + requestId + "/matching-log", coordinator.token()).json();
        assertEquals(api.get("/me", coordinator.token()).json().get("displayName").asText(),
                log.get("offers").get(0).get("offeredByName").asText(), log.toString());
    }

    @Test
    void aVolunteerWhoCannotTakeTheRequestIsRefusedNamingTheField() {
        Person coordinator = people.demo("coordinator", "deventer");
        Person requester = people.demo("bewoner2", "deventer");
        long requestId = escalatedRequest(requester);
        Map<String, Object> pausedProfile = People.profile(6.1600, 52.2560, "GOEDE_BUUR", 1500);
        pausedProfile.put("paused", true);
        Person paused = people.volunteer("GM0150", "met-pauze", pausedProfile);
        Person driverOnly = people.volunteer("GM0150", "alleen-rijden", 6.1600, 52.2570, "AUTOMAATJE_DRIVER", 15000);

        assertUnsuitable(requestId, coordinator, paused.id(), "is paused");
        assertUnsuitable(requestId, coordinator, driverOnly.id(), "has no volunteer profile for GOEDE_BUREN in your gemeente");
        assertUnsuitable(requestId, coordinator, requester.id(), "asked for this help themself");
        Api.Response missing = api.post("/help-requests/" + requestId + "/manual-offers", coordinator.token(), Map.of());
        assertEquals(400, missing.status());
        assertEquals("volunteerId", missing.json().get("errors").get(0).get("field").asText());
    }

    @Test
    void aVolunteerIsOfferedOnceAtATimeAndOnlyWhileTheRequestLooksForHelp() {
        Person coordinator = people.demo("coordinator", "deventer");
        Person requester = people.demo("bewoner1", "deventer");
        Person volunteer = people.volunteer("GM0150", "twee-keer", 6.1610, 52.2550, "GOEDE_BUUR", 1500);
        long requestId = escalatedRequest(requester);
        String path = "/help-requests/" + requestId + "/manual-offers";
        assertEquals(201, api.post(path, coordinator.token(), Map.of("volunteerId", volunteer.id())).status());

        Api.Response again = api.post(path, coordinator.token(), Map.of("volunteerId", volunteer.id()));
        assertEquals(409, again.status());
        assertEquals("/problems/volunteer-already-offered", again.json().get("type").asText());

        long offerId = api.get("/me/offers", volunteer.token()).json().get(0).get("id").asLong();
        api.post("/offers/" + offerId + "/decline", volunteer.token(), Map.of());
        assertEquals(201, api.post(path, coordinator.token(), Map.of("volunteerId", volunteer.id(), "note", "nog eens gevraagd"))
                .status(), "who declined may be asked again");

        api.post("/help-requests/" + requestId + "/cancellation", requester.token(), Map.of("reason", "Buurvrouw helpt al"));
        Person other = people.volunteer("GM0150", "te-laat", 6.1620, 52.2550, "GOEDE_BUUR", 1500);
        assertEquals(409, api.post(path, coordinator.token(), Map.of("volunteerId", other.id())).status());
    }

    @Test
    void onlyCoordinatorsOfTheGemeenteMayOfferByHand() {
        Person requester = people.demo("bewoner1", "deventer");
        Person volunteer = people.volunteer("GM0150", "alleen-hier", 6.1630, 52.2550, "GOEDE_BUUR", 1500);
        long requestId = escalatedRequest(requester);
        String path = "/help-requests/" + requestId + "/manual-offers";

        assertEquals(404, api.post(path, people.demo("coordinator", "enschede").token(), Map.of("volunteerId", volunteer.id()))
                .status());
        assertEquals(403, api.post(path, volunteer.token(), Map.of("volunteerId", volunteer.id())).status());
        assertEquals(403, api.post(path, requester.token(), Map.of("volunteerId", volunteer.id())).status());
    }

    private void assertUnsuitable(long requestId, Person coordinator, long volunteerId, String why) {
        Api.Response refused = api.post("/help-requests/" + requestId + "/manual-offers", coordinator.token(),
                Map.of("volunteerId", volunteerId));
        assertEquals(422, refused.status(), refused.raw());
        assertEquals("/problems/volunteer-unsuitable", refused.json().get("type").asText());
        assertEquals("volunteerId", refused.json().get("errors").get(0).get("field").asText());
        assertEquals(why, refused.json().get("errors").get(0).get("message").asText());
    }

    private long escalatedRequest(Person requester) {
        Api.Response posted = api.post("/help-requests", requester.token(), Map.of("kind", "GOEDE_BUREN", "task", "DOG",
                "location", Map.of("type", "Point", "coordinates", List.of(BATHMEN_LON, BATHMEN_LAT)),
                "description", "Hond uitlaten", "urgency", "URGENT"));
        assertEquals(201, posted.status(), posted.raw());
        long id = posted.json().get("id").asLong();
        for (int i = 0; i < 6 && !status(id, requester).equals("ESCALATED"); i++) {
            waveJob.run();
        }
        assertEquals("ESCALATED", status(id, requester));
        return id;
    }

    private String status(long requestId, Person requester) {
        return api.get("/help-requests/" + requestId, requester.token()).json().get("status").asText();
    }
}
