package nl.noaber.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import nl.noaber.activity.ActivityReach;
import nl.noaber.activity.ReachPeriod;
import nl.noaber.activity.SignalFact;
import nl.noaber.geo.WijkRef;
import nl.noaber.geo.WijkService;
import nl.noaber.identity.Caller;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Zorgsignalen per wijk and category over time (issue #11), so a coordinator sees structural
 * patterns — loneliness rising in one wijk — and never a single person: every count below 5 is
 * "<5", with secondary suppression across wijken (per category and in total) and across the
 * categories of a row, as for reach (ADR 017). Categories are those that occur in the report.
 */
@Singleton
class SignalTrends {

    @Serdeable
    record Row(LocalDate periodStart, @Nullable String wijk, @Nullable String wijkName, Figure signals,
               Map<String, Figure> byCategory) {
    }

    @Serdeable
    record Report(String gemeente, ReachPeriod period, LocalDate from, LocalDate to, List<String> categories, List<Row> rows) {
    }

    private static final String TOTAL = "";

    private final ActivityReach activity;
    private final WijkService wijken;

    SignalTrends(ActivityReach activity, WijkService wijken) {
        this.activity = activity;
        this.wijken = wijken;
    }

    @ReadOnly
    Report report(ReachQuery query, Caller viewer) {
        String gemeente = viewer.gemeente();
        query.requireWijkOf(gemeente, wijken);
        // period → wijk ("" for the gemeente) → category ("" for all) → count
        Map<LocalDate, Map<String, Map<String, BigDecimal>>> counts = new HashMap<>();
        TreeSet<String> categories = new TreeSet<>();
        for (SignalFact f : activity.signalFactsOf(gemeente, query.period(), query.from(), query.end())) {
            if (!f.allWijken() && f.wijk() == null) {
                continue;   // outside every wijk: only in the gemeente's total
            }
            String wijk = f.allWijken() ? TOTAL : f.wijk();
            String category = f.allCategories() ? TOTAL : f.category();
            if (!f.allCategories()) {
                categories.add(category);
            }
            counts.computeIfAbsent(f.periodStart(), d -> new HashMap<>()).computeIfAbsent(wijk, w -> new HashMap<>())
                    .put(category, BigDecimal.valueOf(f.signals()));
        }
        List<WijkRef> refs = wijken.refsOf(gemeente);
        List<Row> rows = new ArrayList<>();
        for (LocalDate start : query.periodStarts()) {
            Map<String, Map<String, BigDecimal>> period = counts.getOrDefault(start, Map.of());
            List<String> keys = new ArrayList<>();
            keys.add(TOTAL);
            refs.forEach(r -> keys.add(r.code()));
            // column → wijk → figure, protected down each column, then along each row
            Map<String, Map<String, Figure>> columns = new LinkedHashMap<>();
            List<String> columnKeys = new ArrayList<>();
            columnKeys.add(TOTAL);
            columnKeys.addAll(categories);
            for (String column : columnKeys) {
                Map<String, Figure> byWijk = new LinkedHashMap<>();
                for (String wijk : keys.subList(1, keys.size())) {
                    byWijk.put(wijk, Figure.count(period.getOrDefault(wijk, Map.of()).getOrDefault(column, BigDecimal.ZERO)));
                }
                Figure whole = Figure.count(period.getOrDefault(TOTAL, Map.of()).getOrDefault(column, BigDecimal.ZERO));
                Map<String, Figure> protectedColumn = new LinkedHashMap<>();
                protectedColumn.put(TOTAL, whole);
                protectedColumn.putAll(Disclosure.partsUnder(whole, byWijk));
                columns.put(column, protectedColumn);
            }
            for (String wijk : keys) {
                Figure total = columns.get(TOTAL).get(wijk);
                Map<String, Figure> byCategory = new LinkedHashMap<>();
                categories.forEach(c -> byCategory.put(c, columns.get(c).get(wijk)));
                WijkRef ref = refs.stream().filter(r -> r.code().equals(wijk)).findFirst().orElse(null);
                rows.add(new Row(start, ref == null ? null : ref.code(), ref == null ? null : ref.name(), total,
                        total.hasValue() ? Disclosure.protectParts(byCategory) : Map.of()));
            }
        }
        List<Row> shown = rows.stream().filter(r -> query.shows(r.wijk())).toList();
        return new Report(gemeente, query.period(), query.from(), query.to(), List.copyOf(categories), shown);
    }
}
