package nl.noaber.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.noaber.activity.ReachPeriod;
import nl.noaber.initiative.InitiativeKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The reach of a gemeente per period and wijk (and the gemeente as a whole, {@code wijk} null),
 * for one kind or all kinds together.
 *
 * @param asOf events logged before this time are counted (the last rollup, none yet: null; now for the raw log)
 */
@Serdeable
record ReachReport(String gemeente, ReachPeriod period, LocalDate from, LocalDate to, @Nullable InitiativeKind kind,
                   ReachSource source, @Nullable OffsetDateTime asOf, List<Row> rows) {

    /** Rollups (fast, up to the last run of the rollup job) or the raw activity log (up to now). */
    enum ReachSource { ROLLUP, RAW }

    /** Against a coordinator's goal: on track, close, behind, or no goal (or no shown value). */
    enum Signal { GREEN, AMBER, RED, NONE }

    @Serdeable
    record MetricValue(Figure value, @Nullable BigDecimal goal, Signal signal) {
    }

    /** @param metrics by metric key, in {@link Metric} order */
    @Serdeable
    record Row(LocalDate periodStart, @Nullable String wijk, @Nullable String wijkName, @Nullable InitiativeKind kind,
               Map<String, MetricValue> metrics, Map<String, Figure> escalationsByTask, Map<String, Figure> unmetByTask) {
    }
}
