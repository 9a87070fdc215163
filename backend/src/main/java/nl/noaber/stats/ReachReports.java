package nl.noaber.stats;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import nl.noaber.activity.ReachFact;
import nl.noaber.activity.ReachPeriod;
import nl.noaber.geo.WijkRef;
import nl.noaber.geo.WijkService;
import nl.noaber.identity.Caller;
import nl.noaber.initiative.InitiativeKind;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reach reports for coordinators: rows per period and wijk, every number through small-number
 * suppression and, where a goal is set, a traffic light. Reads the rollups, or the raw log when
 * asked (slower, but up to the minute).
 */
@Singleton
class ReachReports {

    private final StatsRepositories.RollupRepository rollups;
    private final LiveReach live;
    private final Targets targets;
    private final WijkService wijken;
    private final Clock clock;

    ReachReports(StatsRepositories.RollupRepository rollups, LiveReach live, Targets targets, WijkService wijken, Clock clock) {
        this.rollups = rollups;
        this.live = live;
        this.targets = targets;
        this.wijken = wijken;
        this.clock = clock;
    }

    @ReadOnly
    ReachReport report(ReachQuery query, Caller viewer) {
        String gemeente = viewer.gemeente();
        query.requireWijkOf(gemeente, wijken);
        String kind = query.kind() == null ? ReachFact.ALL_KINDS : query.kind().name();
        List<ReachFact> facts;
        Instant asOf;
        if (query.source() == ReachReport.ReachSource.RAW) {
            asOf = clock.instant();
            facts = live.factsOf(gemeente, query.period(), query.from(), query.end()).stream()
                    .filter(f -> f.kind().equals(kind)).toList();
        } else {
            asOf = rollups.stateOf(gemeente).map(StatsRepositories.RollupState::rolledUntil).orElse(null);
            facts = rollups.read(gemeente, query.period().name(), query.from(), query.end(), kind);
        }
        boolean coverage = LiveReach.COVERAGE_PERIODS.contains(query.period()) && query.kind() == null;
        Map<LocalDate, Map<String, FactCell>> cells = cellsOf(facts, coverage);
        Map<String, Map<String, BigDecimal>> goals = targets.goalsOf(gemeente);
        List<ReachReport.Row> rows = new ArrayList<>();
        for (LocalDate start : query.periodStarts()) {
            Map<String, FactCell> period = cells.getOrDefault(start, Map.of());
            FactCell whole = period.getOrDefault(ReachFact.WHOLE_GEMEENTE, new FactCell(null, coverage));
            rows.add(row(start, null, whole, Map.of(), query.kind()));
            for (WijkRef wijk : wijken.refsOf(gemeente)) {
                FactCell cell = period.getOrDefault(wijk.code(), new FactCell(whole, coverage));
                rows.add(row(start, wijk, cell, goals.getOrDefault(wijk.code(), Map.of()), query.kind()));
            }
        }
        // Protected as a whole table, then cut to the one wijk asked for: asking wijk by wijk gives the same numbers.
        List<ReachReport.Row> shown = Disclosure.protect(rows).stream()
                .filter(r -> query.shows(r.wijk()))
                .toList();
        return new ReachReport(gemeente, query.period(), query.from(), query.to(), query.kind(), query.source(),
                asOf == null ? null : asOf.atZone(clock.getZone()).toOffsetDateTime(), shown);
    }

    /** One metric of the period containing {@code day}, on the wijk polygons. */
    @ReadOnly
    Choropleth.Collection choropleth(Metric metric, ReachQuery query, Caller viewer) {
        return Choropleth.of(wijken.currentOf(viewer.gemeente()).collection(), report(query, viewer), metric);
    }

    /**
     * The yearly public report (Wmo practice: published before 1 July): per wijk and for the
     * gemeente, all kinds together and each kind, with the same suppression, amounts rounded to
     * fives (the kinds add up to all kinds, which secondary suppression per table does not cover),
     * and no goals.
     */
    @ReadOnly
    List<ReachReport.Row> annual(int year, Caller viewer) {
        LocalDate day = LocalDate.of(year, 1, 1);
        List<ReachReport.Row> rows = new ArrayList<>();
        List<InitiativeKind> kinds = new ArrayList<>();
        kinds.add(null);
        kinds.addAll(List.of(InitiativeKind.values()));
        for (InitiativeKind kind : kinds) {
            ReachQuery query = new ReachQuery(ReachPeriod.YEAR, day, day, null, kind, ReachReport.ReachSource.ROLLUP);
            report(query, viewer).rows().stream().map(Disclosure::roundedForPublication).forEach(rows::add);
        }
        return rows;
    }

    private static Map<LocalDate, Map<String, FactCell>> cellsOf(List<ReachFact> facts, boolean coverage) {
        Map<LocalDate, Map<String, FactCell>> cells = new HashMap<>();
        // The gemeente cell of each period first: every wijk cell points to it.
        for (ReachFact f : facts) {
            if (f.wijk().equals(ReachFact.WHOLE_GEMEENTE)) {
                cells.computeIfAbsent(f.periodStart(), d -> new HashMap<>())
                        .computeIfAbsent(f.wijk(), w -> new FactCell(null, coverage)).add(f);
            }
        }
        for (ReachFact f : facts) {
            if (!f.wijk().equals(ReachFact.WHOLE_GEMEENTE)) {
                Map<String, FactCell> period = cells.computeIfAbsent(f.periodStart(), d -> new HashMap<>());
                FactCell whole = period.computeIfAbsent(ReachFact.WHOLE_GEMEENTE, w -> new FactCell(null, coverage));
                period.computeIfAbsent(f.wijk(), w -> new FactCell(whole, coverage)).add(f);
            }
        }
        return cells;
    }

    private static ReachReport.Row row(LocalDate start, WijkRef wijk, FactCell cell, Map<String, BigDecimal> goals,
                                       InitiativeKind kind) {
        Map<String, ReachReport.MetricValue> metrics = new LinkedHashMap<>();
        for (Metric metric : Metric.values()) {
            Figure value = metric.of(cell);
            BigDecimal goal = goals.get(metric.key());
            metrics.put(metric.key(), new ReachReport.MetricValue(value, goal, Targets.signal(metric, value, goal)));
        }
        return new ReachReport.Row(start, wijk == null ? null : wijk.code(), wijk == null ? null : wijk.name(), kind, metrics,
                byTask(cell, "escalations_by_task"), byTask(cell, "unmet_by_task"));
    }

    private static Map<String, Figure> byTask(FactCell cell, String fact) {
        Map<String, Figure> result = new LinkedHashMap<>();
        cell.byTask(fact).forEach((task, n) -> result.put(task, Figure.count(n)));
        return result;
    }
}
