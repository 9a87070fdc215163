package nl.noaber.volunteer;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.support.Api;
import nl.noaber.support.Demo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

@MicronautTest(transactional = false)
class VolunteerProfileApiTest {

    @Inject
    Api api;
    String volunteer;

    @BeforeEach
    void setUp() {
        volunteer = api.login(Demo.email("vrijwilliger1", "deventer"), Demo.PASSWORD);
    }

    @Test
    void aVolunteerStoresTheProfileAndReadsItBackWithWijkAndVerificationStatus() {
        Api.Response put = api.put("/me/volunteer-profile", volunteer, profile());
        assertEquals(200, put.status(), put.raw());

        JsonNode read = api.get("/me/volunteer-profile", volunteer).json();
        assertEquals("WK015006", read.get("homeWijk").get("code").asText());
        assertEquals(6.168, read.get("home").get("coordinates").get(0).asDouble(), 1e-9);
        assertEquals("GOEDE_BUUR", read.get("capacities").get(0).get("capacity").asText());
        assertEquals("ACTIVE", read.get("capacities").get(0).get("status").asText());
        assertEquals("RESPIJT", read.get("capacities").get(1).get("capacity").asText());
        assertEquals("NEEDS_VERIFICATION", read.get("capacities").get(1).get("status").asText());
        assertEquals("22:00:00", normalise(read.get("quietHours").get("from").asText()));
        assertEquals("MONDAY", read.get("weeklyAvailability").get(0).get("day").asText());
        assertEquals(3, read.get("maxTasksPerWeek").asInt());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "until before from   | weeklyAvailability | 1 | {\"day\":\"TUESDAY\",\"from\":\"14:00\",\"until\":\"13:00\"} | weeklyAvailability[1]",
        "overlapping slots   | weeklyAvailability | 1 | {\"day\":\"MONDAY\",\"from\":\"11:00\",\"until\":\"15:00\"} | weeklyAvailability[1]",
        "unknown day         | weeklyAvailability | 1 | {\"day\":\"FUNDAY\",\"from\":\"09:00\",\"until\":\"10:00\"} | weeklyAvailability[1].day",
        "latitude too large  | home               | - | {\"type\":\"Point\",\"coordinates\":[6.1,95.0]}              | home.coordinates[1]",
        "not a point         | home               | - | {\"type\":\"LineString\",\"coordinates\":[6.1,52.0]}         | home.type",
        "radius too large    | capacities         | 0 | {\"capacity\":\"GOEDE_BUUR\",\"maxRadiusMeters\":900000}     | capacities[0].maxRadiusMeters",
        "driver without car  | capacities         | 0 | {\"capacity\":\"AUTOMAATJE_DRIVER\",\"maxRadiusMeters\":15000} | driver"})
    void anInvalidProfileIsRejectedNamingTheEntryAndTheStoredOneStays(String name, String field, String index,
                                                                      String replacement, String expectedField) throws Exception {
        assertEquals(200, api.put("/me/volunteer-profile", volunteer, profile()).status());
        String before = api.get("/me/volunteer-profile", volunteer).raw();

        Map<String, Object> body = profile();
        Object value = Api.JSON.readValue(replacement, Object.class);
        if ("-".equals(index)) {
            body.put(field, value);
        } else {
            @SuppressWarnings("unchecked")
            List<Object> list = new ArrayList<>((List<Object>) body.get(field));
            list.set(Integer.parseInt(index), value);
            body.put(field, list);
        }
        Api.Response response = api.put("/me/volunteer-profile", volunteer, body);

        assertEquals(400, response.status(), name + ": " + response.raw());
        assertEquals(expectedField, response.json().get("errors").get(0).get("field").asText(), name);
        assertEquals(before, api.get("/me/volunteer-profile", volunteer).raw(), "the stored profile is unchanged");
    }

    @Test
    void aNumberTooLargeToBeFiniteIsRejectedNamingTheCoordinate() throws Exception {
        // 1e400 is valid JSON but overflows a double to Infinity (issue #3: reject NaN/Infinity).
        String body = Api.JSON.writeValueAsString(profile())
                .replace("\"coordinates\":[6.168,52.268]", "\"coordinates\":[1e400,52.268]");
        Api.Response response = api.send("PUT", "/me/volunteer-profile", volunteer, body, "application/json");
        assertEquals(400, response.status(), response.raw());
        assertEquals("home.coordinates[0]", response.json().get("errors").get(0).get("field").asText());
    }

    @Test
    void aResidentWithoutTheVolunteerRoleHasNoProfile() {
        String resident = api.login(Demo.email("bewoner1", "deventer"), Demo.PASSWORD);
        assertEquals(403, api.put("/me/volunteer-profile", resident, profile()).status());
    }

    @Test
    void aVolunteerDeletesTheirProfile() {
        String other = api.login(Demo.email("vrijwilliger2", "deventer"), Demo.PASSWORD);
        api.put("/me/volunteer-profile", other, profile());

        assertEquals(204, api.send("DELETE", "/me/volunteer-profile", other, null, null).status());
        Api.Response gone = api.get("/me/volunteer-profile", other);
        assertEquals(404, gone.status());
        assertEquals("/problems/volunteer-profile-not-found", gone.json().get("type").asText());
    }

    static Map<String, Object> profile() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("home", Map.of("type", "Point", "coordinates", List.of(6.168, 52.268)));
        body.put("capacities", List.of(Map.of("capacity", "GOEDE_BUUR", "maxRadiusMeters", 1500),
                Map.of("capacity", "RESPIJT", "maxRadiusMeters", 5000)));
        body.put("weeklyAvailability", List.of(Map.of("day", "MONDAY", "from", "09:00", "until", "12:00"),
                Map.of("day", "THURSDAY", "from", "13:30", "until", "17:00")));
        body.put("unavailable", List.of(Map.of("from", "2026-12-24", "until", "2027-01-02")));
        body.put("maxTasksPerWeek", 3);
        body.put("paused", false);
        body.put("languages", List.of("nl", "en"));
        body.put("skills", List.of("SHOPPING", "COMPANY"));
        return body;
    }

    private static String normalise(String time) {
        return time.length() == 5 ? time + ":00" : time;
    }
}
