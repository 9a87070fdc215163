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
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Issue #5: a request whose window passes unmatched becomes EXPIRED; unanswered offers expire. */
@MicronautTest(transactional = false)
class ExpiryApiTest {

    // Colmschate, Deventer.
    private static final double LON = 6.2150;
    private static final double LAT = 52.2450;

    @Inject
    Api api;

    @Inject
    WaveJob waveJob;

    @Inject
    ExpiryJob expiryJob;

    People people;
    TimeTravel time;

    @Inject
    void fixtures(Api api, DataSource dataSource) {
        this.people = new People(api);
        this.time = new TimeTravel(dataSource);
    }

    @Test
    void aRequestWhoseWindowPassedUnmatchedExpiresAndItsOffersWithIt() {
        Person volunteer = people.volunteer("GM0150", "te-druk", LON + 0.002, LAT, "GOEDE_BUUR", 1500);
        Person requester = people.demo("bewoner1", "deventer");
        OffsetDateTime tomorrow = OffsetDateTime.now(ZoneId.of("Europe/Amsterdam")).plusDays(1).withHour(10).withMinute(0);
        long requestId = post(requester, Map.of("windowStart", tomorrow.toString(), "windowEnd", tomorrow.plusHours(1).toString()));
        waveJob.run();
        long offerId = offerOf(requestId, volunteer).get("id").asLong();

        time.update("UPDATE help_request SET window_start = now() - interval '3 hours', window_end = now() - interval '2 hours'"
                + " WHERE id = ?", requestId);
        expiryJob.run();

        assertEquals("EXPIRED", status(requestId, requester));
        assertNull(offerOf(requestId, volunteer), "no longer in the volunteer's list");
        assertEquals(409, api.post("/offers/" + offerId + "/accept", volunteer.token(), Map.of()).status());
        JsonNode log = api.get("/help-requests/" + requestId + "/matching-log", people.demo("coordinator", "deventer").token()).json();
        assertEquals("EXPIRED", log.get("offers").get(0).get("status").asText());
        assertEquals(409, api.post("/help-requests/" + requestId + "/cancellation", requester.token(),
                Map.of("reason", "te laat")).status(), "an expired request has ended");
    }

    @Test
    void aRequestForHelpAsSoonAsPossibleDoesNotExpireByTime() {
        Person requester = people.demo("bewoner2", "deventer");
        long requestId = post(requester, Map.of());
        time.update("UPDATE help_request SET created_at = now() - interval '30 days' WHERE id = ?", requestId);

        expiryJob.run();

        assertEquals("OPEN", status(requestId, requester));
    }

    @Test
    void aManualOfferNobodyAnsweredExpiresButTheRequestStaysInTheQueue() {
        Person coordinator = people.demo("coordinator", "deventer");
        Person requester = people.demo("mantelzorger", "deventer");
        Person volunteer = people.volunteer("GM0150", "stil", 6.1600, 52.2550, "GOEDE_BUUR", 1500);
        long requestId = post(requester, Map.of("location", Map.of("type", "Point", "coordinates", List.of(6.2870, 52.2480)),
                "onBehalf", Map.of("personName", "Vader", "needs", "wandelen")));
        for (int i = 0; i < 6 && !status(requestId, requester).equals("ESCALATED"); i++) {
            waveJob.run();
        }
        long offerId = api.post("/help-requests/" + requestId + "/manual-offers", coordinator.token(),
                Map.of("volunteerId", volunteer.id())).json().get("offerId").asLong();

        time.update("UPDATE offer SET answer_by = now() - interval '1 minute' WHERE id = ?", offerId);
        expiryJob.run();

        assertNull(offerOf(requestId, volunteer), "no longer in the volunteer's list");
        assertEquals("ESCALATED", status(requestId, requester));
        JsonNode log = api.get("/help-requests/" + requestId + "/matching-log", coordinator.token()).json();
        assertEquals("EXPIRED", log.get("offers").get(0).get("status").asText(), log.toString());
    }

    private long post(Person requester, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "GOEDE_BUREN", "task", "WALKING",
                "location", Map.of("type", "Point", "coordinates", List.of(LON, LAT)),
                "description", "Samen wandelen", "urgency", "PLANNED"));
        body.putAll(extra);
        Api.Response posted = api.post("/help-requests", requester.token(), body);
        assertEquals(201, posted.status(), posted.raw());
        return posted.json().get("id").asLong();
    }

    /** Other tests' requests may be offered to the same volunteer: look at this request's offer only. */
    private JsonNode offerOf(long requestId, Person volunteer) {
        for (JsonNode offer : api.get("/me/offers", volunteer.token()).json()) {
            if (offer.get("requestId").asLong() == requestId) {
                return offer;
            }
        }
        return null;
    }

    private String status(long requestId, Person requester) {
        return api.get("/help-requests/" + requestId, requester.token()).json().get("status").asText();
    }
}
