package nl.noaber.request;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.support.Api;
import nl.noaber.support.Demo;
import nl.noaber.support.TimeTravel;
import nl.noaber.activity.ActivityReach;
import nl.noaber.activity.ReachPeriod;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A ride from request to confirmation, through the real wave job and the km allowance. */
@MicronautTest(transactional = false)
class TaskCompletionApiTest {

    @Inject
    Api api;

    @Inject
    nl.noaber.matching.WaveJobAccess waveJob;

    @Inject
    ActivityReach activity;

    @Inject
    DataSource dataSource;

    @Test
    void aRideIsDrivenLoggedWithItsAllowanceAndConfirmed() {
        String coordinator = api.login(Demo.email("coordinator", "deventer"), Demo.PASSWORD);
        api.post("/initiatives", coordinator, Map.of("kind", "AUTOMAATJE", "name", "AutoMaatje Deventer",
                "wijken", List.of("WK015006")));
        String driver = api.login(Demo.email("vrijwilliger1", "deventer"), Demo.PASSWORD);
        long driverId = api.get("/me", driver).json().get("id").asLong();
        api.put("/me/volunteer-profile", driver, Map.of("home", Map.of("type", "Point", "coordinates", List.of(6.170, 52.269)),
                "capacities", List.of(Map.of("capacity", "AUTOMAATJE_DRIVER", "maxRadiusMeters", 15000)),
                "weeklyAvailability", List.of(), "maxTasksPerWeek", 3,
                "driver", Map.of("carSeats", 3, "wheelchairFits", false, "walkerFits", true)));
        String today = java.time.LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        api.post("/volunteers/" + driverId + "/vog-checks", coordinator, Map.of("issuedOn", today, "screeningProfile", "84 Personenvervoer"));
        api.post("/volunteers/" + driverId + "/intakes", coordinator, Map.of("heldOn", today));

        String passenger = api.login(Demo.email("bewoner1", "deventer"), Demo.PASSWORD);
        OffsetDateTime appointment = OffsetDateTime.now(ZoneId.of("Europe/Amsterdam")).plusDays(3).withHour(10).withMinute(0);
        long requestId = api.post("/help-requests", passenger, Map.of("kind", "AUTOMAATJE", "task", "RIDES",
                "location", Map.of("type", "Point", "coordinates", List.of(6.1680, 52.2680)), "description", "Naar de fysio",
                "urgency", "PLANNED", "ride", Map.of("destination", Map.of("type", "Point", "coordinates", List.of(6.1726, 52.2403)),
                        "appointmentAt", appointment.toString(), "walker", true, "wheelchair", false, "passengers", 1)))
                .json().get("id").asLong();
        waveJob.runOnce();
        long offerId = api.get("/me/offers", driver).json().get(0).get("id").asLong();
        assertEquals(200, api.post("/offers/" + offerId + "/accept", driver, Map.of()).status());

        assertEquals("IN_PROGRESS", api.post("/me/tasks/" + requestId + "/start", driver, Map.of()).json().get("status").asText());
        Api.Response withoutKm = api.post("/me/tasks/" + requestId + "/completion", driver, Map.of("minutesSpent", 95));
        assertEquals("kmDriven", withoutKm.json().get("errors").get(0).get("field").asText());
        JsonNode done = api.post("/me/tasks/" + requestId + "/completion", driver, Map.of("minutesSpent", 95, "kmDriven", 12.5)).json();
        assertEquals("DONE", done.get("status").asText());
        assertEquals(375, done.get("completion").get("allowanceCents").asInt(), "12.5 km × 30 ct");

        Api.Response confirmed = api.post("/help-requests/" + requestId + "/confirmation", passenger,
                Map.of("helpedWell", true, "feedback", "Fijne man, op tijd en geduldig"));
        assertEquals(200, confirmed.status(), confirmed.raw());
        assertEquals("Fijne man, op tijd en geduldig", confirmed.json().get("completion").get("feedback").asText());
        assertEquals(409, api.post("/help-requests/" + requestId + "/confirmation", passenger, Map.of("helpedWell", true)).status());
        assertEquals(0, api.get("/me/tasks", driver).json().size(), "a done task leaves the list");

        // The activity log has what the reach statistics count: the ride, its km and minutes, one driver.
        java.time.LocalDate day = java.time.LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        Map<String, Double> facts = new java.util.HashMap<>();
        activity.factsOf("GM0150", ReachPeriod.DAY, day, day.plusDays(1)).stream()
                .filter(f -> f.wijk().equals("WK015006") && f.kind().equals("AUTOMAATJE") && f.detail().isEmpty())
                .forEach(f -> facts.put(f.fact(), f.value().doubleValue()));
        assertEquals(1.0, facts.get("posted"));
        assertEquals(1.0, facts.get("accepted"));
        assertEquals(1.0, facts.get("rides"));
        assertEquals(12_500.0, facts.get("ride_meters"));
        assertEquals(95.0, facts.get("minutes"));
        assertEquals(1.0, facts.get("drivers"));
        assertEquals(1.0, facts.get("residents_helped"));
        assertEquals(1.0, facts.get("accept_n"), "the wait until acceptance is measured");
        Object steps = new TimeTravel(dataSource).value("SELECT string_agg(type, ' ' ORDER BY id) FROM activity_event "
                + "WHERE type LIKE 'request.%' AND kind = 'AUTOMAATJE' AND id > ?", 0);
        assertEquals("request.posted request.offered request.accepted request.started request.done request.confirmed", steps);
    }
}
