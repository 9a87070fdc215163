package nl.noaber.stats;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.support.Api;
import nl.noaber.support.Demo;
import nl.noaber.support.TimeTravel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue #7: the per-wijk monthly reach of one gemeente over 10 million activity events, from the
 * rollups (target: median under 100 ms) and, beside it, from the raw log. Not a test: it measures
 * and prints. Run with
 * {@code ./mvnw -pl backend -am test -Dtest=ReachBenchmark -Dnoaber.excluded-test-groups= -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@MicronautTest(transactional = false)
class ReachBenchmark {

    private static final int EVENTS = 10_000_000;
    private static final int BATCH = 1_000_000;
    private static final String YEAR = "/stats/reach?period=MONTH&from=2025-01-01&to=2025-12-31";
    private static final String FIVE_YEARS = "/stats/reach?period=MONTH&from=2021-01-01&to=2025-12-31";

    @Inject
    Api api;

    @Inject
    ReachRollup rollup;

    @Inject
    DataSource dataSource;

    @Test
    void monthlyReachPerWijkOverTenMillionEvents() {
        TimeTravel database = new TimeTravel(dataSource);
        long start = System.nanoTime();
        for (int from = 0; from < EVENTS; from += BATCH) {
            database.execute(generate(from, from + BATCH));
            System.out.printf("generated %,d events (%.0f s)%n", from + BATCH, (System.nanoTime() - start) / 1e9);
        }
        database.execute("ANALYZE activity_event");

        start = System.nanoTime();
        rollup.rollUp("GM0150");
        System.out.printf("first rollup (5 years, 5 period kinds, coverage per month): %.1f s%n", (System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        database.execute(generate(EVENTS, EVENTS + 2_000).replace("timestamp '2021-01-01'", "now() - interval '1 hour'")
                .replace("interval '5 years'", "interval '1 minute'"));
        rollup.rollUp("GM0150");
        System.out.printf("incremental rollup after 2,000 new events today: %.1f s%n", (System.nanoTime() - start) / 1e9);

        String token = api.login(Demo.email("coordinator", "deventer"), Demo.PASSWORD);
        for (String query : List.of(YEAR, FIVE_YEARS)) {
            assertEquals(200, api.get(query, token).status());
        }
        report("rollup, 12 months", YEAR, token, 30);
        report("rollup, 60 months", FIVE_YEARS, token, 30);
        report("raw log, 12 months", YEAR + "&source=RAW", token, 5);
    }

    private void report(String label, String query, String token, int runs) {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            api.get(query, token);
            ms.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(ms);
        System.out.printf("%-22s median %8.1f ms, min %8.1f ms, max %8.1f ms (%d runs)%n", label, ms.get(ms.size() / 2),
                ms.get(0), ms.get(ms.size() - 1), runs);
    }

    /**
     * Events spread evenly over 2021–2025 and the wijken of Deventer; 50 000 residents and 8 000
     * volunteers; deterministic (hash of the row number, not random()).
     */
    private static String generate(int from, int to) {
        return """
                INSERT INTO activity_event (gemeente, occurred_at, type, wijk, initiative_id, kind, task, actor_key, actor_role,
                                            subject_key, requester_key, minutes, meters, elapsed_seconds, home_cell_x, home_cell_y)
                SELECT 'GM0150',
                       timestamp '2021-01-01' + (h1 %% 1000000) * (interval '5 years' / 1000000),
                       t.type,
                       'WK0150' || lpad(((h2 %% 15) + 1)::text, 2, '0'),
                       (h3 %% 40) + 1,
                       (ARRAY['GOEDE_BUREN', 'GOEDE_BUREN', 'VOORZORGCIRKEL', 'AUTOMAATJE', 'RESPIJT'])[(h3 %% 5) + 1],
                       (ARRAY['SHOPPING', 'WALKING', 'COMPANY', 'RIDES', 'SMALL_JOBS'])[(h2 %% 5) + 1],
                       CASE WHEN t.type = 'request.done' THEN 'v' || (h4 %% 8000) ELSE 'r' || (h4 %% 50000) END,
                       CASE WHEN h5 %% 10 = 0 THEN 'VET_STAFF' ELSE 'RESIDENT' END,
                       'r' || (h5 %% 50000),
                       'r' || (h5 %% 50000),
                       CASE WHEN t.type = 'request.done' THEN 30 + h4 %% 150 END,
                       CASE WHEN t.type = 'request.done' AND h3 %% 5 = 3 THEN 2000 + h2 %% 20000 END,
                       CASE WHEN t.type IN ('request.accepted', 'request.done') THEN h1 %% 259200 END,
                       CASE WHEN t.type = 'volunteer.profile_updated' THEN 205000 + (h2 %% 40) * 250 + 125 END,
                       CASE WHEN t.type = 'volunteer.profile_updated' THEN 470000 + (h3 %% 40) * 250 + 125 END
                FROM generate_series(%d, %d - 1) AS g(n)
                CROSS JOIN LATERAL (SELECT abs(hashint4(n)) AS h1, abs(hashint4(n + 1)) AS h2, abs(hashint4(n + 2)) AS h3,
                                           abs(hashint4(n + 3)) AS h4, abs(hashint4(n + 4)) AS h5) AS h
                CROSS JOIN LATERAL (SELECT (ARRAY['request.posted', 'request.posted', 'request.posted', 'request.accepted',
                        'request.accepted', 'request.done', 'request.done', 'request.escalated', 'request.expired',
                        'volunteer.joined', 'volunteer.profile_updated', 'request.confirmed'])[(h4 %% 12) + 1] AS type) AS t
                """.formatted(from, to);
    }
}
