package nl.noaber.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.support.Api;
import nl.noaber.support.Demo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue #9: bad input of the sneakier kinds gets a 400 problem naming the field, never a 500. */
@MicronautTest(transactional = false)
class InputHardeningApiTest {

    @Inject
    Api api;

    @Test
    void jsonNestedDeeperThanTheLimitIsA400() {
        int depth = JsonReadLimits.MAX_NESTING_DEPTH + 1;
        // in a property the service does not know, so the parser has to read through all of it
        String body = "{\"email\":\"a@b.nl\",\"extra\":" + "[".repeat(depth) + "]".repeat(depth) + ",\"password\":\"x\"}";

        Api.Response response = api.send("POST", "/auth/login", null, body, "application/json");

        assertProblem(response, 400);
        assertTrue(response.json().get("detail").asText().contains("nest"), response.raw());
    }

    @Test
    void aNumberLongerThanTheLimitIsA400() {
        String body = "{\"minutesSpent\":" + "9".repeat(JsonReadLimits.MAX_NUMBER_LENGTH + 1) + "}";
        String volunteer = api.login(Demo.email("vrijwilliger1", "deventer"), Demo.PASSWORD);

        assertProblem(api.send("POST", "/me/tasks/1/completion", volunteer, body, "application/json"), 400);
    }

    @Test
    void aNameIsStoredInUnicodeNfc() {
        String decomposed = "Jose\u0301 Mu\u0308ller";

        Api.Response created = register("nfc@example.org", decomposed);

        assertEquals(201, created.status(), created.raw());
        assertEquals("Jos\u00e9 M\u00fcller", created.json().get("displayName").asText());
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"0000", "0007", "0009", "000A", "001B", "007F", "0085", "009B", "202A", "202E", "2066", "2069"})
    void aNameWithAControlOrBidiCharacterIsRefusedNamingTheField(String hex) {
        String name = "Truus" + (char) Integer.parseInt(hex, 16) + "Bakker";

        Api.Response response = register("ctl" + hex + "@example.org", name);

        assertProblem(response, 400);
        assertEquals(List.of("displayName"), fields(response), response.raw());
    }

    private Api.Response register(String email, String displayName) {
        return api.post("/auth/register", null, Map.of("gemeente", Demo.DEVENTER, "email", email,
                "password", "lange-wandeling", "displayName", displayName, "roles", List.of("RESIDENT")));
    }

    static List<String> fields(Api.Response response) {
        List<String> named = new ArrayList<>();
        response.json().path("errors").forEach(e -> named.add(e.get("field").asText()));
        return named;
    }

    static void assertProblem(Api.Response response, int status) {
        assertEquals(status, response.status(), response.raw());
        assertEquals("application/problem+json", response.contentType());
        JsonNode problem = response.json();
        assertEquals(status, problem.get("status").asInt());
        assertFalse(response.raw().contains("Exception"), "no internals leak: " + response.raw());
    }
}
