package nl.noaber.volunteer;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.geo.LatLon;
import nl.noaber.geo.RdPoint;
import nl.noaber.geo.RdProjection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The nearest-volunteer query runs on the GiST index over RD points (DESIGN decision 3). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VolunteerHomeIndexTest {

    private static final int VOLUNTEERS = 5_000;

    @Inject
    DataSource dataSource;

    @Inject
    VolunteerRepositories.ProfileRepository profiles;

    @Inject
    CandidateSearch search;

    @Inject
    TransactionOperations<Connection> transactions;

    private final RdPoint keizerslanden = new RdProjection().toRd(new LatLon(52.2680, 6.1680));

    @BeforeAll
    void spreadVolunteersOverDeventer() throws SQLException {
        // 5 000 volunteers on a 10 km × 10 km grid around Deventer, so the planner has a real choice.
        try (Connection c = raw().getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                INSERT INTO account (gemeente, email, display_name, password_hash, roles, created_at, updated_at)
                SELECT 'GM0150', 'index' || i || '@example.org', 'Index ' || i, 'x', ARRAY['VOLUNTEER'], now(), now()
                  FROM generate_series(1, %d) i
                """.formatted(VOLUNTEERS));
            s.execute("""
                INSERT INTO volunteer_profile (account_id, gemeente, home_lat, home_lon, home_x, home_y, paused,
                       max_tasks_per_week, quiet_from, quiet_until, languages, skills, updated_at)
                SELECT a.id, 'GM0150', 52.25, 6.16, 203000 + (a.id * 7919 % 10000), 470000 + (a.id * 104729 % 10000),
                       false, 3, '22:00', '08:00', ARRAY['nl'], ARRAY[]::text[], now()
                  FROM account a WHERE a.email LIKE 'index%@example.org'
                """);
            s.execute("""
                INSERT INTO volunteer_capacity (account_id, gemeente, capacity, max_radius_meters)
                SELECT account_id, gemeente, 'GOEDE_BUUR', 3000 FROM volunteer_profile
                 WHERE gemeente = 'GM0150' AND account_id % 3 <> 0
                """);
            s.execute("ANALYZE volunteer_profile");
            s.execute("ANALYZE volunteer_capacity");
        }
    }

    @Test
    void theRadiusSearchUsesTheGistIndex() throws SQLException {
        String plan = explain(VolunteerRepositories.NEAREST_SQL
                .replace(":gemeente", "'GM0150'")
                .replace(":x", String.valueOf(keizerslanden.x()))
                .replace(":y", String.valueOf(keizerslanden.y()))
                .replace(":radiusMeters", "1500")
                .replace(":limit", "20"));
        assertTrue(plan.contains("Index Scan on volunteer_profile_home_rd")
                || plan.contains("Index Scan using volunteer_profile_home_rd"), plan);
        assertTrue(plan.contains("home_rd <@ "), "the circle is the index condition:\n" + plan);
    }

    @Test
    void nearestFirstWithoutARadiusWalksTheGistIndexInDistanceOrder() throws SQLException {
        String plan = explain("SELECT account_id FROM volunteer_profile ORDER BY home_rd <-> point("
                + keizerslanden.x() + ", " + keizerslanden.y() + ") LIMIT 20");
        assertTrue(plan.contains("Index Scan using volunteer_profile_home_rd"), plan);
        assertTrue(plan.contains("Order By: (home_rd <-> "), "KNN ordering by the index:\n" + plan);
    }

    @Test
    void withBitmapScansOffTheEligibilitySearchWalksTheIndexNearestFirstInsideTheCircle() throws SQLException {
        String sql = VolunteerRepositories.ELIGIBLE_NEAR_SQL
                .replace(":gemeente", "'GM0150'")
                .replace(":neighbours", "'-'")
                .replace(":capacity", "'GOEDE_BUUR'")
                .replace(":x", String.valueOf(keizerslanden.x()))
                .replace(":y", String.valueOf(keizerslanden.y()))
                .replace(":radiusMeters", "1500")
                .replace(":excluded", "-1")
                .replace(":restricted", "false")
                .replace(":among", "-1")
                .replace(":day", "'2026-12-01'")
                .replace(":fromTime", "'10:00'")
                .replace(":untilTime", "'12:00'")
                .replace(":limit", "20");

        String plan = explain(sql, "SELECT set_config('enable_bitmapscan', 'off', true)");

        assertTrue(plan.contains("Index Scan using volunteer_profile_home_rd"), plan);
        assertTrue(plan.contains("Order By: (home_rd <-> "), "nearest first, so it can stop at the limit:\n" + plan);
        assertTrue(plan.contains("Index Cond: (home_rd <@ "), "the circle bounds the walk:\n" + plan);
    }

    @Test
    void theSearchTurnsBitmapScansBackToWhatTheyWere() {
        for (String before : List.of("on", "off")) {
            String after = transactions.executeRead(status -> {
                profiles.setBitmapScans(before);
                List<NearbyVolunteer> found = search.near("GM0150", List.of(), Capacity.GOEDE_BUUR, keizerslanden, 1_500, List.of(),
                        LocalDate.of(2026, 12, 1), LocalTime.of(10, 0), LocalTime.of(12, 0), 20);
                assertEquals(20, found.size());
                return profiles.bitmapScans();
            });
            assertEquals(before, after, "the rest of the caller's transaction plans as before");
        }
    }

    /** EXPLAIN in a transaction of its own, after {@code setUp} (e.g. a planner setting for this transaction). */
    private String explain(String sql, String... setUp) throws SQLException {
        List<String> plan = new ArrayList<>();
        try (Connection c = raw().getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String step : setUp) {
                    s.execute(step);
                }
                try (ResultSet rs = s.executeQuery("EXPLAIN " + sql)) {
                    while (rs.next()) {
                        plan.add(rs.getString(1));
                    }
                }
            } finally {
                c.rollback();
            }
        }
        return String.join("\n", plan);
    }

    @Test
    void theNearestVolunteersComeFirstAndAllWithinTheRadius() throws SQLException {
        List<Long> ids = profiles.findNearestAccountIds("GM0150", keizerslanden.x(), keizerslanden.y(), 1_500, 20);

        assertEquals(20, ids.size());
        double previous = -1;
        try (Connection c = raw().getConnection(); Statement s = c.createStatement()) {
            for (long id : ids) {
                try (ResultSet rs = s.executeQuery("SELECT home_x, home_y FROM volunteer_profile WHERE account_id = " + id)) {
                    rs.next();
                    double d = new RdPoint(rs.getDouble(1), rs.getDouble(2)).distanceMeters(keizerslanden);
                    assertTrue(d <= 1_500, "within the radius: " + d);
                    assertTrue(d >= previous, "nearest first");
                    previous = d;
                }
            }
        }
        assertTrue(profiles.findNearestAccountIds("GM0153", keizerslanden.x(), keizerslanden.y(), 1_500, 20).isEmpty(),
                "another gemeente's search finds none of these");
    }

    private DataSource raw() {
        return DelegatingDataSource.unwrapDataSource(dataSource);
    }
}
