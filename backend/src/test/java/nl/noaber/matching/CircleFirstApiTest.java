package nl.noaber.matching;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.support.Api;
import nl.noaber.support.Demo;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue #5: a member of the requester's voorzorgcirkel 2 km away beats a stranger 200 m away. */
@MicronautTest(transactional = false)
class CircleFirstApiTest {

    @Inject
    Api api;

    @Inject
    WaveJob waveJob;

    @Test
    void theCircleMemberTwoKilometresAwayIsAskedBeforeTheStranger200MetresAway() {
        String coordinator = api.login(Demo.email("coordinator", "deventer"), Demo.PASSWORD);
        api.post("/initiatives", coordinator, Map.of("kind", "GOEDE_BUREN", "name", "Eén tegelijk", "wijken", List.of("WK015006"),
                "policy", Map.of("radiusMeters", 3000, "offerBatchSize", 1, "waveTimeoutUrgentMinutes", 15,
                        "waveTimeoutNormalMinutes", 60, "waveTimeoutLowMinutes", 240, "verificationRequired", false,
                        "vogRenewalMonths", 36)));
        String requester = api.login(Demo.email("bewoner2", "deventer"), Demo.PASSWORD);
        String code = api.post("/voorzorgcirkels", requester, Map.of("name", "Cirkel Knutteldorp", "firstName", "Bep",
                "street", "Knutteldorp")).json().get("inviteCode").asText();

        String circleMember = volunteer("kring", 6.1680 + 0.0295, 2500);      // ~2.0 km east
        String stranger = volunteer("vreemde", 6.1680 + 0.0029, 2500);        // ~200 m east
        api.post("/voorzorgcirkels/memberships", circleMember, Map.of("inviteCode", code, "firstName", "Kees", "street", "Brink"));

        api.post("/help-requests", requester, Map.of("kind", "GOEDE_BUREN", "task", "COMPANY",
                "location", Map.of("type", "Point", "coordinates", List.of(6.1680, 52.2680)),
                "description", "Koffie drinken", "urgency", "NORMAL"));
        waveJob.run();

        assertEquals(1, api.get("/me/offers", circleMember).json().size(), "the circle member is asked first");
        assertEquals(0, api.get("/me/offers", stranger).json().size());
        long requestId = api.get("/me/offers", circleMember).json().get(0).get("requestId").asLong();
        String reasons = api.get("/help-requests/" + requestId + "/matching-log", coordinator).json().get("offers").get(0).get("reasons").asText();
        assertTrue(reasons.contains("voorzorgcirkel"), reasons);
    }

    private String volunteer(String name, double lon, int radius) {
        String email = name + "@example.org";
        api.post("/auth/register", null, Map.of("gemeente", "GM0150", "email", email, "password", "graag-helpen",
                "displayName", name, "roles", List.of("VOLUNTEER", "RESIDENT")));
        String token = api.login(email, "graag-helpen");
        assertEquals(200, api.put("/me/volunteer-profile", token, Map.of(
                "home", Map.of("type", "Point", "coordinates", List.of(lon, 52.2680)),
                "capacities", List.of(Map.of("capacity", "GOEDE_BUUR", "maxRadiusMeters", radius)),
                "weeklyAvailability", List.of(), "maxTasksPerWeek", 3)).status());
        return token;
    }
}
