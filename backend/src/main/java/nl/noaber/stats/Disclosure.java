package nl.noaber.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Secondary suppression (ADR 017). Hiding the cells below 5 is not enough when a table also shows
 * their total: the gemeente minus every shown wijk gives the one hidden wijk away, and so do the
 * task types of an escalation count. Wherever exactly one part of a shown total is hidden, the
 * smallest shown part is hidden with it, so a subtraction only ever yields a sum of two.
 */
final class Disclosure {

    private Disclosure() {
    }

    /** The rows of one report (one kind), with secondary suppression across wijken and task types. */
    static List<ReachReport.Row> protect(List<ReachReport.Row> rows) {
        Map<LocalDate, List<ReachReport.Row>> byPeriod = rows.stream()
                .collect(Collectors.groupingBy(ReachReport.Row::periodStart, LinkedHashMap::new, Collectors.toList()));
        TreeSet<String> tasks = new TreeSet<>();
        rows.forEach(r -> {
            tasks.addAll(r.escalationsByTask().keySet());
            tasks.addAll(r.unmetByTask().keySet());
        });
        List<ReachReport.Row> result = new ArrayList<>();
        for (List<ReachReport.Row> period : byPeriod.values()) {
            Map<String, Map<String, ReachReport.MetricValue>> metrics = new LinkedHashMap<>();
            period.forEach(r -> metrics.put(key(r), new LinkedHashMap<>(r.metrics())));
            Optional<ReachReport.Row> total = period.stream().filter(r -> r.wijk() == null).findFirst();
            if (total.isPresent()) {
                for (Metric metric : Metric.values()) {
                    if (metric.isAmount() && total.get().metrics().get(metric.key()).value().hasValue()) {
                        hideOneMoreIfOneIsHidden(period.stream().filter(r -> r.wijk() != null).toList(),
                                r -> metrics.get(key(r)), metric.key());
                    }
                }
            }
            for (ReachReport.Row r : period) {
                Map<String, ReachReport.MetricValue> m = metrics.get(key(r));
                result.add(new ReachReport.Row(r.periodStart(), r.wijk(), r.wijkName(), r.kind(), m,
                        byTask(r.escalationsByTask(), m.get(Metric.ESCALATIONS.key()).value(), tasks),
                        byTask(r.unmetByTask(), m.get(Metric.UNMET_REQUESTS.key()).value(), tasks)));
            }
        }
        return result;
    }

    /**
     * Every task type of the report, "<5" where it did not occur (0 is below 5 too), nothing when
     * the total itself is hidden, and secondary suppression among the tasks.
     */
    private static Map<String, Figure> byTask(Map<String, Figure> counts, Figure total, TreeSet<String> tasks) {
        if (!total.hasValue()) {
            return Map.of();
        }
        Map<String, Figure> all = new LinkedHashMap<>();
        tasks.forEach(t -> all.put(t, counts.getOrDefault(t, Figure.HIDDEN)));
        return protectParts(all);
    }

    /**
     * The parts under a total: protected against differencing when the total is shown; when it is
     * hidden nothing can be subtracted from it, so the parts stand as they are.
     */
    static <K extends Comparable<K>> Map<K, Figure> partsUnder(Figure total, Map<K, Figure> parts) {
        return total.hasValue() ? protectParts(parts) : parts;
    }

    /**
     * The parts of a shown total (wijken of a gemeente, task types, categories): where exactly one
     * part is hidden, the smallest shown part is hidden with it (ties: the first key). The order of
     * the keys is kept.
     */
    static <K extends Comparable<K>> Map<K, Figure> protectParts(Map<K, Figure> parts) {
        Map<K, Figure> all = new LinkedHashMap<>(parts);
        long hidden = all.values().stream().filter(Figure::suppressed).count();
        if (hidden == 1) {
            all.entrySet().stream().filter(e -> e.getValue().hasValue())
                    .min(Comparator.comparing((Map.Entry<K, Figure> e) -> e.getValue().value()).thenComparing(Map.Entry::getKey))
                    .ifPresent(e -> all.put(e.getKey(), Figure.HIDDEN));
        }
        return all;
    }

    private static void hideOneMoreIfOneIsHidden(List<ReachReport.Row> parts,
                                                 Function<ReachReport.Row, Map<String, ReachReport.MetricValue>> metricsOf,
                                                 String metric) {
        long hidden = parts.stream().filter(r -> metricsOf.apply(r).get(metric).value().suppressed()).count();
        if (hidden != 1) {
            return;
        }
        parts.stream()
                .filter(r -> metricsOf.apply(r).get(metric).value().hasValue())
                .min(Comparator.comparing((ReachReport.Row r) -> metricsOf.apply(r).get(metric).value().value())
                        .thenComparing(ReachReport.Row::wijk))
                .ifPresent(r -> metricsOf.apply(r).put(metric,
                        new ReachReport.MetricValue(Figure.HIDDEN, metricsOf.apply(r).get(metric).goal(), ReachReport.Signal.NONE)));
    }

    /** For the public annual report: every amount to the nearest multiple of 5. */
    static ReachReport.Row roundedForPublication(ReachReport.Row row) {
        Map<String, ReachReport.MetricValue> metrics = new LinkedHashMap<>();
        for (Metric metric : Metric.values()) {
            Figure value = row.metrics().get(metric.key()).value();
            metrics.put(metric.key(), new ReachReport.MetricValue(metric.isAmount() ? value.roundedToFive() : value,
                    null, ReachReport.Signal.NONE));
        }
        return new ReachReport.Row(row.periodStart(), row.wijk(), row.wijkName(), row.kind(), metrics,
                rounded(row.escalationsByTask()), rounded(row.unmetByTask()));
    }

    private static Map<String, Figure> rounded(Map<String, Figure> counts) {
        Map<String, Figure> result = new LinkedHashMap<>();
        counts.forEach((task, n) -> result.put(task, n.roundedToFive()));
        return result;
    }

    private static String key(ReachReport.Row row) {
        return row.wijk() == null ? "" : row.wijk();
    }
}
