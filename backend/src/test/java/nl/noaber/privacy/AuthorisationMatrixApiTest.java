package nl.noaber.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import nl.noaber.matching.WaveJobAccess;
import nl.noaber.privacy.AccessMatrix.Audience;
import nl.noaber.privacy.AccessMatrix.Row;
import nl.noaber.support.Api;
import nl.noaber.support.People;
import nl.noaber.support.People.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The authorisation matrix ({@link AccessMatrix}) against the running service (issue #9): every
 * route has a row, every row holds for every role, ids of others answer 404, and the exact place
 * and care notes of a help request reach only those who need them.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixApiTest {

    // Keizerslanden, Deventer, and the centre of Enschede; the volunteers live a few hundred metres east.
    private static final double LON = 6.1680;
    private static final double LAT = 52.2680;
    private static final double ENSCHEDE_LON = 6.8937;
    private static final double ENSCHEDE_LAT = 52.2215;
    private static final String ADDRESS = "Kastanjelaan 12, Deventer";
    /** What a help request holds that only its requester, its live volunteer and the gemeente's staff may read. */
    private static final List<String> CARE_FIELDS = List.of("location", "addressLine", "forPersonName", "personNeeds", "handoverNote");
    private static final String NOWHERE = "999999999";
    private static final String OTHER_USER = "another user of Deventer";
    private static final String OTHER_GEMEENTE = "Enschede";
    /** Walked as a fresh account of each role, not as the demo account the other rows need. */
    private static final String ERASES_THE_CALLER = "DELETE /me";

    /**
     * Ids in paths the IDOR walk does not take the usual way, each with its reason; the reason is
     * checked by a test of its own.
     */
    private static final Map<String, String> SEPARATELY_TESTED = Map.of(
            "PUT /me/devices/{installationId}", "a phone that changed hands is taken over: aPhoneThatChangedHandsIsTakenOverWithoutShowingThePreviousAccount",
            "DELETE /stats/targets/{wijk}/{metric}", "idempotent: deletingAGoalOfAnotherGemeentesWijkTouchesNothing");

    /** OWN rows whose path id names a record the whole gemeente sees; the record acted on is the caller's own membership. */
    private static final Map<String, String> PATH_NAMES_A_SHARED_RECORD = Map.of(
            "POST /initiatives/{id}/invitations/acceptance", "the caller's own invitation to a gemeente-wide initiative",
            "DELETE /initiatives/{id}/members/me", "the caller's own membership of a gemeente-wide initiative");

    @Inject
    Api api;

    @Inject
    Router router;

    @Inject
    WaveJobAccess waveJob;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<Audience, Person> callers = new EnumMap<>(Audience.class);
    private final Map<String, UriRouteInfo<?, ?>> routes = new LinkedHashMap<>();
    private final Map<String, String> walkPaths = new HashMap<>();
    private final List<Attempt> attempts = new ArrayList<>();

    private Person bewoner1;
    private Person bewoner2;
    private Person mantelzorger;
    private Person coordinator;
    private Person vet;
    private Person admin;
    private Person anna;
    private Person bram;
    private Person enschedeCoordinator;
    private Person enschedeVet;
    private long careRequest;
    private long openRequest;
    private long doneRequest;
    private long cancelledRequest;
    private JsonNode completionAnswer;
    private Person otherWijkVet;
    private long careSignal;
    private long enschedeSignal;

    /** An attempt to reach someone else's record by its id: always 404, never 200 or 403. */
    record Attempt(String row, String against, String token, String path, Object body) {
        @Override
        public String toString() {
            return row + " with an id of " + against + ": " + path;
        }
    }

    @BeforeAll
    void givenTwoGemeentenWithRequestsOffersTasksCirclesAndDevices() {
        People people = new People(api);
        for (Audience role : Audience.CALLERS) {
            if (role != Audience.ANONYMOUS) {
                callers.put(role, people.demo(demoAccountOf(role), "deventer"));
            }
        }
        bewoner1 = callers.get(Audience.RESIDENT);
        mantelzorger = callers.get(Audience.MANTELZORGER);
        coordinator = callers.get(Audience.COORDINATOR);
        vet = callers.get(Audience.VET_STAFF);
        admin = callers.get(Audience.ADMIN);
        bewoner2 = people.demo("bewoner2", "deventer");
        Person enschedeResident = people.demo("bewoner1", "enschede");
        enschedeCoordinator = people.demo("coordinator", "enschede");
        enschedeVet = people.demo("vet", "enschede");

        long initiative = created(api.post("/initiatives", coordinator.token(), Map.of("kind", "GOEDE_BUREN",
                "name", "Goede Buren Keizerslanden", "wijken", List.of("WK015006"))));
        long enschedeInitiative = created(api.post("/initiatives", enschedeCoordinator.token(), Map.of("kind", "GOEDE_BUREN",
                "name", "Goede Buren Enschede", "wijken", List.of("WK015300"))));

        // Four requests of the mantelzorger, offered to Anna and Bram; Anna takes three of them.
        anna = people.volunteer("GM0150", "anna", LON + 0.002, LAT, "GOEDE_BUUR", 1500);
        bram = people.volunteer("GM0150", "bram", LON + 0.003, LAT, "GOEDE_BUUR", 1500);
        Person eva = people.volunteer("GM0153", "eva", ENSCHEDE_LON + 0.002, ENSCHEDE_LAT, "GOEDE_BUUR", 1500);
        careRequest = created(api.post("/help-requests", mantelzorger.token(), careRequestBody("Boodschappen bij de Jumbo")));
        openRequest = created(api.post("/help-requests", mantelzorger.token(), careRequestBody("Medicijnen ophalen")));
        doneRequest = created(api.post("/help-requests", mantelzorger.token(), careRequestBody("Brood halen")));
        cancelledRequest = created(api.post("/help-requests", mantelzorger.token(), careRequestBody("Post wegbrengen")));
        long enschedeRequest = created(api.post("/help-requests", enschedeResident.token(), Map.of("kind", "GOEDE_BUREN",
                "task", "COMPANY", "location", point(ENSCHEDE_LON, ENSCHEDE_LAT), "addressLine", "Oude Markt 1, Enschede",
                "description", "Even een kop koffie", "urgency", "NORMAL")));
        waveJob.runOnce();
        long annasOpenOffer = offerOf(anna, openRequest);
        offerOf(bram, openRequest);   // Bram was asked too: the not-chosen volunteer below
        for (long request : List.of(careRequest, doneRequest, cancelledRequest)) {
            assertEquals(200, api.post("/offers/" + offerOf(anna, request) + "/accept", anna.token(), Map.of()).status());
        }
        long evasOffer = offerOf(eva, enschedeRequest);
        assertEquals(200, api.post("/offers/" + evasOffer + "/accept", eva.token(), Map.of()).status());
        assertEquals(200, api.post("/me/tasks/" + doneRequest + "/start", anna.token(), Map.of()).status());
        Api.Response completed = api.post("/me/tasks/" + doneRequest + "/completion", anna.token(), Map.of("minutesSpent", 40));
        assertEquals(200, completed.status(), completed.raw());
        completionAnswer = completed.json();
        assertEquals(200, api.post("/help-requests/" + cancelledRequest + "/cancellation", mantelzorger.token(),
                Map.of("reason", "Al geregeld met de buren")).status());

        // Zorgsignalen: Anna worries about the person of her live task (Keizerslanden), Eva about hers in Enschede.
        // The demo VET serves Keizerslanden; a colleague serves Colmschate-Zuid only and so does not see it.
        Api.Response colleague = api.post("/accounts", admin.token(), Map.of("email", "vet.colmschate@example.org",
                "initialPassword", "tijdelijk-wachtwoord", "displayName", "VET Colmschate", "roles", List.of("VET_STAFF")));
        assertEquals(201, colleague.status(), colleague.raw());
        otherWijkVet = people.loggedIn(api.login("vet.colmschate@example.org", "tijdelijk-wachtwoord"));
        assertEquals(200, api.put("/accounts/" + vet.id() + "/wijken", coordinator.token(), Map.of("wijken", List.of("WK015006"))).status());
        assertEquals(200, api.put("/accounts/" + otherWijkVet.id() + "/wijken", coordinator.token(),
                Map.of("wijken", List.of("WK015010"))).status());
        careSignal = created(api.post("/me/tasks/" + careRequest + "/signals", anna.token(),
                Map.of("category", "LONELINESS", "urgency", "SOON", "note", "Zegt dat ze niemand meer spreekt")));
        enschedeSignal = created(api.post("/me/tasks/" + enschedeRequest + "/signals", eva.token(),
                Map.of("category", "SELF_NEGLECT", "urgency", "WHEN_POSSIBLE")));

        // Voorzorgcirkels: one of each Deventer resident, one in Enschede; each starter is its verbinder.
        JsonNode circle = api.post("/voorzorgcirkels", bewoner1.token(), Map.of("name", "Kastanjelaan",
                "firstName", "Els", "street", "Kastanjelaan")).json();
        long otherCircle = created(api.post("/voorzorgcirkels", bewoner2.token(), Map.of("name", "Lindelaan",
                "firstName", "Piet", "street", "Lindelaan")));
        long enschedeCircle = created(api.post("/voorzorgcirkels", enschedeResident.token(), Map.of("name", "Oude Markt",
                "firstName", "Truus", "street", "Oude Markt")));
        long circleId = circle.get("id").asLong();
        long circleMember = circle.get("members").get(0).get("memberId").asLong();

        long notification = firstNotificationOf(mantelzorger);
        long enschedeNotification = firstNotificationOf(enschedeResident);
        Map<String, String> phone = Map.of("fcmToken", "fcm-token-of-a-phone-0001", "platform", "ANDROID",
                "appVersion", "1.0.0", "locale", "nl");
        assertEquals(201, api.put("/me/devices/phone-of-mantelzorger", mantelzorger.token(), phone).status());
        assertEquals(201, api.put("/me/devices/phone-in-enschede", enschedeResident.token(),
                Map.of("fcmToken", "fcm-token-of-a-phone-0002", "platform", "IOS", "appVersion", "1.0.0", "locale", "nl")).status());
        assertEquals(200, api.put("/stats/targets/WK015300/residentsHelped", enschedeCoordinator.token(), Map.of("goal", 12)).status());

        // Micronaut answers HEAD for every GET, by the GET's method and with its security rule.
        router.uriRoutes()
                .filter(r -> r.getHttpMethod() != HttpMethod.HEAD && r.getHttpMethod() != HttpMethod.OPTIONS)
                .filter(r -> !ignored(r.getUriMatchTemplate().toString()))
                .forEach(r -> routes.put(r.getHttpMethodName() + " "
                        + r.getUriMatchTemplate().toString().replaceAll("\\{\\?[^}]*}", ""), r));

        // The walk: real fixtures where a scope needs them. Leaving an initiative or circle would change
        // who may do what in the rows after it, so those two use an id that does not exist.
        walkPaths.put("/accounts/{id}", "/accounts/" + bewoner2.id());
        walkPaths.put("/accounts/{id}/roles", "/accounts/" + bewoner2.id() + "/roles");
        walkPaths.put("/accounts/{id}/wijken", "/accounts/" + vet.id() + "/wijken");
        walkPaths.put("/me/tasks/{id}/signals", "/me/tasks/" + careRequest + "/signals");
        walkPaths.put("/signals/{id}", "/signals/" + careSignal);
        walkPaths.put("/signals/{id}/follow-up", "/signals/" + careSignal + "/follow-up");
        walkPaths.put("/wijken/{code}", "/wijken/WK015006");
        for (String part : List.of("vog-checks", "intakes", "verification")) {
            walkPaths.put("/volunteers/{accountId}/" + part, "/volunteers/" + anna.id() + "/" + part);
        }
        for (String part : List.of("", "/members", "/join-requests", "/invitations", "/invitations/acceptance")) {
            walkPaths.put("/initiatives/{id}" + part, "/initiatives/" + initiative + part);
        }
        walkPaths.put("/initiatives/{id}/members/{accountId}/approval",
                "/initiatives/" + initiative + "/members/" + bewoner2.id() + "/approval");
        walkPaths.put("/initiatives/{id}/members/{accountId}", "/initiatives/" + initiative + "/members/" + bewoner2.id());
        walkPaths.put("/initiatives/{id}/members/me", "/initiatives/" + NOWHERE + "/members/me");
        walkPaths.put("/voorzorgcirkels/{id}", "/voorzorgcirkels/" + circleId);
        walkPaths.put("/voorzorgcirkels/{id}/invite-code", "/voorzorgcirkels/" + circleId + "/invite-code");
        walkPaths.put("/voorzorgcirkels/{id}/members/{memberId}/verbinder",
                "/voorzorgcirkels/" + circleId + "/members/" + circleMember + "/verbinder");
        walkPaths.put("/voorzorgcirkels/{id}/members/{memberId}", "/voorzorgcirkels/" + circleId + "/members/" + circleMember);
        walkPaths.put("/voorzorgcirkels/{id}/members/me", "/voorzorgcirkels/" + NOWHERE + "/members/me");
        for (String part : List.of("", "/cancellation", "/confirmation", "/matching-log", "/manual-offers", "/outcome")) {
            walkPaths.put("/help-requests/{id}" + part, "/help-requests/" + openRequest + part);
        }
        walkPaths.put("/me/tasks/{id}/start", "/me/tasks/" + careRequest + "/start");
        walkPaths.put("/me/tasks/{id}/completion", "/me/tasks/" + careRequest + "/completion");
        for (String answer : List.of("accept", "decline", "withdrawal")) {
            walkPaths.put("/offers/{id}/" + answer, "/offers/" + annasOpenOffer + "/" + answer);
        }
        walkPaths.put("/me/notifications/{id}/read", "/me/notifications/" + notification + "/read");
        walkPaths.put("/me/devices/{installationId}", "/me/devices/phone-of-the-walk");
        walkPaths.put("/stats/targets/{wijk}/{metric}", "/stats/targets/WK015006/residentsHelped");

        // IDOR: ids of another user of Deventer and of Enschede, each with a body the endpoint would take.
        String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        Person enschedeAccount = enschedeResident;
        attempt("GET /accounts/{id}", OTHER_GEMEENTE, admin, "/accounts/" + enschedeAccount.id(), null);
        attempt("PUT /accounts/{id}/roles", OTHER_GEMEENTE, admin, "/accounts/" + enschedeAccount.id() + "/roles",
                Map.of("roles", List.of("VOLUNTEER")));
        attempt("GET /wijken/{code}", OTHER_GEMEENTE, bewoner1, "/wijken/WK015300", null);
        attempt("POST /volunteers/{accountId}/vog-checks", OTHER_GEMEENTE, coordinator, "/volunteers/" + eva.id() + "/vog-checks",
                Map.of("issuedOn", today, "screeningProfile", "45 Gezondheidszorg en welzijn"));
        attempt("POST /volunteers/{accountId}/intakes", OTHER_GEMEENTE, coordinator, "/volunteers/" + eva.id() + "/intakes",
                Map.of("heldOn", today));
        attempt("GET /volunteers/{accountId}/verification", OTHER_GEMEENTE, coordinator,
                "/volunteers/" + eva.id() + "/verification", null);
        String foreign = "/initiatives/" + enschedeInitiative;
        attempt("GET /initiatives/{id}", OTHER_GEMEENTE, bewoner1, foreign, null);
        attempt("PUT /initiatives/{id}", OTHER_GEMEENTE, coordinator, foreign, Map.of("kind", "GOEDE_BUREN",
                "name", "Overgenomen", "wijken", List.of("WK015006")));
        attempt("PUT /initiatives/{id}", OTHER_GEMEENTE, admin, foreign, Map.of("kind", "GOEDE_BUREN",
                "name", "Overgenomen", "wijken", List.of("WK015006")));
        attempt("GET /initiatives/{id}/members", OTHER_GEMEENTE, coordinator, foreign + "/members", null);
        attempt("POST /initiatives/{id}/join-requests", OTHER_GEMEENTE, anna, foreign + "/join-requests", null);
        attempt("POST /initiatives/{id}/invitations", OTHER_GEMEENTE, coordinator, foreign + "/invitations",
                Map.of("accountId", anna.id(), "role", "MEMBER"));
        attempt("POST /initiatives/{id}/invitations", OTHER_GEMEENTE, coordinator, "/initiatives/" + initiative + "/invitations",
                Map.of("accountId", eva.id(), "role", "MEMBER"));
        attempt("POST /initiatives/{id}/invitations/acceptance", OTHER_GEMEENTE, anna, foreign + "/invitations/acceptance", null);
        attempt("POST /initiatives/{id}/members/{accountId}/approval", OTHER_GEMEENTE, coordinator,
                foreign + "/members/" + eva.id() + "/approval", null);
        attempt("POST /initiatives/{id}/members/{accountId}/approval", OTHER_GEMEENTE, coordinator,
                "/initiatives/" + initiative + "/members/" + eva.id() + "/approval", null);
        attempt("DELETE /initiatives/{id}/members/me", OTHER_GEMEENTE, anna, foreign + "/members/me", null);
        attempt("DELETE /initiatives/{id}/members/{accountId}", OTHER_GEMEENTE, coordinator,
                foreign + "/members/" + enschedeCoordinator.id(), null);
        attempt("DELETE /initiatives/{id}/members/{accountId}", OTHER_GEMEENTE, coordinator,
                "/initiatives/" + initiative + "/members/" + enschedeCoordinator.id(), null);
        for (var target : Map.of(OTHER_USER, circleId, OTHER_GEMEENTE, enschedeCircle).entrySet()) {
            String path = "/voorzorgcirkels/" + target.getValue();
            attempt("GET /voorzorgcirkels/{id}", target.getKey(), bewoner2, path, null);
            attempt("POST /voorzorgcirkels/{id}/invite-code", target.getKey(), bewoner2, path + "/invite-code", null);
            attempt("PUT /voorzorgcirkels/{id}/members/{memberId}/verbinder", target.getKey(), bewoner2,
                    path + "/members/" + circleMember + "/verbinder", Map.of("verbinder", true));
            attempt("DELETE /voorzorgcirkels/{id}/members/me", target.getKey(), bewoner2, path + "/members/me", null);
            attempt("DELETE /voorzorgcirkels/{id}/members/{memberId}", target.getKey(), bewoner2,
                    path + "/members/" + circleMember, null);
        }
        // A member id of another circle, under the path of the caller's own circle.
        attempt("PUT /voorzorgcirkels/{id}/members/{memberId}/verbinder", OTHER_USER, bewoner2,
                "/voorzorgcirkels/" + otherCircle + "/members/" + circleMember + "/verbinder", Map.of("verbinder", true));
        attempt("DELETE /voorzorgcirkels/{id}/members/{memberId}", OTHER_USER, bewoner2,
                "/voorzorgcirkels/" + otherCircle + "/members/" + circleMember, null);
        for (var target : Map.of(OTHER_USER, openRequest, OTHER_GEMEENTE, enschedeRequest).entrySet()) {
            String path = "/help-requests/" + target.getValue();
            attempt("GET /help-requests/{id}", target.getKey(), bewoner2, path, null);
            attempt("POST /help-requests/{id}/cancellation", target.getKey(), bewoner2, path + "/cancellation",
                    Map.of("reason", "Niet meer nodig"));
            attempt("POST /help-requests/{id}/confirmation", target.getKey(), bewoner2, path + "/confirmation",
                    Map.of("helpedWell", false));
            attempt("POST /help-requests/{id}/outcome", target.getKey(), bewoner2, path + "/outcome", Map.of("inTime", 4));
        }
        attempt("POST /help-requests/{id}/outcome", OTHER_GEMEENTE, vet, "/help-requests/" + enschedeRequest + "/outcome",
                Map.of("inTime", 4));
        Map<String, String> worry = Map.of("category", "MEMORY_PROBLEMS", "urgency", "SOON");
        attempt("POST /me/tasks/{id}/signals", OTHER_USER, bram, "/me/tasks/" + careRequest + "/signals", worry);
        attempt("POST /me/tasks/{id}/signals", OTHER_GEMEENTE, bram, "/me/tasks/" + enschedeRequest + "/signals", worry);
        Map<String, Object> followUp = Map.of("followUp", "CONTACTED", "close", true);
        attempt("GET /signals/{id}", OTHER_USER, otherWijkVet, "/signals/" + careSignal, null);
        attempt("POST /signals/{id}/follow-up", OTHER_USER, otherWijkVet, "/signals/" + careSignal + "/follow-up", followUp);
        for (Person staff : List.of(enschedeVet, enschedeCoordinator)) {
            attempt("GET /signals/{id}", OTHER_GEMEENTE, staff, "/signals/" + careSignal, null);
            attempt("POST /signals/{id}/follow-up", OTHER_GEMEENTE, staff, "/signals/" + careSignal + "/follow-up", followUp);
        }
        attempt("GET /signals/{id}", OTHER_GEMEENTE, vet, "/signals/" + enschedeSignal, null);
        attempt("PUT /accounts/{id}/wijken", OTHER_GEMEENTE, coordinator, "/accounts/" + enschedeVet.id() + "/wijken",
                Map.of("wijken", List.of()));
        attempt("GET /help-requests/{id}", OTHER_USER, bram, "/help-requests/" + careRequest, null);
        attempt("GET /help-requests/{id}", OTHER_GEMEENTE, coordinator, "/help-requests/" + enschedeRequest, null);
        attempt("GET /help-requests/{id}", OTHER_GEMEENTE, vet, "/help-requests/" + enschedeRequest, null);
        attempt("GET /help-requests/{id}", OTHER_GEMEENTE, anna, "/help-requests/" + enschedeRequest, null);
        attempt("GET /help-requests/{id}/matching-log", OTHER_GEMEENTE, coordinator,
                "/help-requests/" + enschedeRequest + "/matching-log", null);
        attempt("GET /help-requests/{id}/matching-log", OTHER_GEMEENTE, vet,
                "/help-requests/" + enschedeRequest + "/matching-log", null);
        attempt("POST /help-requests/{id}/manual-offers", OTHER_GEMEENTE, coordinator,
                "/help-requests/" + enschedeRequest + "/manual-offers", Map.of("volunteerId", anna.id()));
        for (var target : Map.of(OTHER_USER, careRequest, OTHER_GEMEENTE, enschedeRequest).entrySet()) {
            attempt("POST /me/tasks/{id}/start", target.getKey(), bram, "/me/tasks/" + target.getValue() + "/start", null);
            attempt("POST /me/tasks/{id}/completion", target.getKey(), bram, "/me/tasks/" + target.getValue() + "/completion",
                    Map.of("minutesSpent", 30));
        }
        for (var target : Map.of(OTHER_USER, annasOpenOffer, OTHER_GEMEENTE, evasOffer).entrySet()) {
            for (String answer : List.of("accept", "decline", "withdrawal")) {
                attempt("POST /offers/{id}/" + answer, target.getKey(), bram, "/offers/" + target.getValue() + "/" + answer, null);
            }
        }
        attempt("POST /offers/{id}/withdrawal", OTHER_USER, bram, "/offers/" + offerOf(anna, careRequest, "ACCEPTED") + "/withdrawal", null);
        attempt("POST /me/notifications/{id}/read", OTHER_USER, bewoner2, "/me/notifications/" + notification + "/read", null);
        attempt("POST /me/notifications/{id}/read", OTHER_GEMEENTE, bewoner2,
                "/me/notifications/" + enschedeNotification + "/read", null);
        attempt("DELETE /me/devices/{installationId}", OTHER_USER, bewoner2, "/me/devices/phone-of-mantelzorger", null);
        attempt("DELETE /me/devices/{installationId}", OTHER_GEMEENTE, bewoner2, "/me/devices/phone-in-enschede", null);
        attempt("PUT /stats/targets/{wijk}/{metric}", OTHER_GEMEENTE, coordinator, "/stats/targets/WK015300/residentsHelped",
                Map.of("goal", 3));
    }

    @Test
    void everyRouteHasExactlyOneRowAndEveryRowARoute() {
        Set<String> rows = AccessMatrix.rows().stream().map(Row::key).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(AccessMatrix.rows().size(), rows.size(), "a row appears twice in AccessMatrix");
        Set<String> withoutRow = new TreeSet<>(routes.keySet());
        withoutRow.removeAll(rows);
        Set<String> withoutRoute = new TreeSet<>(rows);
        withoutRoute.removeAll(routes.keySet());

        assertEquals(Set.of(), withoutRow, "routes without a row in AccessMatrix (add one: who may call it, and what it reaches)");
        assertEquals(Set.of(), withoutRoute, "rows of AccessMatrix without a route (removed or renamed?)");
    }

    @Test
    void everyRowWithAnIdInItsPathIsTriedWithIdsOfOthers() {
        List<String> missing = new ArrayList<>();
        for (Row row : AccessMatrix.rows()) {
            if (!row.hasPathVariable() || SEPARATELY_TESTED.containsKey(row.key())) {
                continue;
            }
            if (attempts.stream().noneMatch(a -> a.row().equals(row.key()) && a.against().equals(OTHER_GEMEENTE))) {
                missing.add(row.key() + " (an id of " + OTHER_GEMEENTE + ")");
            }
            if (row.personal() && !PATH_NAMES_A_SHARED_RECORD.containsKey(row.key())
                    && attempts.stream().noneMatch(a -> a.row().equals(row.key()) && a.against().equals(OTHER_USER))) {
                missing.add(row.key() + " (an id of " + OTHER_USER + ")");
            }
        }
        assertEquals(List.of(), missing, "rows with an id in the path and no IDOR attempt");
    }

    Stream<Arguments> everyRowAsEveryCaller() {
        return AccessMatrix.rows().stream().flatMap(row -> Audience.CALLERS.stream().map(caller -> Arguments.of(row, caller)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyRowAsEveryCaller")
    void everyRowHoldsForEveryCaller(Row row, Audience caller) throws IOException, InterruptedException {
        String path = walkPaths.getOrDefault(row.key(), walkPaths.getOrDefault(row.path(), row.path()));
        assertFalse(path.contains("{"), "no walk path for " + row.key() + ": add one to walkPaths");
        String token = caller == Audience.ANONYMOUS ? null : callers.get(caller).token();
        if (row.allows(caller) && row.key().equals(ERASES_THE_CALLER)) {
            token = disposable(caller);   // the demo account must survive the walk
        }

        if (row.allows(caller) && streams(row)) {
            assertTrue(streamOpens(path, token), row + " as " + caller + " is allowed");
            return;
        }
        Api.Response response = api.send(row.method(), path, token, null, "application/json");

        if (row.allows(caller)) {
            assertNotEquals(401, response.status(), row + " as " + caller + " is allowed: " + response.raw());
            assertNotEquals(403, response.status(), row + " as " + caller + " is allowed: " + response.raw());
            assertNotEquals(500, response.status(), row + " as " + caller + ": " + response.raw());
        } else {
            assertEquals(caller == Audience.ANONYMOUS ? 401 : 403, response.status(), row + " as " + caller + ": " + response.raw());
            assertEquals("application/problem+json", response.contentType());
            if (caller != Audience.ANONYMOUS) {
                assertEquals("/problems/forbidden", response.json().get("type").asText());
            }
        }
    }

    /** A fresh account with the caller's role, made by the admin, for a call that erases its caller. */
    private String disposable(Audience role) {
        String email = "wegwerp." + role.name().toLowerCase(java.util.Locale.ROOT) + "@example.org";
        Api.Response created = api.post("/accounts", admin.token(), Map.of("email", email, "initialPassword", "tijdelijk-wachtwoord",
                "displayName", "Wegwerp", "roles", List.of(role == Audience.AUTHENTICATED ? "RESIDENT" : role.name())));
        assertEquals(201, created.status(), created.raw());
        return api.login(email, "tijdelijk-wachtwoord");
    }

    Stream<Attempt> idsOfOthers() {
        return attempts.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idsOfOthers")
    void anIdOfSomeoneElseIsNotFound(Attempt attempt) {
        Api.Response response = api.send(attempt.row().split(" ")[0], attempt.path(), attempt.token(),
                attempt.body() == null ? null : json(attempt.body()), "application/json");

        assertEquals(404, response.status(), attempt + ": " + response.raw());
        assertEquals("application/problem+json", response.contentType());
    }

    @Test
    void aPhoneThatChangedHandsIsTakenOverWithoutShowingThePreviousAccount() {
        Person before = people().volunteer("GM0153", "vorige.eigenaar", ENSCHEDE_LON, ENSCHEDE_LAT, "GOEDE_BUUR", 1500);
        Map<String, String> phone = Map.of("fcmToken", "fcm-token-of-a-handed-on-phone", "platform", "ANDROID",
                "appVersion", "1.0.0", "locale", "nl");
        assertEquals(201, api.put("/me/devices/handed-on-phone", before.token(), phone).status());

        Api.Response takenOver = api.put("/me/devices/handed-on-phone", bewoner2.token(), phone);

        assertEquals(201, takenOver.status(), "a new device of the caller, not the previous owner's: " + takenOver.raw());
        assertEquals(Set.of("installationId", "platform", "appVersion", "locale", "registeredAt", "updatedAt"),
                fieldsOf(takenOver.json()), "nothing that names an account");
        assertEquals(0, api.get("/me/devices", before.token()).json().size(), "no push of the previous owner reaches the phone");
    }

    @Test
    void deletingAGoalOfAnotherGemeentesWijkTouchesNothing() {
        Api.Response deleted = api.send("DELETE", "/stats/targets/WK015300/residentsHelped", coordinator.token(), null, "application/json");

        assertEquals(204, deleted.status(), "idempotent, as for a goal that was never set");
        JsonNode enschede = api.get("/stats/targets", enschedeCoordinator.token()).json();
        assertTrue(StreamSupport.stream(enschede.spliterator(), false)
                .anyMatch(t -> t.get("wijk").asText().equals("WK015300") && t.get("metric").asText().equals("residentsHelped")),
                "Enschede's goal is still there: " + enschede);
    }

    // The exact place and care notes of a help request, per audience (DESIGN decision 5).

    @Test
    void theRequesterReadsTheExactPlaceAndCareNotes() {
        assertCareDataShown(api.get("/help-requests/" + careRequest, mantelzorger.token()));
    }

    @Test
    void coordinatorsAndVetStaffOfTheGemeenteReadTheExactPlaceAndCareNotes() {
        assertCareDataShown(api.get("/help-requests/" + careRequest, coordinator.token()));
        assertCareDataShown(api.get("/help-requests/" + careRequest, vet.token()));
    }

    @Test
    void staffOfAnotherGemeenteOtherResidentsAndAdminsDoNotReadTheRequest() {
        assertEquals(404, api.get("/help-requests/" + careRequest, enschedeCoordinator.token()).status());
        assertEquals(404, api.get("/help-requests/" + careRequest, enschedeVet.token()).status());
        assertEquals(404, api.get("/help-requests/" + careRequest, bewoner2.token()).status());
        assertEquals(404, api.get("/help-requests/" + careRequest, bewoner1.token()).status());
        assertEquals(403, api.get("/help-requests/" + careRequest, admin.token()).status());
    }

    @Test
    void anOfferedVolunteerSeesOnlyTheBlurredPlaceBeforeAccepting() {
        for (Person volunteer : List.of(anna, bram)) {
            JsonNode offer = offerFor(volunteer, openRequest);

            assertNoCareData(offer);
            JsonNode approximate = offer.get("where").get("approximateLocation").get("coordinates");
            assertNotEquals(List.of(LON, LAT), List.of(approximate.get(0).asDouble(), approximate.get(1).asDouble()));
            assertEquals(404, api.get("/help-requests/" + openRequest, volunteer.token()).status());
            assertFalse(idsOf(api.get("/me/tasks", volunteer.token()).json()).contains(openRequest));
        }
    }

    @Test
    void theAssignedVolunteerReadsThePlaceAndCareNotesWhileTheTaskIsLive() {
        assertCareDataShown(api.get("/help-requests/" + careRequest, anna.token()));
        JsonNode task = taskOf(anna, careRequest);
        assertEquals(ADDRESS, task.get("addressLine").asText());
        assertEquals(LON, task.get("location").get("coordinates").get(0).asDouble(), 1e-9);
        assertEquals("slechtziend, let op de drempel", task.get("personNeeds").asText());
        assertEquals("Sleutel ligt bij de buren op nummer 14", task.get("handoverNote").asText());
    }

    @Test
    void aVolunteerWhoWasNotChosenNoLongerSeesTheRequest() {
        assertEquals(404, api.get("/help-requests/" + careRequest, bram.token()).status());
        assertFalse(idsOf(api.get("/me/tasks", bram.token()).json()).contains(careRequest));
        assertTrue(requestIdsOfOffers(bram).stream().noneMatch(id -> id == careRequest), "the offer was withdrawn");
    }

    @Test
    void afterTheTaskIsDoneTheVolunteerNoLongerSeesThePlaceOrCareNotes() {
        assertEquals("DONE", completionAnswer.get("status").asText());
        assertNoCareData(completionAnswer);
        assertEquals(404, api.get("/help-requests/" + doneRequest, anna.token()).status());
        assertFalse(idsOf(api.get("/me/tasks", anna.token()).json()).contains(doneRequest));
        // The requester still has everything.
        assertCareDataShown(api.get("/help-requests/" + doneRequest, mantelzorger.token()));
    }

    @Test
    void afterACancellationTheVolunteerNoLongerSeesTheRequest() {
        assertEquals(404, api.get("/help-requests/" + cancelledRequest, anna.token()).status());
        assertFalse(idsOf(api.get("/me/tasks", anna.token()).json()).contains(cancelledRequest));
        assertTrue(requestIdsOfOffers(anna).stream().noneMatch(id -> id == cancelledRequest));
    }

    private void assertCareDataShown(Api.Response response) {
        assertEquals(200, response.status(), response.raw());
        JsonNode request = response.json();
        for (String field : CARE_FIELDS) {
            assertTrue(request.hasNonNull(field), field + " missing: " + request);
        }
        assertEquals(ADDRESS, request.get("addressLine").asText());
        assertEquals(LON, request.get("location").get("coordinates").get(0).asDouble(), 1e-9);
        assertEquals(LAT, request.get("location").get("coordinates").get(1).asDouble(), 1e-9);
    }

    @Test
    void docsSecurityMdShowsTheMatrix() throws IOException {
        String table = AccessMatrix.markdown();
        Path doc = Path.of("../docs/security.md");
        String text = Files.exists(doc) ? Files.readString(doc) : "";

        if (!text.contains("## Authorisation matrix\n") || !text.contains(table)) {
            fail("docs/security.md does not show the current AccessMatrix. Put this under '## Authorisation matrix':\n\n" + table);
        }
    }

    private static void assertNoCareData(JsonNode node) {
        for (String field : CARE_FIELDS) {
            assertFalse(node.has(field), field + " must not be shown here: " + node);
        }
    }

    private void attempt(String row, String against, Person caller, String path, Object body) {
        attempts.add(new Attempt(row, against, caller.token(), path, body));
    }

    private People people() {
        return new People(api);
    }

    private boolean streams(Row row) {
        UriRouteInfo<?, ?> route = routes.get(row.key());
        return route != null && route.getProduces().contains(MediaType.TEXT_EVENT_STREAM_TYPE);
    }

    /**
     * Whether a live stream opens. It sends its headers with the first event (a ping comes after
     * 25 s), while a refusal comes at once from the security filter: no answer within 2 s is open.
     */
    private boolean streamOpens(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.base().resolve(path)).timeout(Duration.ofSeconds(2))
                .header("Accept", MediaType.TEXT_EVENT_STREAM);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<InputStream> response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return response.statusCode() == 200;
        } catch (HttpTimeoutException stillOpen) {
            return true;
        }
    }

    private static boolean ignored(String template) {
        return template.startsWith("/dashboard") || template.equals("/health") || template.startsWith("/health/");
    }

    private static String demoAccountOf(Audience role) {
        return switch (role) {
            case RESIDENT -> "bewoner1";
            case MANTELZORGER -> "mantelzorger";
            case VOLUNTEER -> "vrijwilliger1";
            case VET_STAFF -> "vet";
            case COORDINATOR -> "coordinator";
            case ADMIN -> "admin";
            default -> throw new IllegalArgumentException(role.name());
        };
    }

    private static Map<String, Object> careRequestBody(String description) {
        return Map.of("kind", "GOEDE_BUREN", "task", "SHOPPING", "location", point(LON, LAT), "addressLine", ADDRESS,
                "description", description, "urgency", "NORMAL",
                "onBehalf", Map.of("personName", "Mevrouw Jansen", "needs", "slechtziend, let op de drempel",
                        "handoverNote", "Sleutel ligt bij de buren op nummer 14"));
    }

    private static Map<String, Object> point(double lon, double lat) {
        return Map.of("type", "Point", "coordinates", List.of(lon, lat));
    }

    private static long created(Api.Response response) {
        assertEquals(201, response.status(), response.raw());
        return response.json().get("id").asLong();
    }

    private long offerOf(Person volunteer, long requestId) {
        return offerFor(volunteer, requestId).get("id").asLong();
    }

    /** An offer in any state, from the matching log (the volunteer's own list shows only open ones). */
    private long offerOf(Person volunteer, long requestId, String status) {
        JsonNode log = api.get("/help-requests/" + requestId + "/matching-log", coordinator.token()).json();
        return StreamSupport.stream(log.get("offers").spliterator(), false)
                .filter(o -> o.get("volunteerId").asLong() == volunteer.id() && o.get("status").asText().equals(status))
                .findFirst().orElseThrow(() -> new AssertionError("no " + status + " offer: " + log)).get("offerId").asLong();
    }

    private JsonNode offerFor(Person volunteer, long requestId) {
        JsonNode offers = api.get("/me/offers", volunteer.token()).json();
        return StreamSupport.stream(offers.spliterator(), false)
                .filter(o -> o.get("requestId").asLong() == requestId)
                .findFirst().orElseThrow(() -> new AssertionError("no offer of request " + requestId + ": " + offers));
    }

    private List<Long> requestIdsOfOffers(Person volunteer) {
        return StreamSupport.stream(api.get("/me/offers", volunteer.token()).json().spliterator(), false)
                .map(o -> o.get("requestId").asLong()).toList();
    }

    private JsonNode taskOf(Person volunteer, long requestId) {
        JsonNode tasks = api.get("/me/tasks", volunteer.token()).json();
        return StreamSupport.stream(tasks.spliterator(), false).filter(t -> t.get("id").asLong() == requestId)
                .findFirst().orElseThrow(() -> new AssertionError("no task " + requestId + ": " + tasks));
    }

    private static List<Long> idsOf(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(n -> n.get("id").asLong()).toList();
    }

    private long firstNotificationOf(Person person) {
        JsonNode items = api.get("/me/notifications", person.token()).json().get("items");
        assertTrue(items.size() > 0, "no notification yet");
        return items.get(0).get("id").asLong();
    }

    private static Set<String> fieldsOf(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String json(Object body) {
        try {
            return Api.JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
