package nl.noaber.volunteer;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.support.Api;
import nl.noaber.support.Demo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class VerificationApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Inject
    Api api;
    String coordinator;

    @BeforeEach
    void setUp() {
        coordinator = api.login(Demo.email("coordinator", "enschede"), Demo.PASSWORD);
    }

    @Test
    void anUnverifiedRespijtVolunteerIsNotActiveUntilVogAndIntakeAreRecorded() {
        long id = volunteerWithRespijt("vrijwilliger1");
        assertEquals(List.of("VOG check", "intake conversation"), missing(id));

        assertEquals(201, api.post("/volunteers/" + id + "/intakes", coordinator, Map.of("heldOn", TODAY.toString())).status());
        Api.Response vog = api.post("/volunteers/" + id + "/vog-checks", coordinator,
                Map.of("issuedOn", TODAY.minusMonths(2).toString(), "screeningProfile", "45 Gezondheidszorg en welzijn"));
        assertEquals(201, vog.status());
        assertEquals(TODAY.minusMonths(2).plusYears(3).toString(), vog.json().get("validUntil").asText());

        assertEquals(List.of(), missing(id));
        assertEquals("ACTIVE", respijt(api.get("/volunteers/" + id + "/verification", coordinator).json()).get("status").asText());
    }

    @Test
    void aVogStopsCountingExactlyOnTheDayItRunsOut() {
        long id = volunteerWithRespijt("vrijwilliger2");
        api.post("/volunteers/" + id + "/intakes", coordinator, Map.of("heldOn", TODAY.toString()));

        api.post("/volunteers/" + id + "/vog-checks", coordinator,
                Map.of("issuedOn", TODAY.minusYears(3).toString(), "screeningProfile", "45 Gezondheidszorg en welzijn"));
        assertEquals(List.of("VOG renewal (expired on " + TODAY + ")"), missing(id));

        api.post("/volunteers/" + id + "/vog-checks", coordinator,
                Map.of("issuedOn", TODAY.minusYears(3).plusDays(1).toString(), "screeningProfile", "45 Gezondheidszorg en welzijn"));
        assertEquals(List.of(), missing(id), "valid through today, runs out tomorrow");

        JsonNode expiries = api.get("/volunteers/vog-expiries?withinDays=5", coordinator).json();
        JsonNode entry = StreamSupport.stream(expiries.spliterator(), false)
                .filter(e -> e.get("accountId").asLong() == id).findFirst().orElseThrow();
        assertEquals(TODAY.plusDays(1).toString(), entry.get("validUntil").asText());
        assertEquals(false, entry.get("expired").asBoolean());
        assertEquals("Vrijwilliger Twee", entry.get("displayName").asText());
    }

    @Test
    void aFutureIssueDateIsRejectedAndOtherGemeentenAndRolesAreKeptOut() {
        long id = volunteerWithRespijt("buur");

        Api.Response future = api.post("/volunteers/" + id + "/vog-checks", coordinator,
                Map.of("issuedOn", TODAY.plusDays(3).toString(), "screeningProfile", "45"));
        assertEquals(400, future.status());
        assertEquals("issuedOn", future.json().get("errors").get(0).get("field").asText());

        String deventer = api.login(Demo.email("coordinator", "deventer"), Demo.PASSWORD);
        assertEquals(404, api.post("/volunteers/" + id + "/intakes", deventer, Map.of("heldOn", TODAY.toString())).status());
        assertEquals(404, api.get("/volunteers/" + id + "/verification", deventer).status());
        String resident = api.login(Demo.email("bewoner1", "enschede"), Demo.PASSWORD);
        assertEquals(403, api.post("/volunteers/" + id + "/intakes", resident, Map.of("heldOn", TODAY.toString())).status());
    }

    private long volunteerWithRespijt(String who) {
        String token = api.login(Demo.email(who, "enschede"), Demo.PASSWORD);
        Map<String, Object> profile = VolunteerProfileApiTest.profile();
        profile.put("home", Map.of("type", "Point", "coordinates", List.of(6.8937, 52.2215)));
        Api.Response put = api.put("/me/volunteer-profile", token, profile);
        assertEquals(200, put.status(), put.raw());
        assertEquals("WK015300", put.json().get("homeWijk").get("code").asText());
        return api.get("/me", token).json().get("id").asLong();
    }

    private List<String> missing(long id) {
        JsonNode verification = api.get("/volunteers/" + id + "/verification", coordinator).json();
        assertEquals("ACTIVE", verification.get("capacities").get(0).get("status").asText(), "GOEDE_BUUR needs no VOG");
        List<String> missing = Api.JSON.convertValue(respijt(verification).get("missing"), List.class);
        assertTrue(missing.isEmpty() == "ACTIVE".equals(respijt(verification).get("status").asText()));
        return missing;
    }

    private static JsonNode respijt(JsonNode verification) {
        return StreamSupport.stream(verification.get("capacities").spliterator(), false)
                .filter(c -> c.get("capacity").asText().equals("RESPIJT")).findFirst().orElseThrow();
    }
}
