package nl.noaber.request;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.support.Api;
import nl.noaber.support.Demo;
import nl.noaber.support.TimeTravel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HelpRequestApiTest {

    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneId.of("Europe/Amsterdam")).truncatedTo(ChronoUnit.MINUTES);

    @Inject
    Api api;

    @Inject
    DataSource dataSource;

    @Test
    void aResidentAsksForShoppingHelpAndItGoesToTheInitiativeServingTheWijk() {
        String coordinator = api.login(Demo.email("coordinator", "deventer"), Demo.PASSWORD);
        long initiative = api.post("/initiatives", coordinator, Map.of("kind", "GOEDE_BUREN", "name", "Goede Buren Keizerslanden",
                "wijken", List.of("WK015006"))).json().get("id").asLong();

        Api.Response posted = api.post("/help-requests", login("bewoner1"), shopping());

        assertEquals(201, posted.status(), posted.raw());
        JsonNode request = posted.json();
        assertEquals("OPEN", request.get("status").asText());
        assertEquals("RESIDENT", request.get("postedAs").asText());
        assertEquals("WK015006", request.get("wijk").get("code").asText());
        assertEquals(initiative, request.get("initiativeId").asLong());
        assertEquals("/help-requests/" + request.get("id").asLong(), posted.header("Location"));
    }

    @Test
    void aMantelzorgerAsksForAWeeklyRespijtSeries() {
        Map<String, Object> body = base("RESPIJT", "RESPIJT");
        body.put("windowStart", NOW.plusDays(2).withHour(14).toString());
        body.put("windowEnd", NOW.plusDays(2).withHour(17).toString());
        body.put("onBehalf", Map.of("personName", "Moeder Jansen", "needs", "gezelschap, koffie, let op valgevaar"));
        body.put("respijt", Map.of("recurrence", "WEEKLY", "until", NOW.plusMonths(3).toLocalDate().toString()));

        Api.Response posted = api.post("/help-requests", login("mantelzorger"), body);

        assertEquals(201, posted.status(), posted.raw());
        assertEquals("MANTELZORGER", posted.json().get("postedAs").asText());
        assertEquals("WEEKLY", posted.json().get("respijt").get("recurrence").asText());
    }

    @Test
    void vetStaffPostingForAResidentMustRecordConsent() {
        Map<String, Object> body = shopping();
        body.put("onBehalf", new HashMap<>(Map.of("personName", "Mevrouw de Vries", "handoverNote", "Bel twee keer aan, ze hoort slecht")));
        String vet = login("vet");

        Api.Response without = api.post("/help-requests", vet, body);
        assertEquals(422, without.status());
        assertEquals("/problems/consent-missing", without.json().get("type").asText());

        @SuppressWarnings("unchecked")
        Map<String, Object> onBehalf = (Map<String, Object>) body.get("onBehalf");
        onBehalf.put("consent", Map.of("givenBy", "Mevrouw de Vries", "givenAt", NOW.minusHours(1).toString(), "method", "VERBAL"));
        Api.Response with = api.post("/help-requests", vet, body);
        assertEquals(201, with.status(), with.raw());
        assertEquals("VET_STAFF", with.json().get("postedAs").asText());
        assertEquals("Bel twee keer aan, ze hoort slecht", with.json().get("handoverNote").asText());
        // For the statistics: posted on behalf, about Mevrouw de Vries (by name and place), not about the VET colleague.
        TimeTravel log = new TimeTravel(dataSource);
        String sql = "SELECT %s FROM activity_event WHERE type = 'request.posted' AND actor_role = 'VET_STAFF' AND id > ?";
        assertEquals(1L, log.value(sql.formatted("count(*)"), 0));
        assertEquals(0L, log.value(sql.formatted("count(*) FILTER (WHERE subject_key = actor_key)"), 0));
        assertEquals("SHOPPING", log.value(sql.formatted("max(task)"), 0));
    }

    @Test
    void aRideInsideTheLeadTimeIsRefusedWithTheEarliestPossibleTime() {
        Map<String, Object> ride = base("AUTOMAATJE", "RIDES");
        ride.put("ride", new HashMap<>(Map.of("destination", Map.of("type", "Point", "coordinates", List.of(6.1726, 52.2403)),
                "destinationLine", "Deventer Ziekenhuis", "appointmentAt", NOW.plusHours(24).toString(),
                "walker", true, "wheelchair", false, "passengers", 1)));

        Api.Response tooSoon = api.post("/help-requests", login("bewoner2"), ride);
        assertEquals(422, tooSoon.status());
        assertEquals("/problems/ride-too-soon", tooSoon.json().get("type").asText());
        assertTrue(tooSoon.json().get("detail").asText().contains("48 hours"), tooSoon.raw());

        @SuppressWarnings("unchecked")
        Map<String, Object> rideBlock = (Map<String, Object>) ride.get("ride");
        rideBlock.put("appointmentAt", NOW.plusHours(72).toString());
        assertEquals(201, api.post("/help-requests", login("bewoner2"), ride).status());
    }

    @Test
    void theRequesterCancelsOnceAndOthersCannotSeeIt() {
        String resident = login("buur");
        long id = api.post("/help-requests", resident, shopping()).json().get("id").asLong();

        assertEquals(404, api.get("/help-requests/" + id, login("bewoner1")).status());
        assertEquals(404, api.get("/help-requests/" + id, api.login(Demo.email("vet", "enschede"), Demo.PASSWORD)).status());
        assertEquals(200, api.get("/help-requests/" + id, api.login(Demo.email("coordinator", "deventer"), Demo.PASSWORD)).status());

        Api.Response cancelled = api.post("/help-requests/" + id + "/cancellation", resident, Map.of("reason", "Al geregeld met de buren"));
        assertEquals(200, cancelled.status(), cancelled.raw());
        assertEquals("CANCELLED", cancelled.json().get("status").asText());
        Api.Response again = api.post("/help-requests/" + id + "/cancellation", resident, Map.of("reason", "Nog een keer"));
        assertEquals(409, again.status());
        assertEquals("/problems/help-request-status-conflict", again.json().get("type").asText());

        JsonNode mine = api.get("/help-requests?limit=1", resident).json();
        assertEquals(id, mine.get("items").get(0).get("id").asLong());
    }

    @Test
    void brokenRequestsNameTheField() {
        String resident = login("bewoner2");
        Map<String, Object> backwards = shopping();
        backwards.put("windowStart", NOW.plusHours(5).toString());
        backwards.put("windowEnd", NOW.plusHours(3).toString());
        assertField(api.post("/help-requests", resident, backwards), "windowEnd");

        Map<String, Object> forSomeoneElse = shopping();
        forSomeoneElse.put("onBehalf", Map.of("personName", "Buurman"));
        assertField(api.post("/help-requests", resident, forSomeoneElse), "onBehalf");

        assertField(api.post("/help-requests", resident, base("GOEDE_BUREN", "RIDES")), "task");

        Map<String, Object> offTheMap = shopping();
        offTheMap.put("location", Map.of("type", "Point", "coordinates", List.of(6.17, 95.0)));
        assertField(api.post("/help-requests", resident, offTheMap), "location.coordinates[1]");

        assertEquals(403, api.post("/help-requests", login("vrijwilliger1"), shopping()).status(), "volunteers do not post");
    }

    private void assertField(Api.Response response, String field) {
        assertEquals(400, response.status(), response.raw());
        assertEquals(field, response.json().get("errors").get(0).get("field").asText());
    }

    private String login(String who) {
        return api.login(Demo.email(who, "deventer"), Demo.PASSWORD);
    }

    private static Map<String, Object> shopping() {
        return base("GOEDE_BUREN", "SHOPPING");
    }

    private static Map<String, Object> base(String kind, String task) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("task", task);
        body.put("location", Map.of("type", "Point", "coordinates", List.of(6.1680, 52.2680)));
        body.put("addressLine", "Kastanjelaan 12, Deventer");
        body.put("description", "Boodschappen bij de Jumbo, lijstje ligt klaar");
        body.put("urgency", "NORMAL");
        return body;
    }
}
