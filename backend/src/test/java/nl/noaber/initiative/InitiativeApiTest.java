package nl.noaber.initiative;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.support.Api;
import nl.noaber.support.Demo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class InitiativeApiTest {

    @Inject
    Api api;
    String coordinator;

    @BeforeEach
    void setUp() {
        coordinator = api.login(Demo.email("coordinator", "deventer"), Demo.PASSWORD);
    }

    @Test
    void aCoordinatorStartsAnInitiativeWithTheKindsDefaultPolicy() {
        Api.Response created = api.post("/initiatives", coordinator, form("Goede Buren Keizerslanden", "WK015006", "WK015004"));

        assertEquals(201, created.status(), created.raw());
        JsonNode body = created.json();
        assertEquals(1500, body.get("policy").get("radiusMeters").asInt());
        assertEquals(false, body.get("policy").get("verificationRequired").asBoolean());
        assertEquals("Voorstad", body.get("wijken").get(0).get("name").asText(), "wijken by code");
        assertEquals("Keizerslanden", body.get("wijken").get(1).get("name").asText());
        assertEquals(1, body.get("coordinators").size());
        assertEquals(200, api.get("/initiatives/" + body.get("id").asLong(), volunteer("vrijwilliger1")).status());
    }

    @Test
    void aWijkOfAnotherGemeenteOrAKindChangeIsRejectedNamingTheField() {
        Api.Response enschedeWijk = api.post("/initiatives", coordinator, form("Verkeerd", "WK015006", "WK015300"));
        assertEquals(400, enschedeWijk.status());
        assertEquals("wijken[1]", enschedeWijk.json().get("errors").get(0).get("field").asText());

        long id = create("Van kind wisselen");
        Map<String, Object> changed = form("Van kind wisselen", "WK015006");
        changed.put("kind", "RESPIJT");
        Api.Response kind = api.put("/initiatives/" + id, coordinator, changed);
        assertEquals(400, kind.status());
        assertEquals("kind", kind.json().get("errors").get(0).get("field").asText());
    }

    @Test
    void aDeventerCoordinatorCannotTouchAnEnschedeInitiative() {
        String enschede = api.login(Demo.email("coordinator", "enschede"), Demo.PASSWORD);
        long id = create("Alleen Deventer");

        assertEquals(404, api.get("/initiatives/" + id, enschede).status());
        assertEquals(404, api.put("/initiatives/" + id, enschede, form("Overgenomen", "WK015300")).status());
        assertEquals(404, api.post("/initiatives/" + id + "/invitations", enschede,
                Map.of("accountId", 1, "role", "MEMBER")).status());
        assertEquals(404, api.get("/initiatives/" + id + "/members", enschede).status());
    }

    @Test
    void onlyTheInitiativesOwnCoordinatorsOrAnAdminManageIt() {
        long id = create("Eigen coördinatoren");
        String admin = api.login(Demo.email("admin", "deventer"), Demo.PASSWORD);
        api.post("/accounts", admin, Map.of("email", "tweede.coordinator@example.org", "initialPassword", "tijdelijk-2026",
                "displayName", "Tweede coördinator", "roles", List.of("COORDINATOR")));
        String other = api.login("tweede.coordinator@example.org", "tijdelijk-2026");

        Api.Response refused = api.put("/initiatives/" + id, other, form("Niet van jou", "WK015006"));
        assertEquals(403, refused.status());
        assertEquals("/problems/not-initiative-coordinator", refused.json().get("type").asText());
        assertEquals(200, api.put("/initiatives/" + id, admin, form("Door beheer hernoemd", "WK015006")).status());
    }

    @Test
    void aVolunteerAsksToJoinAndTheCoordinatorApproves() {
        long id = create("Aanmelden en goedkeuren");
        String volunteer = volunteer("vrijwilliger1");
        api.put("/me/volunteer-profile", volunteer, Map.of(
                "home", Map.of("type", "Point", "coordinates", List.of(6.168, 52.268)),
                "capacities", List.of(Map.of("capacity", "GOEDE_BUUR", "maxRadiusMeters", 1500)),
                "weeklyAvailability", List.of(), "maxTasksPerWeek", 2));
        long volunteerId = api.get("/me", volunteer).json().get("id").asLong();

        Api.Response asked = api.post("/initiatives/" + id + "/join-requests", volunteer, Map.of());
        assertEquals(201, asked.status(), asked.raw());
        assertEquals("REQUESTED", asked.json().get("status").asText());
        assertEquals(409, api.post("/initiatives/" + id + "/join-requests", volunteer, Map.of()).status());

        Api.Response approved = api.post("/initiatives/" + id + "/members/" + volunteerId + "/approval", coordinator, Map.of());
        assertEquals(200, approved.status(), approved.raw());
        assertEquals("ACTIVE", approved.json().get("status").asText());
        assertEquals(409, api.post("/initiatives/" + id + "/members/" + volunteerId + "/approval", coordinator, Map.of()).status());

        JsonNode health = StreamSupport.stream(api.get("/initiatives/health", coordinator).json().spliterator(), false)
                .filter(h -> h.get("initiativeId").asLong() == id).findFirst().orElseThrow();
        assertEquals(1, health.get("activeVolunteers").asInt());
        assertEquals(1, health.get("activeVolunteersByWijk").get("WK015006").asInt());
        assertTrue(health.get("leansOnFewVolunteers").asBoolean(), "one volunteer is leaning on few");
        assertTrue(health.hasNonNull("lastActivityAt"));
    }

    @Test
    void anInvitedVolunteerAcceptsAndLaterLeaves() {
        long id = create("Uitnodigen");
        String volunteer = volunteer("vrijwilliger2");
        long volunteerId = api.get("/me", volunteer).json().get("id").asLong();

        Api.Response invited = api.post("/initiatives/" + id + "/invitations", coordinator,
                Map.of("accountId", volunteerId, "role", "MEMBER"));
        assertEquals(201, invited.status(), invited.raw());
        assertEquals("INVITED", invited.json().get("status").asText());
        assertEquals(400, api.post("/initiatives/" + id + "/invitations", coordinator,
                Map.of("accountId", volunteerId, "role", "COORDINATOR")).status(), "a volunteer cannot coordinate");

        assertEquals("ACTIVE", api.post("/initiatives/" + id + "/invitations/acceptance", volunteer, Map.of()).json()
                .get("status").asText());
        assertEquals(204, api.send("DELETE", "/initiatives/" + id + "/members/me", volunteer, null, null).status());
        assertEquals(409, api.send("DELETE", "/initiatives/" + id + "/members/me", volunteer, null, null).status());
        JsonNode members = api.get("/initiatives/" + id + "/members", coordinator).json();
        assertEquals("LEFT", StreamSupport.stream(members.spliterator(), false)
                .filter(m -> m.get("accountId").asLong() == volunteerId).findFirst().orElseThrow().get("status").asText());
    }

    @Test
    void aRemovedCoordinatorWhoAsksToJoinAgainComesBackAsAMember() {
        long id = create("Rolwissel");
        String admin = api.login(Demo.email("admin", "deventer"), Demo.PASSWORD);
        api.post("/accounts", admin, Map.of("email", "oud.coordinator@example.org", "initialPassword", "tijdelijk-2026",
                "displayName", "Oud coördinator", "roles", List.of("COORDINATOR", "VOLUNTEER")));
        String former = api.login("oud.coordinator@example.org", "tijdelijk-2026");
        long formerId = api.get("/me", former).json().get("id").asLong();
        api.post("/initiatives/" + id + "/invitations", coordinator, Map.of("accountId", formerId, "role", "COORDINATOR"));
        assertEquals("COORDINATOR", api.post("/initiatives/" + id + "/invitations/acceptance", former, Map.of()).json()
                .get("role").asText());
        assertEquals(204, api.send("DELETE", "/initiatives/" + id + "/members/" + formerId, coordinator, null, null).status());

        api.post("/initiatives/" + id + "/join-requests", former, Map.of());
        Api.Response approved = api.post("/initiatives/" + id + "/members/" + formerId + "/approval", coordinator, Map.of());
        assertEquals("MEMBER", approved.json().get("role").asText());
        assertEquals(403, api.put("/initiatives/" + id, former, form("Terug aan de macht", "WK015006")).status());
    }

    @Test
    void anUnverifiedRespijtVolunteerNeverCountsAsAvailable() {
        Map<String, Object> respijt = form("Respijt De Hoven", "WK015002");
        respijt.put("kind", "RESPIJT");
        Api.Response created = api.post("/initiatives", coordinator, respijt);
        assertTrue(created.json().get("policy").get("verificationRequired").asBoolean());
        long id = created.json().get("id").asLong();
        String volunteer = volunteer("buur");
        api.put("/me/volunteer-profile", volunteer, Map.of(
                "home", Map.of("type", "Point", "coordinates", List.of(6.15, 52.24)),
                "capacities", List.of(Map.of("capacity", "RESPIJT", "maxRadiusMeters", 5000)),
                "weeklyAvailability", List.of(), "maxTasksPerWeek", 1));
        long volunteerId = api.get("/me", volunteer).json().get("id").asLong();
        api.post("/initiatives/" + id + "/invitations", coordinator, Map.of("accountId", volunteerId, "role", "MEMBER"));
        api.post("/initiatives/" + id + "/invitations/acceptance", volunteer, Map.of());

        assertEquals(0, healthOf(id).get("activeVolunteers").asInt(), "a member, but not verified");

        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString();
        api.post("/volunteers/" + volunteerId + "/vog-checks", coordinator, Map.of("issuedOn", today, "screeningProfile", "45"));
        assertEquals(0, healthOf(id).get("activeVolunteers").asInt(), "a VOG alone is not enough: the intake is missing");
        api.post("/volunteers/" + volunteerId + "/intakes", coordinator, Map.of("heldOn", today));
        assertEquals(1, healthOf(id).get("activeVolunteers").asInt());
    }

    private JsonNode healthOf(long id) {
        return StreamSupport.stream(api.get("/initiatives/health", coordinator).json().spliterator(), false)
                .filter(h -> h.get("initiativeId").asLong() == id).findFirst().orElseThrow();
    }

    private long create(String name) {
        Api.Response created = api.post("/initiatives", coordinator, form(name, "WK015006"));
        assertEquals(201, created.status(), created.raw());
        return created.json().get("id").asLong();
    }

    private String volunteer(String who) {
        return api.login(Demo.email(who, "deventer"), Demo.PASSWORD);
    }

    private static Map<String, Object> form(String name, String... wijken) {
        Map<String, Object> form = new HashMap<>();
        form.put("kind", "GOEDE_BUREN");
        form.put("name", name);
        form.put("contactEmail", "goedeburen@example.org");
        form.put("wijken", List.of(wijken));
        return form;
    }
}
