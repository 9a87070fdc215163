package nl.noaber.matching;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.support.Api;
import nl.noaber.support.People;
import nl.noaber.support.People.Person;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #5: rides are ranked by the whole drive from the driver's door. The passenger in
 * Keizerslanden goes to the hospital 3 km south; the driver 600 m north is nearest the pickup, but
 * the one 1 km south lives on the way and drives less in all, so she is asked.
 * <pre>
 *      A (600 m north)
 *      P  pickup, Keizerslanden
 *      B (1 km south, on the way)
 *      |
 *      H  hospital, 3 km south
 * </pre>
 */
@MicronautTest(transactional = false)
class RideRankingApiTest {

    private static final double LON = 6.1680;

    @Inject
    Api api;

    @Inject
    WaveJob waveJob;

    People people;

    @Inject
    void people(Api api) {
        this.people = new People(api);
    }

    @Test
    void theDriverWhoseHomeLiesOnTheWayIsAskedBeforeTheOneNearestThePickup() {
        Person coordinator = people.demo("coordinator", "deventer");
        api.post("/initiatives", coordinator.token(), Map.of("kind", "AUTOMAATJE", "name", "AutoMaatje, één tegelijk",
                "wijken", List.of("WK015006"), "policy", Map.of("radiusMeters", 15000, "offerBatchSize", 1,
                        "waveTimeoutUrgentMinutes", 30, "waveTimeoutNormalMinutes", 240, "waveTimeoutLowMinutes", 720,
                        "verificationRequired", true, "vogRenewalMonths", 36, "rideLeadTimeHours", 48, "kmAllowanceCents", 30)));
        Person nearestPickup = people.verified(people.volunteer("GM0150", "noordelijk", LON, 52.2734, "AUTOMAATJE_DRIVER", 15000),
                coordinator);
        Person onTheWay = people.verified(people.volunteer("GM0150", "onderweg", LON, 52.2590, "AUTOMAATJE_DRIVER", 15000),
                coordinator);
        OffsetDateTime appointment = OffsetDateTime.now(ZoneId.of("Europe/Amsterdam")).plusDays(3).withHour(10).withMinute(0);
        Api.Response posted = api.post("/help-requests", people.demo("bewoner1", "deventer").token(), Map.of("kind", "AUTOMAATJE",
                "task", "RIDES", "location", Map.of("type", "Point", "coordinates", List.of(LON, 52.2680)),
                "description", "Naar het ziekenhuis", "urgency", "PLANNED",
                "ride", Map.of("destination", Map.of("type", "Point", "coordinates", List.of(6.1726, 52.2403)),
                        "appointmentAt", appointment.toString(), "walker", false, "wheelchair", false, "passengers", 1)));
        assertEquals(201, posted.status(), posted.raw());

        waveJob.run();

        assertEquals(1, api.get("/me/offers", onTheWay.token()).json().size(), "on the way: asked first");
        assertEquals(0, api.get("/me/offers", nearestPickup.token()).json().size());
        String reasons = api.get("/help-requests/" + posted.json().get("id").asLong() + "/matching-log", coordinator.token())
                .json().get("passedOver").toString();
        assertTrue(reasons.contains("noordelijk") && reasons.contains("ranked #2"), reasons);
    }
}
