package nl.noaber.identity;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.support.Api;
import nl.noaber.support.Demo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

@MicronautTest(transactional = false)
class RoleAccessApiTest {

    @Inject
    Api api;

    @ParameterizedTest(name = "{0} GET /accounts -> {1}")
    @CsvSource({
        "bewoner1, 403",
        "mantelzorger, 403",
        "vrijwilliger1, 403",
        "vet, 403",
        "coordinator, 200",
        "admin, 200"})
    void onlyAdminsAndCoordinatorsListAccounts(String who, int expected) {
        String token = api.login(Demo.email(who, "deventer"), Demo.PASSWORD);
        Api.Response response = api.get("/accounts", token);
        assertEquals(expected, response.status());
        if (expected == 403) {
            assertEquals("/problems/forbidden", response.json().get("type").asText());
        }
    }

    @Test
    void anonymousCallersGet401WithABearerChallenge() {
        Api.Response response = api.get("/accounts", null);
        assertEquals(401, response.status());
        assertEquals("application/problem+json", response.contentType());
        assertEquals(401, api.get("/me", null).status());
    }

    @Test
    void aCoordinatorCreatesVetStaffButNoAdmin() {
        String coordinator = api.login(Demo.email("coordinator", "deventer"), Demo.PASSWORD);

        Api.Response vet = api.post("/accounts", coordinator, Map.of("email", "vet2.deventer@example.org",
                "initialPassword", "tijdelijk-wachtwoord", "displayName", "VET twee", "roles", List.of("VET_STAFF")));
        Api.Response admin = api.post("/accounts", coordinator, Map.of("email", "admin2.deventer@example.org",
                "initialPassword", "tijdelijk-wachtwoord", "displayName", "Admin twee", "roles", List.of("ADMIN")));

        assertEquals(201, vet.status());
        assertEquals(403, admin.status());
        assertEquals("/problems/role-not-allowed", admin.json().get("type").asText());
    }

    @Test
    void aCoordinatorCannotDemoteAnAdminButAnAdminCanPromoteACoordinator() {
        String coordinator = api.login(Demo.email("coordinator", "deventer"), Demo.PASSWORD);
        String admin = api.login(Demo.email("admin", "deventer"), Demo.PASSWORD);
        long adminId = api.get("/me", admin).json().get("id").asLong();
        long vetId = api.post("/accounts", admin, Map.of("email", "promotie@example.org",
                "initialPassword", "tijdelijk-wachtwoord", "displayName", "Promotie", "roles", List.of("VET_STAFF")))
                .json().get("id").asLong();

        assertEquals(403, api.put("/accounts/" + adminId + "/roles", coordinator, Map.of("roles", List.of("RESIDENT"))).status());
        Api.Response promoted = api.put("/accounts/" + vetId + "/roles", admin, Map.of("roles", List.of("VET_STAFF", "COORDINATOR")));
        assertEquals(200, promoted.status());
        assertEquals(List.of("VET_STAFF", "COORDINATOR"), Api.JSON.convertValue(promoted.json().get("roles"), List.class));
    }

    @Test
    void aRoleChangeReachesTheNextAccessTokenAndEndsOldSessions() {
        String admin = api.login(Demo.email("admin", "deventer"), Demo.PASSWORD);
        Api.Response created = api.post("/accounts", admin, Map.of("email", "wordt.coordinator@example.org",
                "initialPassword", "tijdelijk-wachtwoord", "displayName", "Wordt coördinator", "roles", List.of("VET_STAFF")));
        Api.Response login = api.post("/auth/login", null, Map.of("email", "wordt.coordinator@example.org",
                "password", "tijdelijk-wachtwoord"));
        assertEquals(403, api.get("/accounts", login.json().get("accessToken").asText()).status());

        api.put("/accounts/" + created.json().get("id").asLong() + "/roles", admin, Map.of("roles", List.of("COORDINATOR")));

        assertEquals(401, api.post("/auth/refresh", null,
                Map.of("refreshToken", login.json().get("refreshToken").asText())).status());
        String fresh = api.login("wordt.coordinator@example.org", "tijdelijk-wachtwoord");
        assertEquals(200, api.get("/accounts", fresh).status());
    }
}
