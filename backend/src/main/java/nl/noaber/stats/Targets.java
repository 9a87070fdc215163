package nl.noaber.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.noaber.InvalidInput;
import nl.noaber.geo.WijkNotFound;
import nl.noaber.geo.WijkService;
import nl.noaber.identity.Caller;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Goals per wijk and metric, set by coordinators (the goals "kunnen verschillen per wijk"), and
 * the traffic light of a value against its goal.
 */
@Singleton
class Targets {

    /** Within this share of the goal is amber ("let op"), beyond it red. */
    static final BigDecimal AMBER_BAND = new BigDecimal("0.2");

    private final StatsRepositories.TargetRepository targets;
    private final WijkService wijken;
    private final Clock clock;

    Targets(StatsRepositories.TargetRepository targets, WijkService wijken, Clock clock) {
        this.targets = targets;
        this.wijken = wijken;
        this.clock = clock;
    }

    @Serdeable
    record TargetView(String wijk, String metric, BigDecimal goal, boolean lowerIsBetter, OffsetDateTime updatedAt) {
    }

    @ReadOnly
    List<TargetView> of(Caller viewer) {
        return targets.findAllOf(viewer.gemeente()).stream().map(this::view).toList();
    }

    /** Goals of the gemeente by wijk, then metric key. */
    @ReadOnly
    Map<String, Map<String, BigDecimal>> goalsOf(String gemeente) {
        Map<String, Map<String, BigDecimal>> goals = new HashMap<>();
        for (StatsRepositories.TargetRow t : targets.findAllOf(gemeente)) {
            goals.computeIfAbsent(t.wijk(), w -> new HashMap<>()).put(t.metric(), t.goal());
        }
        return goals;
    }

    /** @throws InvalidInput for a share above 1 */
    @Transactional
    TargetView put(String wijk, Metric metric, BigDecimal goal, Caller coordinator) {
        if (metric.isShare() && goal.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidInput("goal", "is a share for " + metric.key() + ": between 0 and 1");
        }
        String gemeente = coordinator.gemeente();
        wijken.refOf(gemeente, wijk).orElseThrow(() -> new WijkNotFound(wijk));
        targets.put(gemeente, wijk, metric.key(), goal, coordinator.accountId(), clock.instant());
        return targets.findAllOf(gemeente).stream()
                .filter(t -> t.wijk().equals(wijk) && t.metric().equals(metric.key()))
                .findFirst().map(this::view).orElseThrow();
    }

    /** @return false if there was no such goal */
    @Transactional
    boolean remove(String wijk, Metric metric, Caller coordinator) {
        return targets.remove(coordinator.gemeente(), wijk, metric.key()) > 0;
    }

    static ReachReport.Signal signal(Metric metric, Figure value, @Nullable BigDecimal goal) {
        if (goal == null || !value.hasValue()) {
            return ReachReport.Signal.NONE;
        }
        BigDecimal v = value.value();
        if (metric.lowerIsBetter()) {
            if (v.compareTo(goal) <= 0) {
                return ReachReport.Signal.GREEN;
            }
            return v.compareTo(goal.multiply(BigDecimal.ONE.add(AMBER_BAND))) <= 0 ? ReachReport.Signal.AMBER : ReachReport.Signal.RED;
        }
        if (v.compareTo(goal) >= 0) {
            return ReachReport.Signal.GREEN;
        }
        return v.compareTo(goal.multiply(BigDecimal.ONE.subtract(AMBER_BAND))) >= 0 ? ReachReport.Signal.AMBER : ReachReport.Signal.RED;
    }

    private TargetView view(StatsRepositories.TargetRow t) {
        boolean lowerIsBetter = Metric.byKey(t.metric()).map(Metric::lowerIsBetter).orElse(false);
        return new TargetView(t.wijk(), t.metric(), t.goal(), lowerIsBetter, t.updatedAt().atZone(clock.getZone()).toOffsetDateTime());
    }
}
