package nl.noaber.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Registers the people a test needs through the API: volunteers with a home and one capacity. */
public final class People {

    public static final String PASSWORD = "graag-helpen";

    private final Api api;

    public People(Api api) {
        this.api = api;
    }

    /** Someone logged in: their account id, gemeente and access token. */
    public record Person(long id, String gemeente, String token) {
    }

    /** Whoever holds this access token. */
    public Person loggedIn(String token) {
        return person(token);
    }

    public Person demo(String who, String town) {
        return person(api.login(Demo.email(who, town), Demo.PASSWORD));
    }

    /** A volunteer with one capacity, no weekly slots (flexible), up to 5 tasks a week. */
    public Person volunteer(String gemeente, String name, double lon, double lat, String capacity, int radiusMeters) {
        return volunteer(gemeente, name, profile(lon, lat, capacity, radiusMeters));
    }

    public Person volunteer(String gemeente, String name, Map<String, Object> profile) {
        String email = name + "." + gemeente + "@example.org";
        Api.Response registered = api.post("/auth/register", null, Map.of("gemeente", gemeente, "email", email,
                "password", PASSWORD, "displayName", name, "roles", List.of("VOLUNTEER")));
        if (registered.status() != 201) {
            throw new AssertionError("registration of " + email + " failed: " + registered.raw());
        }
        Person person = person(api.login(email, PASSWORD));
        Api.Response put = api.put("/me/volunteer-profile", person.token(), profile);
        if (put.status() != 200) {
            throw new AssertionError("profile of " + email + " refused: " + put.raw());
        }
        return person;
    }

    /** A coordinator records today's VOG and intake, so capacities that need verification count. */
    public Person verified(Person volunteer, Person coordinator) {
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString();
        Api.Response vog = api.post("/volunteers/" + volunteer.id() + "/vog-checks", coordinator.token(),
                Map.of("issuedOn", today, "screeningProfile", "45 Gezondheidszorg en welzijn"));
        Api.Response intake = api.post("/volunteers/" + volunteer.id() + "/intakes", coordinator.token(), Map.of("heldOn", today));
        if (vog.status() != 201 || intake.status() != 201) {
            throw new AssertionError("verification refused: " + vog.raw() + " " + intake.raw());
        }
        return volunteer;
    }

    /** A profile to adjust before {@link #volunteer(String, String, Map)}. */
    public static Map<String, Object> profile(double lon, double lat, String capacity, int radiusMeters) {
        Map<String, Object> profile = new HashMap<>(Map.of("home", Map.of("type", "Point", "coordinates", List.of(lon, lat)),
                "capacities", List.of(Map.of("capacity", capacity, "maxRadiusMeters", radiusMeters)),
                "weeklyAvailability", List.of(), "maxTasksPerWeek", 5));
        if (capacity.equals("AUTOMAATJE_DRIVER")) {
            profile.put("driver", Map.of("carSeats", 3, "wheelchairFits", false, "walkerFits", true));
        }
        return profile;
    }

    private Person person(String token) {
        JsonNode me = api.get("/me", token).json();
        return new Person(me.get("id").asLong(), me.get("gemeente").asText(), token);
    }
}
