package nl.noaber.stats;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.activity.ActivityReach;
import nl.noaber.activity.ReachFact;
import nl.noaber.activity.ReachPeriod;
import nl.noaber.geo.RdPoint;
import nl.noaber.geo.WijkCoverage;
import nl.noaber.support.Api;
import nl.noaber.support.Demo;
import nl.noaber.support.TimeTravel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static nl.noaber.stats.ReachScenario.COLMSCHATE_ZUID;
import static nl.noaber.stats.ReachScenario.KEIZERSLANDEN;
import static nl.noaber.stats.ReachScenario.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue #7: every reach metric on the hand-computed week of {@link ReachScenario}, raw and published. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReachMetricsApiTest {

    @Inject
    Api api;

    @Inject
    ActivityReach activity;

    @Inject
    WijkCoverage coverage;

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
    void theFactsOfKeizerslandenAreTheHandComputedOnes() {
        Map<String, BigDecimal> facts = facts(ReachPeriod.WEEK, KEIZERSLANDEN, "");

        assertEquals(Map.ofEntries(
                Map.entry("posted", n(10)), Map.entry("on_behalf", n(1)), Map.entry("accepted", n(8)),
                Map.entry("escalations", n(2)), Map.entry("unmet", n(2)), Map.entry("done", n(7)),
                Map.entry("minutes", n(420)), Map.entry("residents_helped", n(7)), Map.entry("active_volunteers", n(5)),
                Map.entry("accept_p50", n(4.5 * 3600)), Map.entry("accept_p90", n(7.3 * 3600)), Map.entry("accept_n", n(8)),
                Map.entry("done_p50", n(5 * 3600)), Map.entry("done_p90", n(7.4 * 3600)), Map.entry("done_n", n(7)),
                Map.entry("reciprocal", n(1)), Map.entry("thin_initiatives", n(1)),
                Map.entry("escalations_by_task/SHOPPING", n(1)), Map.entry("escalations_by_task/WALKING", n(1)),
                Map.entry("unmet_by_task/SHOPPING", n(1)), Map.entry("unmet_by_task/WALKING", n(1))), facts);
    }

    @Test
    void theFactsOfColmschateZuidAreTheHandComputedOnes() {
        Map<String, BigDecimal> facts = facts(ReachPeriod.WEEK, COLMSCHATE_ZUID, "");

        assertEquals(Map.ofEntries(
                Map.entry("posted", n(9)), Map.entry("accepted", n(9)), Map.entry("done", n(9)), Map.entry("minutes", n(1350)),
                Map.entry("rides", n(3)), Map.entry("ride_meters", n(30_500)), Map.entry("respijt_minutes", n(1080)),
                Map.entry("new_volunteers", n(2)), Map.entry("residents_helped", n(8)), Map.entry("mantelzorgers", n(5)),
                Map.entry("active_volunteers", n(7)), Map.entry("drivers", n(2)), Map.entry("passengers", n(3)),
                Map.entry("respijt_volunteers", n(5)),
                Map.entry("accept_p50", n(86_400)), Map.entry("accept_p90", n(172_800)), Map.entry("accept_n", n(9)),
                Map.entry("done_p50", n(172_800)), Map.entry("done_p90", n(259_200)), Map.entry("done_n", n(9)),
                Map.entry("thin_initiatives", n(1))), facts);
    }

    @Test
    void theGemeenteAsAWholeCountsEveryPersonOnce() {
        Map<String, BigDecimal> facts = facts(ReachPeriod.WEEK, ReachFact.WHOLE_GEMEENTE, "");

        assertEquals(n(19), facts.get("posted"));
        assertEquals(n(17), facts.get("accepted"));
        assertEquals(n(15), facts.get("residents_helped"));
        assertEquals(n(12), facts.get("active_volunteers"));
        assertEquals(n(1), facts.get("reciprocal"));
        assertEquals(n(2), facts.get("thin_initiatives"));
        assertEquals(n(86_400), facts.get("accept_p50"));
        assertEquals(n(172_800), facts.get("accept_p90"));
        assertEquals(n(172_800), facts.get("done_p50"));
        assertEquals(n(259_200), facts.get("done_p90"));
        assertEquals(n(1770), facts.get("minutes"));
    }

    @Test
    void perKindTheRespijtCellHoldsOnlyRespijt() {
        Map<String, BigDecimal> facts = facts(ReachPeriod.WEEK, COLMSCHATE_ZUID, "RESPIJT");

        assertEquals(n(6), facts.get("posted"));
        assertEquals(n(5), facts.get("residents_helped"));
        assertEquals(n(5), facts.get("mantelzorgers"));
        assertEquals(n(1080), facts.get("minutes"));
        assertEquals(null, facts.get("rides"));
    }

    @Test
    void theWeekIsPublishedWithSmallNumbersHidden() {
        JsonNode report = api.get("/stats/reach?period=WEEK&from=" + MONDAY + "&to=" + MONDAY, coordinator).json();

        JsonNode keizerslanden = ReachScenario.rowOf(report, KEIZERSLANDEN).get("metrics");
        assertEquals(10, keizerslanden.get("requestsPosted").get("value").asInt());
        assertEquals("<5", keizerslanden.get("requestsOnBehalfShare").get("value").asText(), "1 of 10 on behalf");
        assertEquals("<5", keizerslanden.get("matchedShare").get("value").asText(),
                "8 of 10 matched would give the 2 unmet away");
        assertEquals(4.5, keizerslanden.get("medianHoursToAcceptance").get("value").asDouble());
        assertEquals(7.3, keizerslanden.get("p90HoursToAcceptance").get("value").asDouble());
        assertEquals(5.0, keizerslanden.get("medianHoursToDone").get("value").asDouble());
        assertEquals(7.4, keizerslanden.get("p90HoursToDone").get("value").asDouble());
        assertEquals("<5", keizerslanden.get("escalations").get("value").asText());
        assertEquals("<5", keizerslanden.get("unmetRequests").get("value").asText());
        assertEquals(7, keizerslanden.get("residentsHelped").get("value").asInt());
        assertEquals(7.0, keizerslanden.get("volunteerHours").get("value").asDouble());
        assertEquals(5, keizerslanden.get("activeVolunteers").get("value").asInt());
        assertEquals("<5", keizerslanden.get("reciprocalResidents").get("value").asText());
        assertEquals("<5", keizerslanden.get("newVolunteers").get("value").asText(), "none joined here: 0 is below 5 too");
        assertEquals(1, keizerslanden.get("thinInitiatives").get("value").asInt(), "initiatives are not people");
        assertTrue(keizerslanden.get("coverageShare").get("value").isNull(), "no coverage per week");
        assertEquals(0, ReachScenario.rowOf(report, KEIZERSLANDEN).get("escalationsByTask").size(), "no task breakdown of a hidden total");

        JsonNode colmschate = ReachScenario.rowOf(report, COLMSCHATE_ZUID).get("metrics");
        assertEquals("<5", colmschate.get("rides").get("value").asText(), "three rides by two drivers");
        assertEquals("<5", colmschate.get("rideKm").get("value").asText());
        assertEquals(18.0, colmschate.get("respijtHours").get("value").asDouble());
        assertEquals(5, colmschate.get("mantelzorgersRelieved").get("value").asInt());
        assertEquals(22.5, colmschate.get("volunteerHours").get("value").asDouble());
        assertEquals(24.0, colmschate.get("medianHoursToAcceptance").get("value").asDouble());
        assertEquals(72.0, colmschate.get("p90HoursToDone").get("value").asDouble());

        JsonNode gemeente = ReachScenario.rowOf(report, null).get("metrics");
        assertEquals(19, gemeente.get("requestsPosted").get("value").asInt());
        assertEquals("<5", gemeente.get("matchedShare").get("value").asText(), "17 of 19: the 2 unmet would show");
        assertEquals(15, gemeente.get("residentsHelped").get("value").asInt());
        assertEquals(29.5, gemeente.get("volunteerHours").get("value").asDouble());
        assertEquals(2, gemeente.get("thinInitiatives").get("value").asInt());
    }

    @Test
    void coverageOfAMonthIsTheShareWithinOneKilometreOfThreeGoedeBuren() {
        List<RdPoint> homes = List.of(new RdPoint(208_125, 476_125), new RdPoint(208_125, 476_125),
                new RdPoint(207_625, 475_375), new RdPoint(208_625, 476_875), new RdPoint(208_375, 475_625));
        double expected = coverage.of(Demo.DEVENTER, homes, 1_000, 3).shareByWijk().get(KEIZERSLANDEN);

        JsonNode report = api.get("/stats/reach?period=MONTH&from=2025-03-01&to=2025-03-31", coordinator).json();

        double published = ReachScenario.rowOf(report, KEIZERSLANDEN).get("metrics").get("coverageShare").get("value").asDouble();
        assertEquals(expected, published, 0.0001);
        assertTrue(published > 0.1, "part of Keizerslanden is covered: " + published);
        assertEquals(0.0, ReachScenario.rowOf(report, COLMSCHATE_ZUID).get("metrics").get("coverageShare").get("value").asDouble(),
                "nobody lives within 1 km of Colmschate-Zuid");
    }

    @Test
    void rollupsAndTheRawLogAgreeForEveryPeriod() {
        for (ReachPeriod period : ReachPeriod.values()) {
            String query = "/stats/reach?period=" + period + "&from=2025-02-01&to=2025-03-31";
            JsonNode fromRollups = api.get(query + "&source=ROLLUP", coordinator).json().get("rows");
            JsonNode fromLog = api.get(query + "&source=RAW", coordinator).json().get("rows");

            assertEquals(fromLog, fromRollups, period.name());
            assertTrue(fromLog.size() > 0, period.name());
        }
    }

    private Map<String, BigDecimal> facts(ReachPeriod period, String wijk, String kind) {
        return activity.factsOf(Demo.DEVENTER, period, MONDAY, period.endOf(MONDAY)).stream()
                .filter(f -> f.wijk().equals(wijk) && f.kind().equals(kind) && f.periodStart().equals(MONDAY))
                .collect(Collectors.toMap(f -> f.detail().isEmpty() ? f.fact() : f.fact() + "/" + f.detail(),
                        f -> f.value().stripTrailingZeros(), (a, b) -> a, TreeMap::new));
    }

    private static BigDecimal n(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros();
    }
}
