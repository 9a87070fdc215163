package nl.noaber.identity;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.support.Api;
import nl.noaber.support.Demo;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

// The per-address limit is lowered so the test can reach it; every request comes from 127.0.0.1,
// which is why this test has a context (and an address count) of its own.
@MicronautTest(transactional = false)
@Property(name = "noaber.identity.max-failed-logins-per-address", value = "12")
class AddressThrottleApiTest {

    @Inject
    Api api;

    @Test
    void manyFailuresFromOneAddressLockThatAddressForEveryAccount() {
        // 12 failures over different (unknown) e-mails: no single account reaches its limit. A
        // forged X-Forwarded-For per attempt must not make them count as different addresses.
        for (int i = 0; i < 12; i++) {
            Api.Response failed = api.send("POST", "/auth/login", null,
                    "{\"email\":\"gok" + i + "@example.org\",\"password\":\"wachtwoord\"}", "application/json",
                    "X-Forwarded-For", "10.0.0." + i, "Forwarded", "for=10.0.1." + i);
            assertEquals(401, failed.status());
        }

        Api.Response response = api.post("/auth/login", null,
                Map.of("email", Demo.email("buur", "enschede"), "password", Demo.PASSWORD));

        assertEquals(429, response.status());
        assertEquals("/problems/login-throttled", response.json().get("type").asText());
    }
}
