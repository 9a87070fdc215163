package nl.noaber.geo;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import nl.noaber.support.Api;
import nl.noaber.support.Demo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Address lookup through the real PDOK adapter, against a local fake Locatieserver. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AddressApiTest implements TestPropertyProvider {

    private final FakePdok pdok = new FakePdok();

    @Inject
    Api api;
    String token;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("noaber.geo.pdok.enabled", "true",
                "noaber.geo.pdok.base-url", pdok.baseUrl(),
                "noaber.geo.pdok.request-timeout", "500ms",
                "noaber.geo.pdok.breaker-reset", "1s");
    }

    @BeforeEach
    void setUp() {
        token = api.login(Demo.email("bewoner1", "deventer"), Demo.PASSWORD);
        pdok.mode(FakePdok.Mode.UP);
    }

    @AfterAll
    void stopFake() {
        pdok.close();
    }

    @Test
    @Order(1)
    void aKnownAddressGivesItsPositionAndWijk() {
        Api.Response brink = api.get("/addresses?postcode=7411%20ks&huisnummer=1", token);

        assertEquals(200, brink.status(), brink.raw());
        assertEquals("Brink 1, 7411KS Deventer", brink.json().get("displayName").asText());
        assertEquals(6.16012, brink.json().get("location").get("coordinates").get(0).asDouble(), 1e-9);
        assertEquals("WK015001", brink.json().get("wijk").get("code").asText());
    }

    @Test
    @Order(2)
    void anUnknownAddressIs404AndAMalformedOneNamesTheField() {
        assertEquals(404, api.get("/addresses?postcode=7411KS&huisnummer=999", token).status());
        Api.Response bad = api.get("/addresses?postcode=74&huisnummer=1", token);
        assertEquals(400, bad.status());
        assertEquals("postcode", bad.json().get("errors").get(0).get("field").asText());
    }

    @Test
    @Order(3)
    void aFailingPdokGives503AndThenTheBreakerStopsCallingIt() {
        pdok.mode(FakePdok.Mode.ERROR);
        Api.Response failing = api.get("/addresses?postcode=7411KS&huisnummer=1", token);
        assertEquals(503, failing.status());
        assertEquals("/problems/geocoder-unavailable", failing.json().get("type").asText());
        assertTrue(failing.header("Retry-After") != null);

        int callsWhenOpen = pdok.calls();
        pdok.mode(FakePdok.Mode.UP);
        Api.Response whileOpen = api.get("/addresses?postcode=7411KS&huisnummer=1", token);
        assertEquals(503, whileOpen.status(), "the open breaker answers at once");
        assertEquals(callsWhenOpen, pdok.calls(), "no call reaches PDOK while the breaker is open");
    }

    @Test
    @Order(4)
    void aHangingPdokTimesOut() throws Exception {
        Thread.sleep(1_500);   // let the breaker from the previous test close again (reset 1 s here)
        pdok.mode(FakePdok.Mode.SLOW);
        long start = System.nanoTime();
        Api.Response slow = api.get("/addresses?postcode=7411KS&huisnummer=1", token);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, slow.status());
        assertTrue(millis < 4_000, "answered after " + millis + " ms, not after PDOK's 5 s");
    }
}
