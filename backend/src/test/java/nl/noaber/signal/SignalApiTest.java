package nl.noaber.signal;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.matching.WaveJobAccess;
import nl.noaber.privacy.RetentionJob;
import nl.noaber.support.Api;
import nl.noaber.support.People;
import nl.noaber.support.People.Person;
import nl.noaber.support.TimeTravel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Zorgsignalen (issue #11): routing to the wijk's VET team, who sees what, audit, retention and export. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignalApiTest {

    // Keizerslanden (served by the demo VET), Colmschate-Zuid (served by a colleague), Binnenstad (no team).
    static final double[] KEIZERSLANDEN = {6.1680, 52.2680};
    static final double[] COLMSCHATE_ZUID = {6.2319, 52.2480};
    static final double[] BINNENSTAD = {6.1586, 52.2528};

    @Inject
    Api api;

    @Inject
    WaveJobAccess waveJob;

    @Inject
    RetentionJob retention;

    @Inject
    DataSource dataSource;

    Person coordinator;
    Person vet;
    Person colmschateVet;
    Person enschedeVet;
    Person resident;
    Person anna;
    Person bram;
    Person colm;
    Person binnen;

    @BeforeAll
    void deventerWithTwoVetTeams() {
        People people = new People(api);
        coordinator = people.demo("coordinator", "deventer");
        vet = people.demo("vet", "deventer");
        enschedeVet = people.demo("vet", "enschede");
        resident = people.demo("bewoner1", "deventer");
        Person admin = people.demo("admin", "deventer");
        assertEquals(201, api.post("/accounts", admin.token(), Map.of("email", "vet.colmschate@example.org",
                "initialPassword", "tijdelijk-wachtwoord", "displayName", "VET Colmschate", "roles", List.of("VET_STAFF"))).status());
        colmschateVet = people.loggedIn(api.login("vet.colmschate@example.org", "tijdelijk-wachtwoord"));
        assertEquals(201, api.post("/initiatives", coordinator.token(), Map.of("kind", "GOEDE_BUREN", "name", "Goede Buren Deventer",
                "wijken", List.of("WK015006", "WK015010", "WK015001"))).status());
        Map<String, Object> busy = People.profile(KEIZERSLANDEN[0] + 0.002, KEIZERSLANDEN[1], "GOEDE_BUUR", 1500);
        busy.put("maxTasksPerWeek", 30);   // Anna takes a task in nearly every test
        anna = people.volunteer("GM0150", "anna", busy);
        bram = people.volunteer("GM0150", "bram", KEIZERSLANDEN[0] + 0.003, KEIZERSLANDEN[1], "GOEDE_BUUR", 1500);
        colm = people.volunteer("GM0150", "colm", COLMSCHATE_ZUID[0] + 0.002, COLMSCHATE_ZUID[1], "GOEDE_BUUR", 1500);
        binnen = people.volunteer("GM0150", "binnen", BINNENSTAD[0] + 0.002, BINNENSTAD[1], "GOEDE_BUUR", 1500);

        Api.Response team = api.put("/accounts/" + vet.id() + "/wijken", coordinator.token(), Map.of("wijken", List.of("WK015006")));
        assertEquals(200, team.status(), team.raw());
        assertEquals(200, api.put("/accounts/" + colmschateVet.id() + "/wijken", coordinator.token(),
                Map.of("wijken", List.of("WK015010"))).status());
    }

    @Test
    void aSignalGoesToTheVetTeamOfThePersonsWijkOnly() {
        long task = acceptedTask(anna, KEIZERSLANDEN, "WK015006");

        JsonNode receipt = raise(anna, task, "LONELINESS", "SOON", "Zegt dat ze al weken niemand spreekt");

        assertEquals("RECEIVED", receipt.get("progress").asText());
        assertFalse(receipt.has("emergencyNumbers"), "only for URGENT_SAFETY");
        long id = receipt.get("id").asLong();
        assertTrue(idsOf(api.get("/signals", vet.token()).json()).contains(id));
        assertFalse(idsOf(api.get("/signals", colmschateVet.token()).json()).contains(id), "another wijk's VET");
        assertEquals(404, api.get("/signals/" + id, colmschateVet.token()).status());
        assertTrue(idsOf(api.get("/signals", coordinator.token()).json()).contains(id), "coordinators see the gemeente");
        assertTrue(hasNotice(vet, "SIGNAL_NEW", id));
        assertFalse(hasNotice(colmschateVet, "SIGNAL_NEW", id));
        assertFalse(hasNotice(bram, "SIGNAL_NEW", id), "never to other volunteers");
    }

    @Test
    void aSignalOfAWijkWithoutATeamGoesToEveryVetStaffMember() {
        long task = acceptedTask(binnen, BINNENSTAD, "WK015001");

        long id = raise(binnen, task, "PET_NEGLECT", "WHEN_POSSIBLE", null).get("id").asLong();

        assertTrue(hasNotice(vet, "SIGNAL_NEW", id));
        assertTrue(hasNotice(colmschateVet, "SIGNAL_NEW", id));
        assertTrue(idsOf(api.get("/signals", colmschateVet.token()).json()).contains(id));
    }

    @Test
    void anUrgentSafetySignalAnswersWithTheEmergencyNumbersAtOnce() {
        long task = acceptedTask(colm, COLMSCHATE_ZUID, "WK015010");

        JsonNode receipt = raise(colm, task, "UNSAFE_HOME", "URGENT_SAFETY", "Gaslucht in de keuken");

        assertEquals("112", receipt.get("emergencyNumbers").get(0).get("number").asText());
        assertTrue(hasNotice(colmschateVet, "SIGNAL_NEW", receipt.get("id").asLong()));
        assertFalse(hasNotice(vet, "SIGNAL_NEW", receipt.get("id").asLong()));
    }

    @Test
    void anotherVolunteerAndAnotherGemeenteGetNotFound() {
        long task = acceptedTask(anna, KEIZERSLANDEN, "WK015006");
        long id = raise(anna, task, "MONEY_TROUBLE", "SOON", null).get("id").asLong();

        assertEquals(404, api.post("/me/tasks/" + task + "/signals", bram.token(),
                Map.of("category", "OTHER", "urgency", "SOON")).status(), "not bram's task");
        assertEquals(404, api.get("/signals/" + id, enschedeVet.token()).status());
        assertEquals(404, api.post("/signals/" + id + "/follow-up", enschedeVet.token(), Map.of("followUp", "CONTACTED")).status());
        assertEquals(403, api.get("/signals/" + id, bram.token()).status(), "volunteers never read the queue");
        assertFalse(idsOf(api.get("/me/signals", bram.token()).json()).contains(id));
    }

    @Test
    void badInputNamesTheField() {
        long task = acceptedTask(anna, KEIZERSLANDEN, "WK015006");

        Api.Response tooLong = api.post("/me/tasks/" + task + "/signals", anna.token(),
                Map.of("category", "OTHER", "urgency", "SOON", "note", "x".repeat(501)));
        Api.Response noCategory = api.post("/me/tasks/" + task + "/signals", anna.token(), Map.of("urgency", "SOON"));

        assertEquals(400, tooLong.status(), tooLong.raw());
        assertTrue(tooLong.raw().contains("note"), tooLong.raw());
        assertEquals(400, noCategory.status());
        assertTrue(noCategory.raw().contains("category"), noCategory.raw());
    }

    @Test
    void closingTellsTheVolunteerItWasPickedUpWithoutDetails() {
        long task = acceptedTask(anna, KEIZERSLANDEN, "WK015006");
        long id = raise(anna, task, "MEMORY_PROBLEMS", "SOON", "Vergat dat ik zou komen").get("id").asLong();

        Api.Response progress = api.post("/signals/" + id + "/follow-up", vet.token(), Map.of("followUp", "CONTACTED"));
        Api.Response closed = api.post("/signals/" + id + "/follow-up", vet.token(),
                Map.of("followUp", "REFERRED_HUISARTS", "note", "Dochter gebeld, huisarts ingeschakeld", "close", true));

        assertEquals("IN_PROGRESS", progress.json().get("status").asText(), progress.raw());
        assertEquals("CLOSED", closed.json().get("status").asText(), closed.raw());
        assertEquals(409, api.post("/signals/" + id + "/follow-up", vet.token(), Map.of("followUp", "CONTACTED")).status());
        JsonNode mine = byId(api.get("/me/signals", anna.token()).json(), id);
        assertEquals("PICKED_UP", mine.get("progress").asText());
        assertFalse(mine.has("followUp") || mine.has("followUpNote") || mine.has("note"), "no details: " + mine);
        assertTrue(hasNotice(anna, "SIGNAL_PICKED_UP", id));
    }

    @Test
    void staffReadsOfASignalAreAudited() {
        long task = acceptedTask(anna, KEIZERSLANDEN, "WK015006");
        long id = raise(anna, task, "SELF_NEGLECT", "SOON", "Koelkast leeg").get("id").asLong();

        JsonNode detail = api.get("/signals/" + id, vet.token()).json();

        assertEquals("Bewoner Een", detail.get("person").get("name").asText());
        TimeTravel rows = new TimeTravel(dataSource);
        assertEquals(1L, rows.value("SELECT count(*) FROM personal_data_read WHERE subject = 'care_signal' AND subject_id = ? "
                + "AND purpose = 'signal detail' AND 'person.name' = ANY (fields)", id));
        api.get("/signals", coordinator.token());
        assertEquals(1L, rows.value("SELECT count(*) FROM personal_data_read WHERE subject = 'care_signal' AND subject_id = ? "
                + "AND purpose = 'signal queue' AND reader_role = 'COORDINATOR'", id));
    }

    @Test
    void aWorryCanBeFlaggedUpToFourteenDaysAfterTheTaskWasDone() {
        long recent = doneTask(anna, KEIZERSLANDEN);
        long old = doneTask(anna, KEIZERSLANDEN);
        new TimeTravel(dataSource).update("UPDATE help_request SET completed_at = now() - interval '15 days' WHERE id = ?", old);

        assertEquals(201, api.post("/me/tasks/" + recent + "/signals", anna.token(), Map.of("category", "LONELINESS", "urgency", "SOON")).status());
        Api.Response late = api.post("/me/tasks/" + old + "/signals", anna.token(), Map.of("category", "LONELINESS", "urgency", "SOON"));
        assertEquals(409, late.status(), late.raw());
        assertEquals("/problems/signal-window-closed", late.json().get("type").asText());
    }

    @Test
    void retentionDropsTheNotesOfClosedSignalsAfterTheRetentionMonths() {
        long task = acceptedTask(anna, KEIZERSLANDEN, "WK015006");
        long oldSignal = raise(anna, task, "LONELINESS", "SOON", "Oude zorg").get("id").asLong();
        long openSignal = raise(anna, task, "LONELINESS", "SOON", "Nog open").get("id").asLong();
        api.post("/signals/" + oldSignal + "/follow-up", vet.token(), Map.of("followUp", "CONTACTED", "note", "Gebeld", "close", true));
        TimeTravel rows = new TimeTravel(dataSource);
        rows.update("UPDATE care_signal SET closed_at = now() - interval '13 months' WHERE id = ?", oldSignal);
        rows.update("UPDATE care_signal SET raised_at = now() - interval '14 months' WHERE id = ?", openSignal);

        retention.run();

        assertNull(rows.value("SELECT coalesce(note, follow_up_note) FROM care_signal WHERE id = ?", oldSignal));
        assertEquals("LONELINESS", rows.value("SELECT category FROM care_signal WHERE id = ?", oldSignal), "the count stays");
        assertEquals("Nog open", rows.value("SELECT note FROM care_signal WHERE id = ?", openSignal), "open signals are kept");
    }

    @Test
    void theVolunteerExportsWhatTheyRaisedAndThePersonWhatIsAboutThem() {
        long task = acceptedTask(anna, KEIZERSLANDEN, "WK015006");
        long id = raise(anna, task, "MONEY_TROUBLE", "WHEN_POSSIBLE", "Post stapelt zich op").get("id").asLong();
        api.post("/signals/" + id + "/follow-up", vet.token(), Map.of("followUp", "REFERRED_WMO", "note", "Schuldhulp", "close", true));

        JsonNode volunteers = api.get("/me/export", anna.token()).json().get("sections").get("zorgsignalen");
        JsonNode persons = api.get("/me/export", resident.token()).json().get("sections").get("zorgsignalen");

        JsonNode raised = rowWithId(volunteers.get("raised"), id);
        assertEquals("Post stapelt zich op", raised.get("note").asText());
        assertFalse(raised.has("follow_up_note"), "the VET's record is not the volunteer's");
        JsonNode aboutMe = rowWithId(persons.get("aboutMe"), id);
        assertEquals("REFERRED_WMO", aboutMe.get("follow_up").asText());
    }

    @Test
    void erasingTheVolunteerWhoRaisedASignalDropsItsTextButTheVetKeepsTheSignalAndTheLogItsCount() {
        Person leaving = new People(api).volunteer("GM0150", "vertrekt", KEIZERSLANDEN[0] + 0.0025, KEIZERSLANDEN[1], "GOEDE_BUUR", 1500);
        long task = acceptedTask(leaving, KEIZERSLANDEN, "WK015006");
        long id = raise(leaving, task, "LONELINESS", "SOON", "Mevrouw huilde aan de deur").get("id").asLong();
        Api.Response followUp = api.post("/signals/" + id + "/follow-up", vet.token(), Map.of("followUp", "CONTACTED", "note", "Dochter gebeld"));
        assertEquals(200, followUp.status(), followUp.raw());
        TimeTravel rows = new TimeTravel(dataSource);
        String raisedEvents = "SELECT count(*) FROM activity_event WHERE gemeente = 'GM0150' AND type = 'signal.raised' AND id > ?";
        Object counted = rows.value(raisedEvents, 0);

        assertEquals(204, api.send("DELETE", "/me", leaving.token(), null, null).status());

        assertNull(rows.value("SELECT coalesce(note, follow_up_note) FROM care_signal WHERE id = ?", id), "the free text goes");
        assertNotNull(rows.value("SELECT anonymised_at FROM care_signal WHERE id = ?", id));
        assertEquals("LONELINESS", rows.value("SELECT category FROM care_signal WHERE id = ?", id));
        Api.Response detail = api.get("/signals/" + id, vet.token());
        assertEquals(200, detail.status(), "the VET's follow-up goes on: " + detail.raw());
        assertTrue(detail.json().path("note").isMissingNode() || detail.json().get("note").isNull(), detail.raw());
        assertEquals("IN_PROGRESS", detail.json().get("status").asText());
        assertEquals(counted, rows.value(raisedEvents, 0), "the pseudonymous count stays in the activity log");
    }

    @Test
    void aSignalRetriedWithTheSameIdempotencyKeyIsRaisedOnceAndAnsweredAsTheFirstTime() {
        long task = acceptedTask(anna, KEIZERSLANDEN, "WK015006");
        String key = UUID.randomUUID().toString();
        String body = "{\"category\":\"UNSAFE_HOME\",\"urgency\":\"URGENT_SAFETY\",\"note\":\"Deur stond open, niemand thuis\"}";

        Api.Response first = api.send("POST", "/me/tasks/" + task + "/signals", anna.token(), body, "application/json",
                "Idempotency-Key", key);
        Api.Response retried = api.send("POST", "/me/tasks/" + task + "/signals", anna.token(), body, "application/json",
                "Idempotency-Key", key);

        assertEquals(201, first.status(), first.raw());
        assertEquals(201, retried.status(), retried.raw());
        assertEquals(first.json(), retried.json(), "the first answer, 112 included");
        assertEquals(1L, ((Number) new TimeTravel(dataSource).value(
                "SELECT count(*) FROM care_signal WHERE request_id = ? AND category = 'UNSAFE_HOME'", task)).longValue());
        long id = first.json().get("id").asLong();
        long notices = StreamSupport.stream(api.get("/me/notifications?limit=100", vet.token()).json().get("items").spliterator(), false)
                .filter(n -> n.get("type").asText().equals("SIGNAL_NEW")
                        && n.path("data").path("signalId").asText().equals(String.valueOf(id))).count();
        assertEquals(1, notices, "the VET is told once");
    }

    // Fixtures

    private long acceptedTask(Person volunteer, double[] place, String wijk) {
        JsonNode posted = api.post("/help-requests", resident.token(), Map.of("kind", "GOEDE_BUREN", "task", "SHOPPING",
                "location", Map.of("type", "Point", "coordinates", List.of(place[0], place[1])),
                "addressLine", "Teststraat 1, Deventer", "description", "Boodschappen", "urgency", "NORMAL")).json();
        assertEquals(wijk, posted.get("wijk").get("code").asText(), "the fixture's place lies in " + wijk);
        long request = posted.get("id").asLong();
        waveJob.runOnce();
        JsonNode offers = api.get("/me/offers", volunteer.token()).json();
        long offer = StreamSupport.stream(offers.spliterator(), false).filter(o -> o.get("requestId").asLong() == request)
                .findFirst().orElseThrow(() -> new AssertionError("no offer of " + request + ": " + offers)).get("id").asLong();
        assertEquals(200, api.post("/offers/" + offer + "/accept", volunteer.token(), Map.of()).status());
        return request;
    }

    private long doneTask(Person volunteer, double[] place) {
        long task = acceptedTask(volunteer, place, "WK015006");
        assertEquals(200, api.post("/me/tasks/" + task + "/start", volunteer.token(), Map.of()).status());
        assertEquals(200, api.post("/me/tasks/" + task + "/completion", volunteer.token(), Map.of("minutesSpent", 30)).status());
        return task;
    }

    private JsonNode raise(Person volunteer, long task, String category, String urgency, String note) {
        Map<String, Object> body = note == null ? Map.of("category", category, "urgency", urgency)
                : Map.of("category", category, "urgency", urgency, "note", note);
        Api.Response raised = api.post("/me/tasks/" + task + "/signals", volunteer.token(), body);
        assertEquals(201, raised.status(), raised.raw());
        return raised.json();
    }

    private boolean hasNotice(Person person, String type, long signalId) {
        JsonNode items = api.get("/me/notifications?limit=100", person.token()).json().get("items");
        return StreamSupport.stream(items.spliterator(), false).anyMatch(n -> n.get("type").asText().equals(type)
                && n.path("data").path("signalId").asText().equals(String.valueOf(signalId)));
    }

    static List<Long> idsOf(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(n -> n.get("id").asLong()).toList();
    }

    private static JsonNode byId(JsonNode list, long id) {
        return StreamSupport.stream(list.spliterator(), false).filter(n -> n.get("id").asLong() == id).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + list));
    }

    private static JsonNode rowWithId(JsonNode rows, long id) {
        return byId(rows, id);
    }
}
