package nl.noaber.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.support.Api;
import nl.noaber.support.Demo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input of every kind gets a 4xx problem+json naming the field, and changes nothing. */
@MicronautTest(transactional = false)
class ProblemJsonApiTest {

    @Inject
    Api api;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "malformed JSON      | {\"gemeente\": \"GM0150\", \"email\":                                                    | 400 | ",
        "not an object       | [1, 2, 3]                                                                              | 400 | ",
        "empty object        | {}                                                                                     | 400 | displayName,email,gemeente,password,roles",
        "wrong enum value    | {\"gemeente\":\"GM0150\",\"email\":\"a@b.nl\",\"password\":\"12345678\",\"displayName\":\"A\",\"roles\":[\"KING\"]} | 400 | roles[0]",
        "wrong type          | {\"gemeente\":\"GM0150\",\"email\":\"a@b.nl\",\"password\":\"12345678\",\"displayName\":\"A\",\"roles\":\"RESIDENT\"} | 400 | roles",
        "bad email and code  | {\"gemeente\":\"Deventer\",\"email\":\"geen-adres\",\"password\":\"12345678\",\"displayName\":\"A\",\"roles\":[\"RESIDENT\"]} | 400 | email,gemeente",
        "short password      | {\"gemeente\":\"GM0150\",\"email\":\"a@b.nl\",\"password\":\"kort\",\"displayName\":\"A\",\"roles\":[\"RESIDENT\"]} | 400 | password",
        "unknown gemeente    | {\"gemeente\":\"GM9999\",\"email\":\"a@b.nl\",\"password\":\"12345678\",\"displayName\":\"A\",\"roles\":[\"RESIDENT\"]} | 400 | gemeente",
        "blank name          | {\"gemeente\":\"GM0150\",\"email\":\"a@b.nl\",\"password\":\"12345678\",\"displayName\":\"  \",\"roles\":[\"RESIDENT\"]} | 400 | displayName",
        "no roles            | {\"gemeente\":\"GM0150\",\"email\":\"a@b.nl\",\"password\":\"12345678\",\"displayName\":\"A\",\"roles\":[]} | 400 | roles"})
    void badRegistrationsAreRejectedWithTheFieldsNamed(String name, String body, int status, String fields) {
        int before = accountCount();

        Api.Response response = api.send("POST", "/auth/register", null, body, "application/json");

        assertProblem(response, status);
        if (fields != null) {
            List<String> named = new ArrayList<>();
            response.json().get("errors").forEach(e -> named.add(e.get("field").asText()));
            for (String field : fields.split(",")) {
                assertTrue(named.contains(field), name + ": expected " + field + " in " + named);
            }
        }
        assertEquals(before, accountCount(), "a rejected request stores nothing");
    }

    @Test
    void aBodyOver64KibIsRefusedWith413() {
        String huge = "{\"email\":\"a@b.nl\",\"password\":\"" + "x".repeat(70 * 1024) + "\"}";
        assertProblem(api.send("POST", "/auth/login", null, huge, "application/json"), 413);
    }

    @Test
    void aNulCharacterThatTheDatabaseCannotStoreIsA400NotA500() {
        Api.Response response = api.send("POST", "/auth/login", null,
                "{\"email\":\"nul\\u0000@example.org\",\"password\":\"wachtwoord\"}", "application/json");
        assertProblem(response, 400);
    }

    @Test
    void aWrongContentTypeIs415() {
        assertProblem(api.send("POST", "/auth/login", null, "email=a&password=b", "application/x-www-form-urlencoded"), 415);
    }

    @Test
    void aQueryParameterOfTheWrongTypeIsNamed() {
        String admin = api.login(Demo.email("admin", "deventer"), Demo.PASSWORD);
        Api.Response notANumber = api.get("/accounts?limit=veel", admin);
        Api.Response tooMany = api.get("/accounts?limit=5000", admin);
        Api.Response badCursor = api.get("/accounts?cursor=abc", admin);

        assertProblem(notANumber, 400);
        assertEquals("limit", notANumber.json().get("errors").get(0).get("field").asText());
        assertProblem(tooMany, 400);
        assertEquals("limit", tooMany.json().get("errors").get(0).get("field").asText());
        assertProblem(badCursor, 400);
        assertEquals("cursor", badCursor.json().get("errors").get(0).get("field").asText());
    }

    @Test
    void unknownPathsAndMethodsAreProblemsToo() {
        assertProblem(api.get("/bestaat-niet", null), 404);
        assertProblem(api.send("DELETE", "/gemeenten", null, null, null), 405);
        String admin = api.login(Demo.email("admin", "deventer"), Demo.PASSWORD);
        assertProblem(api.get("/accounts/999999", admin), 404);
        assertProblem(api.get("/accounts/niet-een-getal", admin), 400);
    }

    @Test
    void everyResponseCarriesARequestIdAndASafeOneIsEchoed() {
        Api.Response response = api.get("/gemeenten", null);
        assertNotNull(response.header("X-Request-Id"));
    }

    private void assertProblem(Api.Response response, int status) {
        assertEquals(status, response.status(), response.raw());
        assertEquals("application/problem+json", response.contentType());
        JsonNode problem = response.json();
        assertEquals(status, problem.get("status").asInt());
        assertTrue(problem.get("type").asText().startsWith("/problems/"));
        assertFalse(response.raw().contains("Exception"), "no internals leak: " + response.raw());
        assertFalse(response.raw().contains("nl.noaber"), "no internals leak: " + response.raw());
    }

    private int accountCount() {
        String admin = api.login(Demo.email("admin", "deventer"), Demo.PASSWORD);
        return api.get("/accounts?limit=200", admin).json().get("items").size();
    }
}
