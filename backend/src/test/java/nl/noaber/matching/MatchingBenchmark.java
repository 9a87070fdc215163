package nl.noaber.matching;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.geo.LatLon;
import nl.noaber.geo.RdPoint;
import nl.noaber.geo.RdProjection;
import nl.noaber.initiative.InitiativeKind;
import nl.noaber.initiative.MatchingPolicy;
import nl.noaber.request.MatchableRequest;
import nl.noaber.request.RequestEnums;
import nl.noaber.request.RequestStatus;
import nl.noaber.volunteer.Skill;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Matching one request among 100 000 volunteers of one gemeente (issue #5: median under 20 ms).
 * Not a test: it measures and prints. Run with
 * {@code ./mvnw -pl backend -am test -Dtest=MatchingBenchmark -Dnoaber.excluded-test-groups= -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@MicronautTest(transactional = false)
@Property(name = "noaber.demo-data.enabled", value = "false")
class MatchingBenchmark {

    private static final int VOLUNTEERS = 100_000;
    private static final int WARMUP = 100;
    private static final int RUNS = 500;

    @Inject
    Eligibility eligibility;

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    @Test
    void matchOneRequestAmong100000Volunteers() throws SQLException {
        long start = System.nanoTime();
        populate();
        System.out.printf("populated %d volunteers in %.1f s%n", VOLUNTEERS, (System.nanoTime() - start) / 1e9);

        RdPoint keizerslanden = new RdProjection().toRd(new LatLon(52.2680, 6.1680));
        MatchingPolicy policy = InitiativeKind.GOEDE_BUREN.defaults();
        for (double radius : new double[] {500, 1_500}) {
            long[] nanos = new long[RUNS];
            int found = 0;
            for (int i = -WARMUP; i < RUNS; i++) {
                MatchableRequest request = new MatchableRequest(1_000_000L + i, "GM0150", InitiativeKind.GOEDE_BUREN, Skill.COMPANY,
                        "Koffie", -5L, null,
                        RequestEnums.Urgency.NORMAL, RequestStatus.OPEN, keizerslanden, null, false, null, null, null);
                long t = System.nanoTime();
                List<Candidate> ranked = eligibility.candidates(request, policy, radius, Set.of(), clock.instant()).ranked();
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - t;
                    found = ranked.size();
                }
            }
            Arrays.sort(nanos);
            System.out.printf("radius %5.0f m: %d candidates ranked; median %.2f ms, p90 %.2f ms, p99 %.2f ms (n=%d)%n",
                    radius, found, nanos[RUNS / 2] / 1e6, nanos[RUNS * 9 / 10] / 1e6, nanos[RUNS * 99 / 100] / 1e6, RUNS);
        }
    }

    /** 100 000 volunteers spread evenly over Deventer's 12 km × 12 km, a third of them with a GOEDE_BUUR capacity. */
    private void populate() throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                INSERT INTO account (gemeente, email, display_name, password_hash, roles, created_at, updated_at)
                SELECT 'GM0150', 'bench' || i || '@example.org', 'Bench ' || i, 'x', ARRAY['VOLUNTEER'], now(), now()
                  FROM generate_series(1, %d) i
                """.formatted(VOLUNTEERS));
            s.execute("""
                INSERT INTO volunteer_profile (account_id, gemeente, home_lat, home_lon, home_x, home_y, paused,
                       max_tasks_per_week, quiet_from, quiet_until, languages, skills, updated_at)
                SELECT a.id, 'GM0150', 52.25, 6.16, 203000 + random() * 12000, 470000 + random() * 12000,
                       random() < 0.05, 3, '22:00', '08:00', ARRAY['nl'], ARRAY[]::text[], now()
                  FROM account a WHERE a.email LIKE 'bench%@example.org'
                """);
            s.execute("""
                INSERT INTO volunteer_capacity (account_id, gemeente, capacity, max_radius_meters)
                SELECT account_id, 'GM0150', 'GOEDE_BUUR', 1500 FROM volunteer_profile WHERE account_id % 3 = 0
                """);
            s.execute("ANALYZE");
        }
    }
}
