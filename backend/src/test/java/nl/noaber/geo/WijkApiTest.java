package nl.noaber.geo;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.support.Api;
import nl.noaber.support.Demo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class WijkApiTest {

    @Inject
    Locations locations;

    @Inject
    Api api;

    @Test
    void allWijkenOfBothGemeentenLoadOnFirstStart() {
        JsonNode deventer = api.get("/wijken", token("coordinator", "deventer")).json();
        JsonNode enschede = api.get("/wijken", token("vrijwilliger1", "enschede")).json();

        assertEquals("FeatureCollection", deventer.get("type").asText());
        assertEquals(15, deventer.get("features").size());
        assertEquals(10, enschede.get("features").size());
        assertEquals("WK015001", deventer.get("features").get(0).get("id").asText());
        assertEquals("Binnenstad", deventer.get("features").get(0).get("properties").get("name").asText());
        assertTrue(deventer.get("attribution").asText().contains("CBS"));
    }

    @ParameterizedTest(name = "{0} {1},{2} -> {3}")
    @CsvSource({
        "GM0150, 52.2680, 6.1680, WK015006, Keizerslanden",
        "GM0150, 52.2610, 6.1783, WK015004, Voorstad",
        "GM0153, 52.2215, 6.8937, WK015300, Wijk 00 Binnensingelgebied"})
    void knownPointsLieInTheirWijk(String gemeente, double lat, double lon, String code, String name) {
        Location location = locations.locate(new LatLon(lat, lon), gemeente);
        assertEquals(new WijkRef(code, name), location.wijk());
    }

    @Test
    void aPointOutsideTheNetherlandsIsAcceptedWithoutAWijk() {
        assertNull(locations.locate(new LatLon(48.8566, 2.3522), "GM0150").wijk());
    }

    @Test
    void theListIsCacheableWithAnETag() {
        String token = token("coordinator", "deventer");
        Api.Response first = api.get("/wijken", token);
        String etag = first.header("ETag");

        Api.Response again = api.send("GET", "/wijken", token, null, null, "If-None-Match", etag);

        assertEquals(304, again.status());
        assertEquals("", again.raw());
    }

    @Test
    void oneWijkByCodeOnlyInTheOwnGemeente() {
        String token = token("bewoner1", "deventer");
        Api.Response keizerslanden = api.get("/wijken/WK015006", token);
        assertEquals(200, keizerslanden.status());
        assertEquals("Keizerslanden", keizerslanden.json().get("properties").get("name").asText());
        assertEquals(404, api.get("/wijken/WK015300", token).status());
        assertEquals(400, api.get("/wijken/Keizerslanden", token).status());
        assertEquals(401, api.get("/wijken", null).status());
    }

    @Test
    void anAdminImportsANewYearAndABadFileChangesNothing() {
        String admin = token("admin", "enschede");
        String before = api.get("/wijken", admin).header("ETag");

        Api.Response bad = api.send("POST", "/wijken/imports?year=2024", admin,
                WijkFileParserTest.collection(null, WijkFileParserTest.feature("WK015300", "Strik",
                        "{\"type\":\"Polygon\",\"coordinates\":[[[6.89,52.22],[6.90,52.23],[6.90,52.22],[6.89,52.23],[6.89,52.22]]]}")),
                "application/geo+json");
        assertEquals(422, bad.status());
        assertEquals("/problems/invalid-wijk-file", bad.json().get("type").asText());
        assertEquals(before, api.get("/wijken", admin).header("ETag"), "a failed import changes nothing");
        assertEquals(403, api.send("POST", "/wijken/imports?year=2024", token("coordinator", "enschede"),
                resource("/geo/enschede-wijken-2023.wgs84.geojson"), "application/geo+json").status());

        Api.Response imported = api.send("POST", "/wijken/imports?year=2024&source=test", admin,
                resource("/geo/enschede-wijken-2023.wgs84.geojson"), "application/geo+json");
        assertEquals(201, imported.status());
        assertEquals(10, imported.json().get("wijkCount").asInt());

        Api.Response after = api.get("/wijken", admin);
        assertEquals(2024, after.json().get("year").asInt());
        assertNotEquals(before, after.header("ETag"));
        assertEquals("WK015300", locations.locate(new LatLon(52.2215, 6.8937), "GM0153").wijk().code());
        // Deventer is untouched by Enschede's import.
        assertEquals(2023, api.get("/wijken", token("admin", "deventer")).json().get("year").asInt());
    }

    private String token(String who, String town) {
        return api.login(Demo.email(who, town), Demo.PASSWORD);
    }

    private static String resource(String name) {
        try (InputStream in = WijkApiTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
