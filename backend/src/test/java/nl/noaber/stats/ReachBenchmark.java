package nl.noaber.stats;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.support.Api;
import nl.noaber.support.Demo;
import nl.noaber.support.TimeTravel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Inject
    Api api;

    @Inject
    ReachRollup rollup;

    @Inject
    DataSource dataSource;

    @Test
    void monthlyReachPerWijkOverTenMillionEvents() {
        TimeTravel database = new TimeTravel(dataSource);
        LocalDate today = LocalDate.now(AMSTERDAM);
        LocalDate first = today.minusYears(5);
        long start = System.nanoTime();
        for (int from = 0; from < EVENTS; from += BATCH) {
            database.execute(generate(from, from + BATCH, first + " 00:00", "5 years"));
            System.out.printf("generated %,d events (%.0f s)%n", from + BATCH, (System.nanoTime() - start) / 1e9);
        }
        database.execute("ANALYZE activity_event");

        start = System.nanoTime();
        rollup.rollUp("GM0150");
        System.out.printf("first rollup (5 years, every period kind, coverage): %.1f s%n", (System.nanoTime() - start) / 1e9);
        String hourAgo = LocalDateTime.now(AMSTERDAM).minusHours(1).toString().replace('T', ' ');
        database.execute(generate(EVENTS, EVENTS + 2_000, hourAgo, "30 minutes"));
        start = System.nanoTime();
        rollup.rollUp("GM0150");
        System.out.printf("a run after 2,000 new events today (day, week, month): %.1f s%n", (System.nanoTime() - start) / 1e9);
        database.execute("UPDATE stats_rollup_state SET long_periods_on = long_periods_on - 1");
        database.execute(generate(EVENTS + 2_000, EVENTS + 4_000, hourAgo, "30 minutes"));
        start = System.nanoTime();
        rollup.rollUp("GM0150");
        System.out.printf("the first run of a day (quarter and year too): %.1f s%n", (System.nanoTime() - start) / 1e9);

        String token = api.login(Demo.email("coordinator", "deventer"), Demo.PASSWORD);
        LocalDate lastMonth = today.withDayOfMonth(1).minusMonths(1);
        String month = "/stats/reach?period=MONTH&from=" + lastMonth + "&to=" + lastMonth;
        String year = "/stats/reach?period=MONTH&from=" + lastMonth.minusMonths(11) + "&to=" + lastMonth;
        String fiveYears = "/stats/reach?period=MONTH&from=" + lastMonth.minusMonths(59) + "&to=" + lastMonth;
        Api patient = api.patient(Duration.ofMinutes(5));
        for (String query : List.of(month, year, fiveYears)) {
            assertEquals(200, api.get(query, token).status());
        }
        sideBySide("1 month", month, token, patient, 15);
        sideBySide("12 months", year, token, patient, 3);
        System.out.printf("rollup, 60 months: %s%n", summary(times(api, fiveYears, token, 30)));
    }

    /** Rollup and raw log alternately, so both see the same machine. */
    private void sideBySide(String label, String query, String token, Api patient, int runs) {
        List<Double> rollups = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            rollups.addAll(times(api, query, token, 3));
            raw.addAll(times(patient, query + "&source=RAW", token, 1));
        }
        System.out.printf("%s per wijk: rollup %s; raw log %s; raw/rollup = %.0f×%n", label, summary(rollups), summary(raw),
                median(raw) / median(rollups));
    }

    private static List<Double> times(Api client, String query, String token, int runs) {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            assertEquals(200, client.get(query, token).status());
            ms.add((System.nanoTime() - t) / 1e6);
        }
        return ms;
    }

    private static String summary(List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        return String.format("median %.1f ms (min %.1f, max %.1f, %d runs)", median(ms), sorted.get(0),
                sorted.get(sorted.size() - 1), ms.size());
    }

    private static double median(List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /**
     * Events spread evenly over the span and the wijken of Deventer; 50 000 residents and 8 000
     * volunteers; deterministic (hash of the row number, not random()).
     */
    private static String generate(int from, int to, String firstLocal, String span) {
        return """
                INSERT INTO activity_event (gemeente, occurred_at, type, wijk, initiative_id, kind, task, actor_key, actor_role,
                                            subject_key, mantelzorger_key, minutes, meters, elapsed_seconds, home_cell_x, home_cell_y)
                SELECT 'GM0150',
                       (timestamp '%s' + (h1 %% 1000000) * (interval '%s' / 1000000)) AT TIME ZONE 'Europe/Amsterdam',
                       t.type,
                       'WK0150' || lpad(((h2 %% 15) + 1)::text, 2, '0'),
                       (h3 %% 40) + 1,
                       (ARRAY['GOEDE_BUREN', 'GOEDE_BUREN', 'VOORZORGCIRKEL', 'AUTOMAATJE', 'RESPIJT'])[(h3 %% 5) + 1],
                       (ARRAY['SHOPPING', 'WALKING', 'COMPANY', 'RIDES', 'SMALL_JOBS'])[(h2 %% 5) + 1],
                       CASE WHEN t.type = 'request.done' THEN 'v' || (h4 %% 8000) ELSE 'r' || (h4 %% 50000) END,
                       CASE WHEN h5 %% 10 = 0 THEN 'VET_STAFF' ELSE 'RESIDENT' END,
                       'r' || (h5 %% 50000),
                       CASE WHEN h3 %% 5 = 4 THEN 'm' || (h5 %% 50000) END,
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
                """.formatted(firstLocal, span, from, to);
    }
}
