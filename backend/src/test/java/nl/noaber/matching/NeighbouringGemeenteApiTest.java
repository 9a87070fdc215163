package nl.noaber.matching;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.support.Api;
import nl.noaber.support.People;
import nl.noaber.support.People.Person;
import nl.noaber.support.TimeTravel;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #5: a volunteer of a neighbouring gemeente helps across the border only when both the
 * volunteer and the initiative opted in. Rijssen-Holten (GM1742) borders Deventer at Bathmen;
 * it is added here as reference data, as onboarding a gemeente would.
 */
@MicronautTest(transactional = false)
class NeighbouringGemeenteApiTest {

    private static final String RIJSSEN_HOLTEN = "GM1742";
    // Bathmen (Deventer) and, 2-3 km east of it, Holten (Rijssen-Holten).
    private static final List<Double> BATHMEN = List.of(6.2870, 52.2480);

    @Inject
    Api api;

    @Inject
    WaveJob waveJob;

    People people;
    TimeTravel rows;

    @Inject
    void fixtures(Api api, DataSource dataSource) {
        this.people = new People(api);
        this.rows = new TimeTravel(dataSource);
        rows.execute("INSERT INTO gemeente (code, name) VALUES ('" + RIJSSEN_HOLTEN + "', 'Rijssen-Holten') ON CONFLICT DO NOTHING");
        rows.execute("INSERT INTO gemeente_neighbour VALUES ('GM0150', '" + RIJSSEN_HOLTEN + "'), ('" + RIJSSEN_HOLTEN
                + "', 'GM0150') ON CONFLICT DO NOTHING");
    }

    @Test
    void aVolunteerFromTheNeighbouringGemeenteHelpsOnlyWhenBothOptedIn() {
        Person coordinator = people.demo("coordinator", "deventer");
        long initiativeId = initiative(coordinator, false);
        Person borderHelper = volunteer("grensganger", 6.3200, true);
        Person stayingHome = volunteer("thuisblijver", 6.3150, false);
        Person requester = people.demo("bewoner1", "deventer");

        long requestId = request(requester);
        runWaves(borderHelper);
        assertTrue(offers(borderHelper).isEmpty(), "the initiative did not opt in");

        // The next waves of the same request follow the changed policy.
        setNeighbours(coordinator, initiativeId, true);
        runWaves(borderHelper);

        JsonNode offer = offers(borderHelper).get(0);
        assertEquals(requestId, offer.get("requestId").asLong());
        assertTrue(offers(stayingHome).isEmpty(), "the volunteer did not opt in");
        assertEquals(200, api.post("/offers/" + offer.get("id").asLong() + "/accept", borderHelper.token(), Map.of()).status());
        assertEquals("ACCEPTED", api.get("/help-requests/" + requestId, requester.token()).json().get("status").asText());
        assertEquals(requestId, api.get("/me/tasks", borderHelper.token()).json().get(0).get("id").asLong());
        assertEquals(200, api.get("/help-requests/" + requestId, borderHelper.token()).status(), "the live task, across the border");
        assertEquals("IN_PROGRESS", api.post("/me/tasks/" + requestId + "/start", borderHelper.token(), Map.of()).json()
                .get("status").asText());
        JsonNode log = api.get("/help-requests/" + requestId + "/matching-log", coordinator.token()).json();
        assertEquals("grensganger", log.get("offers").get(0).get("volunteerName").asText());
        assertEquals(404, api.get("/help-requests/" + requestId, stayingHome.token()).status());
    }

    private void runWaves(Person volunteer) {
        for (int i = 0; i < 3 && offers(volunteer).isEmpty(); i++) {
            waveJob.run();
        }
    }

    private long initiative(Person coordinator, boolean acceptsNeighbours) {
        Api.Response created = api.post("/initiatives", coordinator.token(), initiativeForm(acceptsNeighbours));
        assertEquals(201, created.status(), created.raw());
        return created.json().get("id").asLong();
    }

    private void setNeighbours(Person coordinator, long initiativeId, boolean acceptsNeighbours) {
        Api.Response updated = api.put("/initiatives/" + initiativeId, coordinator.token(), initiativeForm(acceptsNeighbours));
        assertEquals(200, updated.status(), updated.raw());
        assertEquals(acceptsNeighbours, updated.json().get("policy").get("acceptsNeighbouringVolunteers").asBoolean());
    }

    private static Map<String, Object> initiativeForm(boolean acceptsNeighbours) {
        return Map.of("kind", "GOEDE_BUREN", "name", "Bathmen helpt", "wijken", List.of("WK015015"),
                "policy", Map.of("radiusMeters", 5000, "offerBatchSize", 5, "waveTimeoutUrgentMinutes", 15,
                        "waveTimeoutNormalMinutes", 60, "waveTimeoutLowMinutes", 240, "verificationRequired", false,
                        "vogRenewalMonths", 36, "acceptsNeighbouringVolunteers", acceptsNeighbours));
    }

    private Person volunteer(String name, double lon, boolean helpsNeighbours) {
        Map<String, Object> profile = People.profile(lon, 52.2520, "GOEDE_BUUR", 5000);
        profile.put("helpsNeighbouringGemeenten", helpsNeighbours);
        return people.volunteer(RIJSSEN_HOLTEN, name, profile);
    }

    private long request(Person requester) {
        Api.Response posted = api.post("/help-requests", requester.token(), Map.of("kind", "GOEDE_BUREN", "task", "SMALL_JOBS",
                "location", Map.of("type", "Point", "coordinates", BATHMEN), "description", "Lamp ophangen", "urgency", "NORMAL"));
        assertEquals(201, posted.status(), posted.raw());
        return posted.json().get("id").asLong();
    }

    private JsonNode offers(Person volunteer) {
        return api.get("/me/offers", volunteer.token()).json();
    }
}
