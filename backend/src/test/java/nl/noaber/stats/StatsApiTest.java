package nl.noaber.stats;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.support.Api;
import nl.noaber.support.Demo;
import nl.noaber.support.TimeTravel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static nl.noaber.stats.ReachScenario.KEIZERSLANDEN;
import static nl.noaber.stats.ReachScenario.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Goals and traffic lights, the exports, and who may see what — on the scenario week. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatsApiTest {

    private static final String WEEK = "/stats/reach?period=WEEK&from=" + MONDAY + "&to=" + MONDAY;

    @Inject
    Api api;

    @Inject
    ReachRollup rollup;

    @Inject
    DataSource dataSource;

    String coordinator;

    @BeforeAll
    void aWeekInDeventer() {
        ReachScenario.writeInto(new TimeTravel(dataSource));
        rollup.rollUp(Demo.DEVENTER);
        coordinator = api.login(Demo.email("coordinator", "deventer"), Demo.PASSWORD);
    }

    @Test
    void aGoalTurnsTheValueIntoATrafficLight() {
        assertEquals("AMBER", signalAfterGoal("requestsPosted", 12), "10 is within 20% of 12");
        assertEquals("GREEN", signalAfterGoal("requestsPosted", 10));
        assertEquals("RED", signalAfterGoal("requestsPosted", 20));
        assertEquals("AMBER", signalAfterGoal("medianHoursToAcceptance", 4), "4.5 h waited, less is better");
        assertEquals("GREEN", signalAfterGoal("medianHoursToAcceptance", 5));
        assertEquals("NONE", signalAfterGoal("escalations", 1), "a hidden number gets no light");

        JsonNode goals = api.get("/stats/targets", coordinator).json();
        assertTrue(goals.size() >= 3);
        assertEquals(204, api.send("DELETE", "/stats/targets/" + KEIZERSLANDEN + "/requestsPosted", coordinator, null, null).status());
        JsonNode row = ReachScenario.rowOf(api.get(WEEK, coordinator).json(), KEIZERSLANDEN);
        assertEquals("NONE", row.get("metrics").get("requestsPosted").get("signal").asText());
        assertTrue(row.get("metrics").get("requestsPosted").path("goal").isMissingNode());
    }

    @Test
    void goalsAreCheckedAndKeptToTheCoordinatorsOwnWijken() {
        assertField(api.put("/stats/targets/" + KEIZERSLANDEN + "/matchedShare", coordinator, Map.of("goal", 1.5)), 400, "goal");
        assertField(api.put("/stats/targets/" + KEIZERSLANDEN + "/happiness", coordinator, Map.of("goal", 1)), 400, "metric");
        assertField(api.put("/stats/targets/" + KEIZERSLANDEN + "/rides", coordinator, Map.of("goal", -1)), 400, "goal");
        assertEquals(404, api.put("/stats/targets/WK015301/rides", coordinator, Map.of("goal", 3)).status(),
                "an Enschede wijk is not a Deventer coordinator's");
        assertEquals(404, api.put("/stats/targets/WK015099/rides", coordinator, Map.of("goal", 3)).status());
        String vet = api.login(Demo.email("vet", "deventer"), Demo.PASSWORD);
        assertEquals(200, api.get(WEEK, vet).status(), "VET staff read the statistics");
        assertEquals(403, api.put("/stats/targets/" + KEIZERSLANDEN + "/rides", vet, Map.of("goal", 3)).status());
        String resident = api.login(Demo.email("bewoner1", "deventer"), Demo.PASSWORD);
        assertEquals(403, api.get(WEEK, resident).status());
        assertEquals(401, api.get(WEEK, null).status());
    }

    @Test
    void anotherGemeenteSeesOnlyItsOwnNumbers() {
        String enschede = api.login(Demo.email("coordinator", "enschede"), Demo.PASSWORD);

        JsonNode report = api.get(WEEK + "&source=RAW", enschede).json();

        assertEquals("GM0153", report.get("gemeente").asText());
        for (JsonNode row : report.get("rows")) {
            assertTrue(row.get("wijk") == null || row.get("wijk").asText().startsWith("WK0153"), row.toString());
            assertEquals("<5", row.get("metrics").get("requestsPosted").get("value").asText());
        }
        assertEquals(404, api.get("/stats/reach?wijk=" + KEIZERSLANDEN, enschede).status());
    }

    @Test
    void aBadRangeIsNamed() {
        assertField(api.get("/stats/reach?from=2025-03-10&to=2025-03-01", coordinator), 400, "from");
        assertField(api.get("/stats/reach?period=DAY&from=2024-01-01&to=2025-03-01", coordinator), 400, "from");
        assertEquals(400, api.get("/stats/reach?period=HOURLY", coordinator).status());
        assertEquals(400, api.get("/stats/reach?from=yesterday", coordinator).status());
        assertField(api.get("/stats/annual-report.csv?year=2999", coordinator), 400, "year");
        assertField(api.get("/stats/reach?from=1999-12-31&to=2000-01-31", coordinator), 400, "from");
        assertField(api.get("/stats/reach?to=%2B999999999-12-31", coordinator), 400, "to");
    }

    @Test
    void theCsvOpensInDutchExcel() {
        Api.Response csv = api.get(WEEK.replace("/stats/reach", "/stats/reach.csv"), coordinator);

        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.header("Content-Disposition").contains("noaber-bereik-GM0150-week.csv"));
        assertTrue(csv.raw().startsWith("\uFEFF"), "a byte order mark, so Excel reads UTF-8");
        List<String> lines = csv.raw().substring(1).lines().toList();
        List<String> header = Arrays.asList(lines.get(0).split(";"));
        assertEquals("Periode vanaf", header.get(0));
        assertTrue(header.contains("Naar coördinator"), header.toString());
        String keizerslanden = lines.stream().filter(l -> l.contains(KEIZERSLANDEN)).findFirst().orElseThrow();
        List<String> cells = Arrays.asList(keizerslanden.split(";", -1));
        assertEquals("4,5", cells.get(header.indexOf("Wachttijd tot koppeling, mediaan (uur)")), "decimal comma");
        assertEquals("7,3", cells.get(header.indexOf("Wachttijd tot koppeling, 90% binnen (uur)")));
        assertEquals("<5", cells.get(header.indexOf("Aandeel gekoppeld")));
        assertEquals("<5", cells.get(header.indexOf("Naar coördinator")));
        assertEquals("", cells.get(header.indexOf("Naar coördinator per taak")), "no breakdown of a hidden total");
    }

    @Test
    void theMapCarriesTheMetricOnEveryWijk() {
        Api.Response map = api.get("/stats/wijken.geojson?metric=residentsHelped&period=WEEK&date=" + MONDAY.plusDays(2),
                coordinator);

        assertEquals(200, map.status(), map.raw());
        assertTrue(map.contentType().startsWith("application/geo+json"));
        JsonNode features = map.json().get("features");
        assertEquals(api.get("/wijken", coordinator).json().get("features").size(), features.size());
        for (JsonNode feature : features) {
            JsonNode properties = feature.get("properties");
            assertEquals(MONDAY.toString(), properties.get("periodStart").asText());
            if (properties.get("wijk").asText().equals(KEIZERSLANDEN)) {
                assertEquals(7, properties.get("value").asInt());
                assertEquals("Polygon", feature.get("geometry").get("type").asText());
            }
        }
        assertField(api.get("/stats/wijken.geojson?metric=happiness", coordinator), 400, "metric");
        assertField(api.get("/stats/wijken.geojson?metric=rides&date=1990-01-01", coordinator), 400, "date");
    }

    @Test
    void theAnnualReportHasEveryWijkForAllKindsAndEachKind() {
        rollup.rollUp(Demo.DEVENTER);
        int wijken = api.get("/wijken", coordinator).json().get("features").size();

        Api.Response report = api.get("/stats/annual-report.csv?year=2025", coordinator);

        assertEquals(200, report.status());
        List<String> lines = report.raw().substring(1).lines().toList();
        assertEquals(1 + (1 + wijken) * 5, lines.size(), "header, then gemeente + wijken for all kinds and each of 4 kinds");
        String respijtColmschate = lines.stream().filter(l -> l.contains(ReachScenario.COLMSCHATE_ZUID) && l.contains(";RESPIJT;"))
                .findFirst().orElseThrow();
        assertTrue(respijtColmschate.startsWith("2025-01-01;"), respijtColmschate);
        assertFalse(report.raw().contains("GREEN") || report.raw().contains("doel"), "no goals in a public report");
        List<String> header = Arrays.asList(lines.get(0).split(";"));
        String gemeente = lines.stream().filter(l -> l.startsWith("2025-01-01;;Hele gemeente;Alle;")).findFirst().orElseThrow();
        assertEquals("20", gemeente.split(";", -1)[header.indexOf("Hulpvragen")], "19 requests, rounded to fives for publication");
    }

    @Test
    void anInstanceSkipsAGemeenteAnotherInstanceIsRollingUp() throws Exception {
        try (Connection other = TimeTravel.connection(dataSource)) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement(
                    "SELECT 1 FROM stats_rollup_state WHERE gemeente = 'GM0150' FOR UPDATE")) {
                lock.execute();
            }
            assertFalse(rollup.rollUp(Demo.DEVENTER), "claimed by the other instance");
            other.rollback();
        }
        assertTrue(rollup.rollUp(Demo.DEVENTER));
    }

    @Test
    void aRunRecomputesOnlyThePeriodsWithNewEvents() {
        TimeTravel database = new TimeTravel(dataSource);
        rollup.rollUp(Demo.DEVENTER);
        // A marker in an old period: a run that recomputed everything would wipe it.
        database.execute("INSERT INTO stats_rollup VALUES ('GM0150', 'MONTH', '2020-01-01', '', '', 'marker', '', 1)");
        String today = "/stats/reach?period=DAY&wijk=" + KEIZERSLANDEN;
        int before = postedToday(today);
        String post = "INSERT INTO activity_event (gemeente, occurred_at, type, wijk, kind, task) "
                + "VALUES ('GM0150', now(), 'request.posted', '" + KEIZERSLANDEN + "', 'GOEDE_BUREN', 'SHOPPING')";
        for (int i = 0; i < 6; i++) {
            database.execute(post);
        }

        assertEquals(before, postedToday(today), "not rolled up yet");
        assertTrue(rollup.rollUp(Demo.DEVENTER));

        assertEquals(before + 6, postedToday(today));
        assertEquals(1L, database.value("SELECT count(*) FROM stats_rollup WHERE fact = 'marker' AND 0 < ?", 1));
    }

    @Test
    void historyImportedLaterStillReachesTheRollups() {
        TimeTravel database = new TimeTravel(dataSource);
        rollup.rollUp(Demo.DEVENTER);
        // Logged now, happened in June 2024: an import of an earlier registration.
        for (int i = 0; i < 6; i++) {
            database.execute("INSERT INTO activity_event (gemeente, occurred_at, type, wijk, kind, task) VALUES "
                    + "('GM0150', '2024-06-10T12:00:00+02:00', 'request.posted', '" + KEIZERSLANDEN + "', 'GOEDE_BUREN', 'SHOPPING')");
        }

        rollup.rollUp(Demo.DEVENTER);

        JsonNode june = ReachScenario.rowOf(api.get("/stats/reach?period=MONTH&from=2024-06-01&to=2024-06-30", coordinator).json(), KEIZERSLANDEN);
        assertEquals(6, june.get("metrics").get("requestsPosted").get("value").asInt());
    }

    @Test
    void quartersAndYearsAreBroughtUpToDateOnceADay() {
        TimeTravel database = new TimeTravel(dataSource);
        rollup.rollUp(Demo.DEVENTER);
        String stored = "SELECT coalesce(sum(value), 0) FROM stats_rollup WHERE gemeente = 'GM0150' AND period = '%s' "
                + "AND period_start = date_trunc('%s', now() AT TIME ZONE 'Europe/Amsterdam')::date AND wijk = '' AND kind = '' "
                + "AND fact = 'posted' AND 0 < ?";
        long yearBefore = ((Number) database.value(stored.formatted("YEAR", "year"), 1)).longValue();
        long dayBefore = ((Number) database.value(stored.formatted("DAY", "day"), 1)).longValue();
        database.execute("INSERT INTO activity_event (gemeente, occurred_at, type, wijk, kind, task) "
                + "VALUES ('GM0150', now(), 'request.posted', 'WK015001', 'GOEDE_BUREN', 'SHOPPING')");

        rollup.rollUp(Demo.DEVENTER);
        assertEquals(dayBefore + 1, ((Number) database.value(stored.formatted("DAY", "day"), 1)).longValue());
        assertEquals(yearBefore, ((Number) database.value(stored.formatted("YEAR", "year"), 1)).longValue(), "not yet");

        // The next day's first run.
        database.execute("UPDATE stats_rollup_state SET long_periods_on = long_periods_on - 1 WHERE gemeente = 'GM0150'");
        database.execute("INSERT INTO activity_event (gemeente, occurred_at, type, wijk, kind, task) "
                + "VALUES ('GM0150', now(), 'request.posted', 'WK015001', 'GOEDE_BUREN', 'SHOPPING')");
        rollup.rollUp(Demo.DEVENTER);
        Object logged = database.value("SELECT count(*) FROM activity_event WHERE gemeente = 'GM0150' AND type = 'request.posted' "
                + "AND occurred_at >= date_trunc('year', now() AT TIME ZONE 'Europe/Amsterdam') AT TIME ZONE 'Europe/Amsterdam' "
                + "AND 0 < ?", 1);
        assertEquals(((Number) logged).longValue(), ((Number) database.value(stored.formatted("YEAR", "year"), 1)).longValue(),
                "this year's requests, all of them");

        // A day later with nothing new, the day's first run still brings quarters and years up to date.
        database.execute("DELETE FROM stats_rollup WHERE gemeente = 'GM0150' AND period = 'YEAR'");
        database.execute("UPDATE stats_rollup_state SET long_periods_on = long_periods_on - 1 WHERE gemeente = 'GM0150'");
        rollup.rollUp(Demo.DEVENTER);
        assertEquals(((Number) logged).longValue(), ((Number) database.value(stored.formatted("YEAR", "year"), 1)).longValue());
    }

    private int postedToday(String query) {
        JsonNode rows = api.get(query, coordinator).json().get("rows");
        JsonNode value = rows.get(rows.size() - 1).get("metrics").get("requestsPosted").get("value");
        return value.isNumber() ? value.asInt() : 0;
    }

    private String signalAfterGoal(String metric, double goal) {
        Api.Response put = api.put("/stats/targets/" + KEIZERSLANDEN + "/" + metric, coordinator, Map.of("goal", goal));
        assertEquals(200, put.status(), put.raw());
        JsonNode value = ReachScenario.rowOf(api.get(WEEK, coordinator).json(), KEIZERSLANDEN).get("metrics").get(metric);
        assertEquals(goal, value.get("goal").asDouble());
        return value.get("signal").asText();
    }

    private static void assertField(Api.Response response, int status, String field) {
        assertEquals(status, response.status(), response.raw());
        assertEquals(field, response.json().get("errors").get(0).get("field").asText(), response.raw());
    }
}
