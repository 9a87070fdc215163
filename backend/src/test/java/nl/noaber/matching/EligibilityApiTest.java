package nl.noaber.matching;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.support.Api;
import nl.noaber.support.Demo;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Availability, holidays and the weekly cap decide who is asked. */
@MicronautTest(transactional = false)
class EligibilityApiTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate NEXT_MONDAY = LocalDate.now(AMSTERDAM).plusDays(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    @Inject
    Api api;

    @Inject
    WaveJob waveJob;

    @Test
    void onlyVolunteersAvailableAtThatTimeAreAsked() {
        String mondayMorning = volunteer("maandag", List.of(slot("MONDAY", "09:00", "12:00")), List.of(), 3);
        String tuesdayOnly = volunteer("dinsdag", List.of(slot("TUESDAY", "09:00", "12:00")), List.of(), 3);
        String flexible = volunteer("flexibel", List.of(), List.of(), 3);
        String onHoliday = volunteer("vakantie", List.of(slot("MONDAY", "08:00", "18:00")),
                List.of(Map.of("from", NEXT_MONDAY.minusDays(3).toString(), "until", NEXT_MONDAY.plusDays(3).toString())), 3);

        ZonedDateTime start = NEXT_MONDAY.atTime(10, 0).atZone(AMSTERDAM);
        long requestId = post(Map.of("windowStart", start.toOffsetDateTime().toString(),
                "windowEnd", start.plusHours(1).toOffsetDateTime().toString()));
        waveJob.run();

        assertEquals(1, api.get("/me/offers", mondayMorning).json().size());
        assertEquals(1, api.get("/me/offers", flexible).json().size(), "no slots given: flexible");
        assertEquals(0, api.get("/me/offers", tuesdayOnly).json().size());
        assertEquals(0, api.get("/me/offers", onHoliday).json().size());
        Map<String, String> whyNot = new HashMap<>();
        api.get("/help-requests/" + requestId + "/matching-log", api.login(Demo.email("coordinator", "deventer"), Demo.PASSWORD))
                .json().get("passedOver").forEach(p -> whyNot.put(p.get("volunteerName").asText(), p.get("reasons").asText()));
        assertEquals("no weekly slot at that time", whyNot.get("dinsdag"), whyNot.toString());
        assertEquals("away that day (holiday or absence)", whyNot.get("vakantie"), whyNot.toString());
    }

    @Test
    void aVolunteerAtTheirWeeklyCapIsNotAskedAgain() {
        String once = volunteer("eenmaal", List.of(), List.of(), 1);
        post(Map.of());
        waveJob.run();
        long offerId = api.get("/me/offers", once).json().get(0).get("id").asLong();
        assertEquals(200, api.post("/offers/" + offerId + "/accept", once, Map.of()).status());

        long second = post(Map.of());
        waveJob.run();
        assertEquals(0, api.get("/me/offers", once).json().size(), "one task a week, and it has one");
        String coordinator = api.login(Demo.email("coordinator", "deventer"), Demo.PASSWORD);
        String whyNot = api.get("/help-requests/" + second + "/matching-log", coordinator).json().get("passedOver").toString();
        assertTrue(whyNot.contains("\"volunteerName\":\"eenmaal\",\"wave\":1,"), whyNot);
        assertTrue(whyNot.contains("weekly cap of 1 task(s) reached"), whyNot);
    }

    private long post(Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "GOEDE_BUREN", "task", "WALKING",
                "location", Map.of("type", "Point", "coordinates", List.of(6.1680, 52.2680)),
                "description", "Samen wandelen", "urgency", "PLANNED"));
        body.putAll(extra);
        Api.Response posted = api.post("/help-requests", api.login(Demo.email("bewoner1", "deventer"), Demo.PASSWORD), body);
        assertEquals(201, posted.status(), posted.raw());
        return posted.json().get("id").asLong();
    }

    private String volunteer(String name, List<Map<String, String>> slots, List<Map<String, String>> holidays, int cap) {
        String email = name + "@example.org";
        api.post("/auth/register", null, Map.of("gemeente", "GM0150", "email", email, "password", "graag-helpen",
                "displayName", name, "roles", List.of("VOLUNTEER")));
        String token = api.login(email, "graag-helpen");
        Api.Response put = api.put("/me/volunteer-profile", token, Map.of(
                "home", Map.of("type", "Point", "coordinates", List.of(6.1690, 52.2685)),
                "capacities", List.of(Map.of("capacity", "GOEDE_BUUR", "maxRadiusMeters", 1500)),
                "weeklyAvailability", slots, "unavailable", holidays, "maxTasksPerWeek", cap));
        assertEquals(200, put.status(), put.raw());
        return token;
    }

    private static Map<String, String> slot(String day, String from, String until) {
        return Map.of("day", day, "from", from, "until", until);
    }
}
