package nl.noaber.identity;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.support.Api;
import nl.noaber.support.Demo;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class LoginThrottleApiTest {

    @Inject
    Api api;

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() {
        String email = Demo.email("vrijwilliger1", "enschede");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, api.post("/auth/login", null, Map.of("email", email, "password", "raden-" + i)).status());
        }

        Api.Response locked = api.post("/auth/login", null, Map.of("email", email, "password", Demo.PASSWORD));

        assertEquals(429, locked.status());
        assertEquals("/problems/login-throttled", locked.json().get("type").asText());
        long retryAfter = Long.parseLong(locked.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 15 * 60, "Retry-After within the window: " + retryAfter);
        // Another account from the same address is not locked by this one.
        assertEquals(200, api.post("/auth/login", null,
                Map.of("email", Demo.email("vrijwilliger2", "enschede"), "password", Demo.PASSWORD)).status());
    }

    @Test
    void aSuccessfulLoginResetsTheAccountCount() {
        String email = Demo.email("mantelzorger", "enschede");
        for (int i = 0; i < 4; i++) {
            api.post("/auth/login", null, Map.of("email", email, "password", "bijna-" + i));
        }
        assertEquals(200, api.post("/auth/login", null, Map.of("email", email, "password", Demo.PASSWORD)).status());
        for (int i = 0; i < 4; i++) {
            api.post("/auth/login", null, Map.of("email", email, "password", "weer-" + i));
        }
        assertEquals(200, api.post("/auth/login", null, Map.of("email", email, "password", Demo.PASSWORD)).status());
    }
}
