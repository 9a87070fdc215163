package nl.noaber.signal;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.matching.WaveJobAccess;
import nl.noaber.support.Api;
import nl.noaber.support.People;
import nl.noaber.support.People.Person;
import nl.noaber.support.TimeTravel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Outcome questions and the statistics of outcomes and signals (issue #11), on a hand-computed
 * March 2025 in Deventer written straight into the activity log.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutcomeAndTrendsApiTest {

    static final String KEIZERSLANDEN = "WK015006";
    static final String COLMSCHATE_ZUID = "WK015010";
    static final String BINNENSTAD = "WK015001";
    static final String MARCH = "period=MONTH&from=2025-03-01&to=2025-03-31";

    @Inject
    Api api;

    @Inject
    WaveJobAccess waveJob;

    @Inject
    DataSource dataSource;

    Person coordinator;

    @BeforeAll
    void marchInDeventer() {
        coordinator = new People(api).demo("coordinator", "deventer");
        List<String> rows = new ArrayList<>();
        // Keizerslanden: six answers. inTime 5,5,4,4,3,2; moreInControl 5,4,4,4,4,skip; lessAlone 3,skip×4,2.
        Integer[][] keizerslanden = {{5, 5, 3}, {5, 4, null}, {4, 4, null}, {4, 4, null}, {3, 4, null}, {2, null, 2}};
        // Colmschate-Zuid: four answers. inTime 1,2,3,4; moreInControl 2,2,2,2; lessAlone skipped.
        Integer[][] colmschate = {{1, 2, null}, {2, 2, null}, {3, 2, null}, {4, 2, null}};
        for (Integer[] a : keizerslanden) {
            rows.add(outcome(KEIZERSLANDEN, a));
        }
        for (Integer[] a : colmschate) {
            rows.add(outcome(COLMSCHATE_ZUID, a));
        }
        // Signals: Keizerslanden 6 loneliness, 5 self-neglect, 2 money; Colmschate-Zuid 5 loneliness; Binnenstad 2 loneliness.
        addSignals(rows, KEIZERSLANDEN, "LONELINESS", 6);
        addSignals(rows, KEIZERSLANDEN, "SELF_NEGLECT", 5);
        addSignals(rows, KEIZERSLANDEN, "MONEY_TROUBLE", 2);
        addSignals(rows, COLMSCHATE_ZUID, "LONELINESS", 5);
        addSignals(rows, BINNENSTAD, "LONELINESS", 2);
        new TimeTravel(dataSource).execute("INSERT INTO activity_event (gemeente, occurred_at, type, wijk, kind, category, "
                + "score_in_time, score_in_control, score_less_alone) VALUES " + String.join(", ", rows));
    }

    @Test
    void outcomesAreAggregatedPerWijkWithSmallNumbersHidden() {
        JsonNode report = api.get("/stats/outcomes?" + MARCH, coordinator.token()).json();

        JsonNode k = rowOf(report, KEIZERSLANDEN);
        assertEquals(6, k.get("respondents").asInt());
        assertEquals(6, q(k, "inTime").get("answers").asInt());
        assertEquals(3.83, q(k, "inTime").get("mean").asDouble(), 1e-9, "23 / 6");
        assertEquals("<5", q(k, "inTime").get("shareHigh").asText(), "only 4 answered 4–5");
        assertEquals(4.2, q(k, "moreInControl").get("mean").asDouble(), 1e-9, "21 / 5, the skip left out");
        assertEquals("<5", q(k, "moreInControl").get("shareHigh").asText(), "all five answered 4–5: the rest (0) is small");
        assertEquals("<5", q(k, "lessAlone").get("answers").asText());
        assertEquals("<5", q(k, "lessAlone").get("mean").asText());
        JsonNode c = rowOf(report, COLMSCHATE_ZUID);
        assertEquals("<5", c.get("respondents").asText());
        assertEquals("<5", q(c, "inTime").get("mean").asText());
        JsonNode whole = rowOf(report, null);
        assertEquals(10, whole.get("respondents").asInt());
        assertEquals(3.3, q(whole, "inTime").get("mean").asDouble(), 1e-9, "33 / 10");
        assertEquals(0.5, q(whole, "inTime").get("shareHigh").asDouble(), 1e-9, "5 of 10 answered 4–5");
        assertEquals(3.22, q(whole, "moreInControl").get("mean").asDouble(), 1e-9, "29 / 9");
        assertEquals("<5", q(whole, "moreInControl").get("shareHigh").asText(), "4 answered below 4");
    }

    @Test
    void outcomesOfAnotherKindAreAllBelowFive() {
        JsonNode report = api.get("/stats/outcomes?" + MARCH + "&kind=AUTOMAATJE", coordinator.token()).json();

        assertEquals("<5", rowOf(report, null).get("respondents").asText());
        assertEquals("<5", q(rowOf(report, KEIZERSLANDEN), "inTime").get("mean").asText());
    }

    @Test
    void signalsPerWijkAndCategoryWithPrimaryAndSecondarySuppression() {
        JsonNode report = api.get("/stats/signals?" + MARCH, coordinator.token()).json();

        assertEquals(List.of("LONELINESS", "MONEY_TROUBLE", "SELF_NEGLECT"),
                StreamSupport.stream(report.get("categories").spliterator(), false).map(JsonNode::asText).toList());
        JsonNode k = rowOf(report, KEIZERSLANDEN);
        assertEquals(13, k.get("signals").asInt());
        assertEquals(6, k.get("byCategory").get("LONELINESS").asInt());
        assertEquals("<5", k.get("byCategory").get("MONEY_TROUBLE").asText());
        assertEquals("<5", k.get("byCategory").get("SELF_NEGLECT").asText(), "secondary: 13 − 6 would give the 2 away");
        JsonNode c = rowOf(report, COLMSCHATE_ZUID);
        assertEquals(5, c.get("signals").asInt());
        assertEquals(5, c.get("byCategory").get("LONELINESS").asInt());
        JsonNode b = rowOf(report, BINNENSTAD);
        assertEquals("<5", b.get("signals").asText());
        assertEquals(0, b.get("byCategory").size(), "nothing under a hidden total");
        JsonNode whole = rowOf(report, null);
        assertEquals(20, whole.get("signals").asInt());
        assertEquals(13, whole.get("byCategory").get("LONELINESS").asInt());
        assertEquals("<5", whole.get("byCategory").get("SELF_NEGLECT").asText(), "secondary, beside the hidden 2");
    }

    @Test
    void statisticsAreForStaffOnly() {
        Person volunteer = new People(api).demo("vrijwilliger1", "deventer");
        assertEquals(403, api.get("/stats/signals?" + MARCH, volunteer.token()).status());
        assertEquals(403, api.get("/stats/outcomes?" + MARCH, volunteer.token()).status());
        assertEquals(400, api.get("/stats/outcomes?period=MONTH&wijk=Keizerslanden", coordinator.token()).status());
    }

    @Test
    void theRequesterAnswersOnceAfterDoneEachQuestionSkippable() {
        People people = new People(api);
        Person resident = people.demo("bewoner2", "deventer");
        Person volunteer = people.volunteer("GM0150", "uitkomst", 6.1700, 52.2680, "GOEDE_BUUR", 1500);
        long request = api.post("/help-requests", resident.token(), Map.of("kind", "GOEDE_BUREN", "task", "COMPANY",
                "location", Map.of("type", "Point", "coordinates", List.of(6.1680, 52.2680)), "description", "Kopje koffie",
                "urgency", "NORMAL")).json().get("id").asLong();
        Api.Response early = api.post("/help-requests/" + request + "/outcome", resident.token(), Map.of("inTime", 4));
        assertEquals(409, early.status(), early.raw());
        waveJob.runOnce();
        long offer = StreamSupport.stream(api.get("/me/offers", volunteer.token()).json().spliterator(), false)
                .filter(o -> o.get("requestId").asLong() == request).findFirst().orElseThrow().get("id").asLong();
        api.post("/offers/" + offer + "/accept", volunteer.token(), Map.of());
        api.post("/me/tasks/" + request + "/start", volunteer.token(), Map.of());
        api.post("/me/tasks/" + request + "/completion", volunteer.token(), Map.of("minutesSpent", 45));

        Map<String, Object> answers = new java.util.HashMap<>();
        answers.put("inTime", 5);
        answers.put("moreInControl", null);
        Api.Response answered = api.post("/help-requests/" + request + "/outcome", resident.token(), answers);

        assertEquals(201, answered.status(), answered.raw());
        assertEquals(5, answered.json().get("inTime").asInt());
        assertFalse(answered.json().has("moreInControl"), "skipped");
        assertFalse(answered.json().get("onBehalf").asBoolean());
        assertEquals(409, api.post("/help-requests/" + request + "/outcome", resident.token(), Map.of("lessAlone", 3)).status());
        assertEquals(403, api.post("/help-requests/" + request + "/outcome", volunteer.token(), Map.of("inTime", 1)).status());
        Api.Response outOfRange = api.post("/help-requests/" + request + "/outcome", resident.token(), Map.of("inTime", 6));
        assertEquals(400, outOfRange.status());
        assertTrue(outOfRange.raw().contains("inTime"));
        assertEquals(1L, new TimeTravel(dataSource).value(
                "SELECT count(*) FROM activity_event WHERE type = 'outcome.answered' AND score_in_time = 5 "
                + "AND occurred_at > now() - interval '1 hour' AND id > ?", 0));
    }

    @Test
    void vetStaffAnswersOnTheResidentsBehalfOnceAndAnotherGemeenteGetsNotFound() {
        People people = new People(api);
        Person resident = people.demo("bewoner1", "deventer");
        Person vet = people.demo("vet", "deventer");
        Person enschedeVet = people.demo("vet", "enschede");
        Person volunteer = people.volunteer("GM0150", "namens", 6.1695, 52.2685, "GOEDE_BUUR", 1500);
        long request = api.post("/help-requests", resident.token(), Map.of("kind", "GOEDE_BUREN", "task", "COMPANY",
                "location", Map.of("type", "Point", "coordinates", List.of(6.1680, 52.2680)), "description", "Samen wandelen",
                "urgency", "NORMAL")).json().get("id").asLong();
        waveJob.runOnce();
        long offer = StreamSupport.stream(api.get("/me/offers", volunteer.token()).json().spliterator(), false)
                .filter(o -> o.get("requestId").asLong() == request).findFirst().orElseThrow().get("id").asLong();
        assertEquals(200, api.post("/offers/" + offer + "/accept", volunteer.token(), Map.of()).status());
        assertEquals(200, api.post("/me/tasks/" + request + "/start", volunteer.token(), Map.of()).status());
        assertEquals(200, api.post("/me/tasks/" + request + "/completion", volunteer.token(), Map.of("minutesSpent", 60)).status());

        assertEquals(404, api.post("/help-requests/" + request + "/outcome", enschedeVet.token(), Map.of("inTime", 1)).status());
        Api.Response answered = api.post("/help-requests/" + request + "/outcome", vet.token(),
                Map.of("inTime", 4, "moreInControl", 3, "lessAlone", 5));

        assertEquals(201, answered.status(), answered.raw());
        assertTrue(answered.json().get("onBehalf").asBoolean(), answered.raw());
        assertEquals(5, answered.json().get("lessAlone").asInt());
        Api.Response again = api.post("/help-requests/" + request + "/outcome", resident.token(), Map.of("inTime", 2));
        assertEquals(409, again.status(), "answered once, whoever answered: " + again.raw());
        assertEquals("/problems/outcome-not-open", again.json().get("type").asText());
        TimeTravel rows = new TimeTravel(dataSource);
        assertEquals(Boolean.TRUE, rows.value("SELECT on_behalf FROM outcome_answer WHERE request_id = ?", request));
        assertEquals(vet.id(), ((Number) rows.value("SELECT answered_by FROM outcome_answer WHERE request_id = ?", request)).longValue());
        assertEquals(4, ((Number) rows.value("SELECT in_time FROM outcome_answer WHERE request_id = ?", request)).intValue());
    }

    private static String outcome(String wijk, Integer[] a) {
        return "('GM0150', '2025-03-10T10:00:00+01', 'outcome.answered', '" + wijk + "', 'GOEDE_BUREN', NULL, "
                + a[0] + ", " + a[1] + ", " + a[2] + ")";
    }

    private static void addSignals(List<String> rows, String wijk, String category, int n) {
        for (int i = 0; i < n; i++) {
            rows.add("('GM0150', '2025-03-12T10:00:00+01', 'signal.raised', '" + wijk + "', 'GOEDE_BUREN', '" + category
                    + "', NULL, NULL, NULL)");
        }
    }

    private static JsonNode q(JsonNode row, String question) {
        return row.get("questions").get(question);
    }

    private static JsonNode rowOf(JsonNode report, String wijk) {
        return StreamSupport.stream(report.get("rows").spliterator(), false)
                .filter(r -> wijk == null ? !r.has("wijk") || r.get("wijk").isNull() : wijk.equals(r.path("wijk").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + wijk));
    }
}
