package nl.noaber.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.support.Api;
import nl.noaber.support.Demo;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Abuse limits: 429 with Retry-After per account and per address, counted in PostgreSQL (issue #9). */
@MicronautTest(transactional = false)
// A day's window: an hour's could turn over in the middle of a test.
@Property(name = "noaber.rate-limits.window", value = "24h")
@Property(name = "noaber.rate-limits.posting-per-account", value = "3")
@Property(name = "noaber.rate-limits.posting-per-address", value = "5")
@Property(name = "noaber.rate-limits.offers-per-account", value = "2")
@Property(name = "noaber.rate-limits.registrations-per-address", value = "2")
@Property(name = "noaber.rate-limits.logins-per-address", value = "1000")
class RateLimitApiTest {

    @Inject
    Api api;

    @Test
    void postingIsLimitedPerAccountThenPerAddress() {
        String first = login("bewoner1");
        for (int i = 0; i < 3; i++) {
            assertEquals(201, api.post("/help-requests", first, request()).status());
        }
        Api.Response fourth = api.post("/help-requests", first, request());
        assertEquals(429, fourth.status(), fourth.raw());
        assertEquals("/problems/rate-limited", fourth.json().get("type").asText());
        int wait = Integer.parseInt(fourth.header("Retry-After"));
        assertTrue(wait >= 1 && wait <= 86_400, "until the window ends: " + wait);
        assertEquals(429, api.post("/help-requests/", first, request()).status(), "a trailing slash is the same route and the same limit");

        String second = login("bewoner2");
        // A refusal for the account does not count against the address: 3 + 2 fill its 5.
        assertEquals(201, api.post("/help-requests", second, request()).status(), "another account may still post");
        assertEquals(201, api.post("/help-requests", second, request()).status());
        assertEquals(429, api.post("/help-requests", second, request()).status(), "the address's limit holds for everyone");
    }

    @Test
    void answeringOffersIsLimitedPerAccount() {
        String volunteer = login("vrijwilliger1");
        assertEquals(404, api.post("/offers/999999/decline", volunteer, Map.of()).status());
        assertEquals(404, api.post("/offers/999998/decline", volunteer, Map.of()).status());
        Api.Response third = api.post("/offers/999997/decline", volunteer, Map.of());
        assertEquals(429, third.status(), "probing offer ids counts too");
        assertTrue(third.headers().containsKey("retry-after") || third.header("Retry-After") != null);
    }

    @Test
    void registrationIsLimitedPerAddress() {
        for (int i = 0; i < 2; i++) {
            assertEquals(201, register("nieuw" + i).status());
        }
        Api.Response third = register("nieuw2");
        assertEquals(429, third.status(), third.raw());
        assertEquals("/problems/rate-limited", third.json().get("type").asText());
    }

    private Api.Response register(String name) {
        return api.post("/auth/register", null, Map.of("gemeente", "GM0150", "email", name + ".limiet@example.org",
                "password", "lange-wandeling", "displayName", name, "roles", List.of("RESIDENT")));
    }

    private static Map<String, Object> request() {
        return Map.of("kind", "GOEDE_BUREN", "task", "SHOPPING",
                "location", Map.of("type", "Point", "coordinates", List.of(6.1680, 52.2680)),
                "description", "Boodschappen", "urgency", "NORMAL");
    }

    private String login(String who) {
        return api.login(Demo.email(who, "deventer"), Demo.PASSWORD);
    }
}
