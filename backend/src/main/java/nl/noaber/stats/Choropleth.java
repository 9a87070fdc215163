package nl.noaber.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import nl.noaber.activity.ReachPeriod;
import nl.noaber.geo.WijkFeature;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The wijk polygons with one metric of one period as a property, for choropleth maps (RFC 7946). */
final class Choropleth {

    private Choropleth() {
    }

    @Serdeable
    record Properties(String wijk, String name, String metric, LocalDate periodStart, Figure value,
                      @Nullable BigDecimal goal, ReachReport.Signal signal) {
    }

    @Serdeable
    record Feature(String type, String id, JsonNode geometry, Properties properties) {
    }

    @Serdeable
    record Collection(String type, String gemeente, String metric, ReachPeriod period, LocalDate periodStart,
                      String attribution, List<Feature> features) {
    }

    static Collection of(WijkFeature.Collection wijken, ReachReport report, Metric metric) {
        Map<String, ReachReport.Row> rows = report.rows().stream().filter(r -> r.wijk() != null)
                .collect(Collectors.toMap(ReachReport.Row::wijk, Function.identity(), (a, b) -> a));
        List<Feature> features = wijken.features().stream().filter(w -> rows.containsKey(w.properties().code())).map(w -> {
            ReachReport.Row row = rows.get(w.properties().code());
            ReachReport.MetricValue value = row.metrics().get(metric.key());
            return new Feature("Feature", w.id(), w.geometry(), new Properties(row.wijk(), row.wijkName(), metric.key(),
                    row.periodStart(), value.value(), value.goal(), value.signal()));
        }).toList();
        return new Collection("FeatureCollection", report.gemeente(), metric.key(), report.period(), report.from(),
                wijken.attribution(), features);
    }
}
