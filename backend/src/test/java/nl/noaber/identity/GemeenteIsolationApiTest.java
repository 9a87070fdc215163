package nl.noaber.identity;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.support.Api;
import nl.noaber.support.Demo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A coordinator of Enschede can neither see nor change anything of Deventer: 404, not 403. */
@MicronautTest(transactional = false)
class GemeenteIsolationApiTest {

    @Inject
    Api api;
    String enschedeCoordinator;
    String deventerAdmin;

    @BeforeEach
    void setUp() {
        enschedeCoordinator = api.login(Demo.email("coordinator", "enschede"), Demo.PASSWORD);
        deventerAdmin = api.login(Demo.email("admin", "deventer"), Demo.PASSWORD);
    }

    @Test
    void anotherGemeentesAccountIsNotFound() {
        long deventerResident = idOf(Demo.email("bewoner1", "deventer"), deventerAdmin);

        Api.Response read = api.get("/accounts/" + deventerResident, enschedeCoordinator);
        Api.Response change = api.put("/accounts/" + deventerResident + "/roles", enschedeCoordinator,
                Map.of("roles", List.of("VOLUNTEER")));

        assertEquals(404, read.status());
        assertEquals(404, change.status());
        assertEquals("/problems/account-not-found", change.json().get("type").asText());
        // And the same id in the right gemeente is found, unchanged.
        Api.Response own = api.get("/accounts/" + deventerResident, deventerAdmin);
        assertEquals(List.of("RESIDENT"), Api.JSON.convertValue(own.json().get("roles"), List.class));
    }

    @Test
    void theAccountListShowsOnlyTheOwnGemeenteAcrossAllPages() {
        String cursor = null;
        int seen = 0;
        do {
            Api.Response page = api.get("/accounts?limit=4" + (cursor == null ? "" : "&cursor=" + cursor), enschedeCoordinator);
            assertEquals(200, page.status());
            for (JsonNode account : page.json().get("items")) {
                assertEquals(Demo.ENSCHEDE, account.get("gemeente").asText());
                seen++;
            }
            cursor = page.json().hasNonNull("nextCursor") ? page.json().get("nextCursor").asText() : null;
        } while (cursor != null);
        assertTrue(seen >= 9, "all nine Enschede demo accounts, saw " + seen);
    }

    @Test
    void staffAccountsAreCreatedInTheCreatorsGemeente() {
        Api.Response created = api.post("/accounts", enschedeCoordinator, Map.of("email", "nieuwe.vet@example.org",
                "initialPassword", "tijdelijk-wachtwoord", "displayName", "Nieuwe VET", "roles", List.of("VET_STAFF")));

        assertEquals(201, created.status());
        assertEquals(Demo.ENSCHEDE, created.json().get("gemeente").asText());
        assertEquals(404, api.get("/accounts/" + created.json().get("id").asLong(), deventerAdmin).status());
    }

    private long idOf(String email, String token) {
        Api.Response page = api.get("/accounts?limit=200", token);
        return StreamSupport.stream(page.json().get("items").spliterator(), false)
                .filter(a -> a.get("email").asText().equals(email))
                .findFirst().orElseThrow().get("id").asLong();
    }
}
