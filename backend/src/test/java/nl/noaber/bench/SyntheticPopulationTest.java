package nl.noaber.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.support.Api;
import nl.noaber.support.Demo;
import nl.noaber.support.TimeTravel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #10: the synthetic population at a small size (2 000 volunteers, 1 year). Generated once
 * for the class (the determinism test generates again, and restores it); the demo data stays, so
 * the Deventer coordinator can ask the service for its reach statistics over the generated events.
 */
@MicronautTest(transactional = false)
@Property(name = "noaber.activity.pseudonym-key", value = PopulationGenerator.PSEUDONYM_KEY)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticPopulationTest {

    private static final int VOLUNTEERS = 2_000;
    private static final int YEARS = 1;
    private static final long SEED = 20261124L;

    @Inject
    DataSource dataSource;

    @Inject
    Api api;

    @Inject
    Clock clock;

    private Connection connection;
    private PopulationPlan plan;
    private GeneratedRows generated;
    private Map<String, String> checksum;
    private final PopulationGenerator generator = new PopulationGenerator();

    @BeforeAll
    void generate() throws Exception {
        connection = TimeTravel.connection(dataSource);
        // The history ends at the start of this month, so the reach query's "at most a year ahead" holds whatever the date.
        plan = PopulationPlan.of(VOLUNTEERS, YEARS, SEED).until(LocalDate.now(clock).withDayOfMonth(1));
        generated = GeneratedRows.markedNow(connection);
        generator.generate(connection, plan).print();
        checksum = generated.checksums(connection);
    }

    @AfterAll
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void theSameSeedGivesTheSameRowsAndAnotherSeedOtherRows() throws Exception {
        generated.remove(connection);
        generator.generate(connection, new PopulationPlan(VOLUNTEERS, YEARS, SEED + 1, plan.residentsPerVolunteer(),
                plan.requestsPerResidentYear(), plan.until()));
        Map<String, String> otherSeed = generated.checksums(connection);
        generated.remove(connection);
        generator.generate(connection, plan);   // and so the population of the other tests is back

        assertEquals(checksum, generated.checksums(connection));
        for (String table : List.of("account", "volunteer_profile", "help_request", "voorzorgcirkel", "cirkel_member", "activity_event")) {
            assertNotEquals(checksum.get(table), otherSeed.get(table), table);
        }
    }

    /** At 1 M volunteers the circles' members filled a COPY chunk before the circles did (a foreign-key failure). */
    @Test
    void aChildTableThatFillsItsChunkFirstIsWrittenAfterItsParent() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TEMP TABLE copy_parent (id BIGINT PRIMARY KEY)");
            s.execute("CREATE TEMP TABLE copy_child (parent_id BIGINT NOT NULL REFERENCES copy_parent (id))");
        }
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            TableCopy parents = new TableCopy(copy, "copy_parent", "id", 1_000);
            TableCopy children = new TableCopy(copy, "copy_child", "parent_id", 5).referring(parents);
            for (long parent = 1; parent <= 4; parent++) {
                parents.col(parent).endRow();
                for (int child = 0; child < 3; child++) {
                    children.col(parent).endRow();
                }
            }
            children.flush();
            parents.flush();

            assertEquals(Map.of("children", 12.0, "parents", 4.0),
                    row("SELECT (SELECT count(*) FROM copy_child) AS children, (SELECT count(*) FROM copy_parent) AS parents"));
        } finally {
            try (Statement s = connection.createStatement()) {
                s.execute("DROP TABLE copy_child, copy_parent");
            }
        }
    }

    @Test
    void everyVolunteerHomeAndEveryRequestPlaceLiesInsideItsWijk() throws SQLException {
        Map<String, SyntheticPopulation.Wijk> wijken = generator.population().wijken().stream()
                .collect(Collectors.toMap(SyntheticPopulation.Wijk::code, Function.identity()));
        GeometryFactory factory = new GeometryFactory();
        List<String> outside = new ArrayList<>();
        int checked = 0;
        for (String sql : List.of("SELECT account_id, home_wijk, home_x, home_y FROM volunteer_profile WHERE " + generated.where("volunteer_profile"),
                "SELECT id, wijk, x, y FROM help_request WHERE " + generated.where("help_request"))) {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    SyntheticPopulation.Wijk wijk = wijken.get(rs.getString(2));
                    if (wijk == null || !wijk.prepared().contains(factory.createPoint(new Coordinate(rs.getDouble(3), rs.getDouble(4))))) {
                        outside.add(rs.getString(1) + " in " + rs.getString(2));
                    }
                    checked++;
                }
            }
        }

        assertEquals(List.of(), outside);
        assertTrue(checked > VOLUNTEERS * 3, "checked " + checked);
    }

    @Test
    void circleVolunteersLiveNearTheResidentOfTheirCircle() throws SQLException {
        // A resident's home is where they ask for help: the place of their own requests.
        Map<String, Double> circles = row("""
                SELECT count(DISTINCT c.id) AS circles, max(point(p.home_x, p.home_y) <-> point(h.x, h.y)) AS farthest,
                       min(v.n) AS fewest, max(v.n) AS most
                  FROM voorzorgcirkel c
                  JOIN cirkel_member rm ON rm.cirkel_id = c.id
                  JOIN account ra ON ra.id = rm.account_id AND 'RESIDENT' = ANY (ra.roles)
                  JOIN LATERAL (SELECT x, y FROM help_request r WHERE r.requester_id = ra.id AND r.posted_as <> 'VET_STAFF' LIMIT 1) h ON true
                  JOIN cirkel_member vm ON vm.cirkel_id = c.id
                  JOIN volunteer_profile p ON p.account_id = vm.account_id
                  JOIN LATERAL (SELECT count(*) AS n FROM cirkel_member m JOIN volunteer_profile q ON q.account_id = m.account_id
                                 WHERE m.cirkel_id = c.id) v ON true
                 WHERE\s""" + generated.where("voorzorgcirkel").replace("id", "c.id"));

        assertTrue(circles.get("circles") > 20, "circles with a resident who asked: " + circles);
        assertTrue(circles.get("farthest") <= SyntheticCircles.RADIUS_METERS, circles.toString());
        assertTrue(circles.get("fewest") >= SyntheticCircles.MIN_VOLUNTEERS && circles.get("most") <= SyntheticCircles.MAX_VOLUNTEERS,
                circles.toString());
    }

    @Test
    void requestsAndEventsSpreadOverEveryMonth() throws SQLException {
        String months = "(SELECT count(DISTINCT date_trunc('month', %s AT TIME ZONE 'Europe/Amsterdam')) FROM %s WHERE %s AND %s >= '%s')";
        Map<String, Double> spread = row("SELECT " + months.formatted("created_at", "help_request", generated.where("help_request"),
                "created_at", plan.from()) + " AS request_months, "
                + months.formatted("occurred_at", "activity_event", generated.where("activity_event"), "occurred_at", plan.from())
                + " AS event_months");

        assertEquals(12.0 * YEARS, spread.get("request_months"));
        assertEquals(12.0 * YEARS, spread.get("event_months"));
    }

    @Test
    void moreRequestsArePostedOnWeekdaysAndInWinter() throws SQLException {
        Map<String, Double> rhythm = row("""
                SELECT count(*) FILTER (WHERE extract(isodow FROM local) < 6) / 5.0 AS per_weekday,
                       count(*) FILTER (WHERE extract(isodow FROM local) >= 6) / 2.0 AS per_weekend_day,
                       count(*) FILTER (WHERE extract(month FROM local) IN (12, 1, 2)) AS winter,
                       count(*) FILTER (WHERE extract(month FROM local) IN (6, 7, 8)) AS summer
                  FROM (SELECT created_at AT TIME ZONE 'Europe/Amsterdam' AS local FROM help_request WHERE %s) AS r"""
                .formatted(generated.where("help_request")));

        assertTrue(rhythm.get("per_weekday") > 1.4 * rhythm.get("per_weekend_day"), rhythm.toString());
        assertTrue(rhythm.get("winter") > 1.1 * rhythm.get("summer"), rhythm.toString());
    }

    @Test
    void requestsOlderThanAMonthHaveEndedMostlyDone() throws SQLException {
        Map<String, Double> old = row("""
                SELECT count(*) AS requests, count(*) FILTER (WHERE status IN ('DONE', 'EXPIRED', 'CANCELLED')) AS ended,
                       count(*) FILTER (WHERE status = 'DONE') AS done
                  FROM help_request WHERE %s AND created_at < '%s'""".formatted(generated.where("help_request"), plan.until().minusMonths(1)));

        assertEquals(old.get("requests"), old.get("ended"));
        assertTrue(old.get("done") > 0.6 * old.get("requests"), old.toString());
    }

    @Test
    void everyRequestIsPostedOnceInTheLogAndEveryDoneOneDoneOnce() throws SQLException {
        Map<String, Double> log = row("""
                SELECT (SELECT count(*) FROM help_request WHERE %s) AS requests,
                       (SELECT count(*) FROM help_request WHERE %s AND status = 'DONE') AS done,
                       (SELECT count(*) FROM activity_event WHERE %s AND type = 'request.posted') AS posted_events,
                       (SELECT count(*) FROM activity_event WHERE %s AND type = 'request.done') AS done_events""".formatted(
                generated.where("help_request"), generated.where("help_request"), generated.where("activity_event"),
                generated.where("activity_event")));

        assertEquals(log.get("requests"), log.get("posted_events"));
        assertEquals(log.get("done"), log.get("done_events"));
    }

    @Test
    void theServicesReachStatisticsShowFiguresForEveryWijkOfDeventer() {
        String token = api.login(Demo.email("coordinator", "deventer"), Demo.PASSWORD);
        LocalDate lastMonth = plan.until().minusMonths(1);

        Api.Response report = api.get("/stats/reach?period=YEAR&from=" + lastMonth + "&to=" + lastMonth + "&source=RAW", token);

        assertEquals(200, report.status(), report.raw());
        List<String> withoutFigures = new ArrayList<>();
        int wijken = 0, withHelped = 0;
        for (JsonNode row : report.json().get("rows")) {
            if (row.path("wijk").isNull() || row.path("wijk").isMissingNode()) {
                continue;
            }
            wijken++;
            // A small wijk may show "<5" (small-number suppression): a figure all the same.
            JsonNode posted = row.get("metrics").get("requestsPosted").get("value");
            if (posted.isNull() || posted.isNumber() && posted.asInt() == 0) {
                withoutFigures.add(row.get("wijk").asText() + " posted " + posted);
            }
            withHelped += row.get("metrics").get("residentsHelped").get("value").isNumber() ? 1 : 0;
        }
        assertTrue(wijken > 5, report.raw());
        assertEquals(List.of(), withoutFigures);
        assertTrue(withHelped > wijken / 2, "wijken with residents helped: " + withHelped + " of " + wijken);
    }

    /** The one row of a query, column label → number. */
    private Map<String, Double> row(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            Map<String, Double> values = new LinkedHashMap<>();
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                values.put(rs.getMetaData().getColumnLabel(c), rs.getDouble(c));
            }
            return values;
        }
    }
}
