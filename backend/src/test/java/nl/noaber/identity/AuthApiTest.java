package nl.noaber.identity;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.support.Api;
import nl.noaber.support.Demo;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@MicronautTest(transactional = false)
class AuthApiTest {

    @Inject
    Api api;

    @Test
    void demoCoordinatorLogsInAndGetsASignedTokenWithGemeenteAndRoles() {
        Api.Response login = api.post("/auth/login", null,
                Map.of("email", Demo.email("coordinator", "deventer"), "password", Demo.PASSWORD));

        assertEquals(200, login.status());
        String token = login.json().get("accessToken").asText();
        JsonNode header = decodePart(token, 0);
        JsonNode claims = decodePart(token, 1);
        assertEquals("HS256", header.get("alg").asText(), "access tokens must be signed");
        assertEquals("GM0150", claims.get("gemeente").asText());
        assertEquals("COORDINATOR", claims.get("roles").get(0).asText());
        assertEquals(900, login.json().get("expiresIn").asInt());

        Api.Response me = api.get("/me", token);
        assertEquals(200, me.status());
        assertEquals(Demo.email("coordinator", "deventer"), me.json().get("email").asText());
    }

    @Test
    void emailIsMatchedCaseInsensitively() {
        assertEquals(200, api.post("/auth/login", null,
                Map.of("email", "  Coordinator.Deventer@DEMO.noaber.nl", "password", Demo.PASSWORD)).status());
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameProblem() {
        Api.Response wrongPassword = api.post("/auth/login", null,
                Map.of("email", Demo.email("vet", "enschede"), "password", "not-the-password"));
        Api.Response unknownEmail = api.post("/auth/login", null,
                Map.of("email", "nobody@example.org", "password", "whatever-it-is"));

        for (Api.Response r : List.of(wrongPassword, unknownEmail)) {
            assertEquals(401, r.status());
            assertEquals("application/problem+json", r.contentType());
            assertEquals("/problems/invalid-credentials", r.json().get("type").asText());
        }
        assertEquals(wrongPassword.json().get("detail"), unknownEmail.json().get("detail"));
    }

    @Test
    void unsignedOrTamperedTokensAreRejected() {
        String token = api.login(Demo.email("admin", "deventer"), Demo.PASSWORD);
        String[] parts = token.split("\\.");
        String unsignedHeader = b64("{\"alg\":\"none\"}");
        String elevated = b64(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("GM0150", "GM0153"));

        assertEquals(401, api.get("/me", unsignedHeader + "." + parts[1] + ".").status());
        assertEquals(401, api.get("/me", parts[0] + "." + elevated + "." + parts[2]).status());
        assertEquals(200, api.get("/me", token).status());
    }

    @Test
    void refreshRotatesTheTokenAndAReplayEndsTheWholeSession() {
        Api.Response login = api.post("/auth/login", null,
                Map.of("email", Demo.email("bewoner1", "deventer"), "password", Demo.PASSWORD));
        String first = login.json().get("refreshToken").asText();

        Api.Response rotated = api.post("/auth/refresh", null, Map.of("refreshToken", first));
        assertEquals(200, rotated.status());
        String second = rotated.json().get("refreshToken").asText();
        assertNotEquals(first, second);
        assertEquals(200, api.get("/me", rotated.json().get("accessToken").asText()).status());

        Api.Response replay = api.post("/auth/refresh", null, Map.of("refreshToken", first));
        assertEquals(401, replay.status());
        assertEquals("/problems/refresh-token-rejected", replay.json().get("type").asText());
        // The replay revoked the family, so the legitimate successor is dead too.
        assertEquals(401, api.post("/auth/refresh", null, Map.of("refreshToken", second)).status());
    }

    @Test
    void logoutRevokesTheRefreshTokenAndIsIdempotent() {
        Api.Response login = api.post("/auth/login", null,
                Map.of("email", Demo.email("bewoner2", "deventer"), "password", Demo.PASSWORD));
        String refresh = login.json().get("refreshToken").asText();

        assertEquals(204, api.post("/auth/logout", null, Map.of("refreshToken", refresh)).status());
        assertEquals(204, api.post("/auth/logout", null, Map.of("refreshToken", refresh)).status());
        assertEquals(401, api.post("/auth/refresh", null, Map.of("refreshToken", refresh)).status());
    }

    @Test
    void residentRegistersThemselfAndLogsIn() {
        Api.Response registered = api.post("/auth/register", null, Map.of(
                "gemeente", "GM0153", "email", "truus@example.org", "password", "lange-wandeling",
                "displayName", "Truus", "roles", List.of("RESIDENT", "VOLUNTEER")));

        assertEquals(201, registered.status());
        assertEquals("/accounts/" + registered.json().get("id").asLong(), registered.header("Location"));
        assertEquals(List.of("RESIDENT", "VOLUNTEER"),
                Api.JSON.convertValue(registered.json().get("roles"), List.class));
        assertEquals(200, api.post("/auth/login", null,
                Map.of("email", "truus@example.org", "password", "lange-wandeling")).status());
    }

    @Test
    void registeringTheSameEmailTwiceIsAConflictNamingTheField() {
        Map<String, Object> body = Map.of("gemeente", "GM0150", "email", "dubbel@example.org",
                "password", "een-goed-wachtwoord", "displayName", "Dubbel", "roles", List.of("RESIDENT"));
        assertEquals(201, api.post("/auth/register", null, body).status());

        Api.Response again = api.post("/auth/register", null, Map.of("gemeente", "GM0153", "email", "DUBBEL@example.org",
                "password", "een-goed-wachtwoord", "displayName", "Dubbel", "roles", List.of("RESIDENT")));
        assertEquals(409, again.status());
        assertEquals("email", again.json().get("errors").get(0).get("field").asText());
    }

    @Test
    void nobodyRegistersThemselfAsStaff() {
        Api.Response response = api.post("/auth/register", null, Map.of("gemeente", "GM0150",
                "email", "ambitieus@example.org", "password", "een-goed-wachtwoord", "displayName", "Ambitieus",
                "roles", List.of("RESIDENT", "COORDINATOR")));
        assertEquals(403, response.status());
        assertEquals("/problems/role-not-allowed", response.json().get("type").asText());
    }

    @Test
    void changingThePasswordEndsOtherSessions() {
        api.post("/auth/register", null, Map.of("gemeente", "GM0150", "email", "wissel@example.org",
                "password", "oud-wachtwoord", "displayName", "Wissel", "roles", List.of("VOLUNTEER")));
        Api.Response login = api.post("/auth/login", null, Map.of("email", "wissel@example.org", "password", "oud-wachtwoord"));
        String token = login.json().get("accessToken").asText();

        Api.Response wrong = api.put("/me/password", token, Map.of("currentPassword", "fout", "newPassword", "nieuw-wachtwoord"));
        assertEquals(400, wrong.status());
        assertEquals("currentPassword", wrong.json().get("errors").get(0).get("field").asText());

        assertEquals(204, api.put("/me/password", token,
                Map.of("currentPassword", "oud-wachtwoord", "newPassword", "nieuw-wachtwoord")).status());
        assertEquals(401, api.post("/auth/refresh", null,
                Map.of("refreshToken", login.json().get("refreshToken").asText())).status());
        assertEquals(401, api.post("/auth/login", null, Map.of("email", "wissel@example.org", "password", "oud-wachtwoord")).status());
        assertEquals(200, api.post("/auth/login", null, Map.of("email", "wissel@example.org", "password", "nieuw-wachtwoord")).status());
    }

    @Test
    void guessingTheCurrentPasswordWithAStolenTokenIsThrottled() {
        api.post("/auth/register", null, Map.of("gemeente", "GM0150", "email", "gestolen@example.org",
                "password", "echt-wachtwoord", "displayName", "Gestolen", "roles", List.of("RESIDENT")));
        String token = api.login("gestolen@example.org", "echt-wachtwoord");
        for (int i = 0; i < 5; i++) {
            assertEquals(400, api.put("/me/password", token,
                    Map.of("currentPassword", "gok-" + i, "newPassword", "overgenomen-wachtwoord")).status());
        }
        Api.Response locked = api.put("/me/password", token,
                Map.of("currentPassword", "echt-wachtwoord", "newPassword", "overgenomen-wachtwoord"));
        assertEquals(429, locked.status());
    }

    @Test
    void gemeentenAreListedForTheRegistrationForm() {
        Api.Response response = api.get("/gemeenten", null);
        assertEquals(200, response.status());
        assertEquals("Deventer", response.json().get(0).get("name").asText());
        assertEquals("GM0153", response.json().get(1).get("code").asText());
    }

    private static JsonNode decodePart(String jwt, int index) {
        try {
            return Api.JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
