package nl.noaber.stats;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Small-number protection beyond the single cell: shares, totals and task breakdowns. */
class DisclosureTest {

    private static final LocalDate MONTH = LocalDate.of(2025, 3, 1);

    @Test
    void aShareIsHiddenWhenTheRestIsSmall() {
        assertFalse(Figure.share(n(10), n(12)).hasValue(), "10 of 12 gives the 2 others away");
        assertFalse(Figure.share(n(3), n(20)).hasValue());
        assertEquals(new BigDecimal("0.500"), Figure.share(n(10), n(20)).value());
    }

    @Test
    void whenOneWijkIsHiddenTheSmallestShownWijkIsHiddenToo() {
        List<ReachReport.Row> rows = List.of(row(null, 21), row("WK015001", 12), row("WK015002", 6), row("WK015003", 3));

        List<ReachReport.Row> shown = Disclosure.protect(rows);

        assertEquals(n(21), posted(shown.get(0)).value());
        assertEquals(n(12), posted(shown.get(1)).value());
        assertTrue(posted(shown.get(2)).suppressed(), "21 − 12 would otherwise give 3 away");
        assertTrue(posted(shown.get(3)).suppressed());
    }

    @Test
    void twoHiddenWijkenNeedNothingMore() {
        List<ReachReport.Row> shown = Disclosure.protect(List.of(row(null, 20), row("WK015001", 16), row("WK015002", 2),
                row("WK015003", 2)));

        assertEquals(n(16), posted(shown.get(1)).value());
    }

    @Test
    void theTaskBreakdownNeverGivesAHiddenTaskAway() {
        Map<String, Figure> escalations = new LinkedHashMap<>();
        escalations.put("SHOPPING", Figure.count(n(6)));
        escalations.put("RIDES", Figure.count(n(2)));
        ReachReport.Row gemeente = withEscalations(row(null, 30), n(8), escalations);
        ReachReport.Row wijk = withEscalations(row("WK015001", 30), n(7), Map.of("SHOPPING", Figure.count(n(7))));

        List<ReachReport.Row> shown = Disclosure.protect(List.of(gemeente, wijk));

        Map<String, Figure> tasks = shown.get(0).escalationsByTask();
        assertEquals(List.of("RIDES", "SHOPPING"), List.copyOf(tasks.keySet()));
        assertTrue(tasks.get("RIDES").suppressed());
        assertTrue(tasks.get("SHOPPING").suppressed(), "8 − 6 would give RIDES away");
        Map<String, Figure> here = shown.get(1).escalationsByTask();
        assertTrue(here.get("RIDES").suppressed(), "none is below five too");
        assertTrue(here.get("SHOPPING").suppressed(), "7 − 7 would say there were no rides");
    }

    @Test
    void twoHiddenTasksNeedNothingMore() {
        ReachReport.Row wijk = withEscalations(row("WK015001", 30), n(9),
                Map.of("SHOPPING", Figure.count(n(7)), "RIDES", Figure.count(n(1)), "WALKING", Figure.count(n(1))));

        assertEquals(n(7), Disclosure.protect(List.of(wijk)).get(0).escalationsByTask().get("SHOPPING").value());
    }

    @Test
    void theTaskBreakdownOfAHiddenTotalIsEmpty() {
        ReachReport.Row row = withEscalations(row(null, 30), n(3), Map.of("SHOPPING", Figure.count(n(3))));

        assertTrue(Disclosure.protect(List.of(row)).get(0).escalationsByTask().isEmpty());
    }

    @Test
    void thePublicReportRoundsAmountsToFives() {
        ReachReport.Row rounded = Disclosure.roundedForPublication(row(null, 19));

        assertEquals(20, posted(rounded).value().intValueExact());
        assertEquals(n(0.5), rounded.metrics().get("matchedShare").value().value(), "shares stay as they are");
    }

    private static ReachReport.Row row(String wijk, int posted) {
        Map<String, ReachReport.MetricValue> metrics = new LinkedHashMap<>();
        for (Metric metric : Metric.values()) {
            Figure value = metric == Metric.REQUESTS_POSTED ? Figure.count(n(posted))
                    : metric == Metric.MATCHED_SHARE ? Figure.plain(n(0.5)) : Figure.count(n(50));
            metrics.put(metric.key(), new ReachReport.MetricValue(value, null, ReachReport.Signal.NONE));
        }
        return new ReachReport.Row(MONTH, wijk, wijk, null, metrics, Map.of(), Map.of());
    }

    private static ReachReport.Row withEscalations(ReachReport.Row row, BigDecimal total, Map<String, Figure> byTask) {
        Map<String, ReachReport.MetricValue> metrics = new LinkedHashMap<>(row.metrics());
        metrics.put(Metric.ESCALATIONS.key(), new ReachReport.MetricValue(Figure.count(total), null, ReachReport.Signal.NONE));
        return new ReachReport.Row(row.periodStart(), row.wijk(), row.wijkName(), null, metrics, byTask, Map.of());
    }

    private static Figure posted(ReachReport.Row row) {
        return row.metrics().get(Metric.REQUESTS_POSTED.key()).value();
    }

    private static BigDecimal n(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros();
    }
}
