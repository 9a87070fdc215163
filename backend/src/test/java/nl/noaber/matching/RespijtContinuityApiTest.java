package nl.noaber.matching;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.support.Api;
import nl.noaber.support.People;
import nl.noaber.support.People.Person;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #5: a respijt series keeps the same volunteer. The volunteer who sat with mum last time
 * is asked first for the next series — before a verified volunteer who lives much closer, and
 * although she lives beyond the first wave's radius.
 */
@MicronautTest(transactional = false)
class RespijtContinuityApiTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    // Keizerslanden, Deventer: where mum lives.
    private static final double LON = 6.1680;
    private static final double LAT = 52.2680;

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
    void theNextSeriesIsOfferedFirstToTheVolunteerWhoHelpedMumBefore() {
        Person coordinator = people.demo("coordinator", "deventer");
        Person mantelzorger = people.demo("mantelzorger", "deventer");
        api.post("/initiatives", coordinator.token(), Map.of("kind", "RESPIJT", "name", "Respijt Keizerslanden",
                "wijken", List.of("WK015006"), "policy", Map.of("radiusMeters", 5000, "offerBatchSize", 1,
                        "waveTimeoutUrgentMinutes", 60, "waveTimeoutNormalMinutes", 240, "waveTimeoutLowMinutes", 1440,
                        "verificationRequired", true, "vogRenewalMonths", 36)));
        Person familiar = people.verified(people.volunteer("GM0150", "vertrouwd", LON + 0.0295, LAT, "RESPIJT", 5000), coordinator);  // ~2 km

        long first = series(mantelzorger, 1);
        for (int i = 0; i < 3 && api.get("/me/offers", familiar.token()).json().isEmpty(); i++) {
            waveJob.run();
        }
        long offerId = api.get("/me/offers", familiar.token()).json().get(0).get("id").asLong();
        assertEquals(200, api.post("/offers/" + offerId + "/accept", familiar.token(), Map.of()).status());
        assertEquals(200, api.post("/me/tasks/" + first + "/completion", familiar.token(), Map.of("minutesSpent", 180)).status());
        assertEquals(200, api.post("/help-requests/" + first + "/confirmation", mantelzorger.token(),
                Map.of("helpedWell", true, "feedback", "Moeder was blij")).status());
        Person closer = people.verified(people.volunteer("GM0150", "dichterbij", LON + 0.0044, LAT, "RESPIJT", 5000), coordinator); // ~300 m

        long next = series(mantelzorger, 2);
        waveJob.run();

        assertEquals(next, api.get("/me/offers", familiar.token()).json().get(0).get("requestId").asLong());
        assertEquals(0, api.get("/me/offers", closer.token()).json().size(), "one at a time, and she comes first");
        String reasons = api.get("/help-requests/" + next + "/matching-log", coordinator.token()).json()
                .get("offers").get(0).get("reasons").asText();
        assertTrue(reasons.contains("helped this person 1× before"), reasons);
    }

    private long series(Person mantelzorger, int weeksAhead) {
        LocalDate tuesday = LocalDate.now(AMSTERDAM).plusWeeks(weeksAhead).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        OffsetDateTime start = tuesday.atTime(14, 0).atZone(AMSTERDAM).toOffsetDateTime();
        Api.Response posted = api.post("/help-requests", mantelzorger.token(), Map.of("kind", "RESPIJT", "task", "RESPIJT",
                "location", Map.of("type", "Point", "coordinates", List.of(LON, LAT)),
                "description", "Bij moeder zitten zodat ik even weg kan", "urgency", "PLANNED",
                "windowStart", start.toString(), "windowEnd", start.plusHours(3).toString(),
                "onBehalf", Map.of("personName", "Moeder Jansen", "needs", "gezelschap, koffie, let op valgevaar"),
                "respijt", Map.of("recurrence", "WEEKLY", "until", tuesday.plusWeeks(8).toString())));
        assertEquals(201, posted.status(), posted.raw());
        return posted.json().get("id").asLong();
    }
}
