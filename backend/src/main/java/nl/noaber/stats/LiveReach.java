package nl.noaber.stats;

import jakarta.inject.Singleton;
import nl.noaber.activity.ActivityReach;
import nl.noaber.activity.ReachFact;
import nl.noaber.activity.ReachPeriod;
import nl.noaber.geo.RdPoint;
import nl.noaber.geo.WijkCoverage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reach facts straight from the activity log, plus the Goede Buren coverage of each wijk
 * computed with JTS. The rollup job stores this; ad-hoc (raw) queries use it as it is.
 */
@Singleton
class LiveReach {

    static final String COVERAGE = "coverage";
    static final String COVERAGE_VOLUNTEERS = "coverage_volunteers";
    static final double COVERAGE_RADIUS_METERS = 1_000;
    static final int COVERAGE_MIN_VOLUNTEERS = 3;
    /** Coverage of a day or a week says little and would cost a JTS pass per day; months and up only. */
    static final Set<ReachPeriod> COVERAGE_PERIODS = EnumSet.of(ReachPeriod.MONTH, ReachPeriod.QUARTER, ReachPeriod.YEAR);

    private final ActivityReach activity;
    private final WijkCoverage coverage;

    LiveReach(ActivityReach activity, WijkCoverage coverage) {
        this.activity = activity;
        this.coverage = coverage;
    }

    List<ReachFact> factsOf(String gemeente, ReachPeriod period, LocalDate from, LocalDate to) {
        List<ReachFact> facts = new ArrayList<>(activity.factsOf(gemeente, period, from, to));
        facts.addAll(coverageOf(gemeente, period, from, to));
        return facts;
    }

    /** Per period with active Goede Buren: the covered share of each wijk and of the gemeente (zeros left out, as in the log's facts). */
    List<ReachFact> coverageOf(String gemeente, ReachPeriod period, LocalDate from, LocalDate to) {
        if (!COVERAGE_PERIODS.contains(period)) {
            return List.of();
        }
        Map<LocalDate, List<RdPoint>> homesByPeriod = activity.goedeBurenHomesOf(gemeente, period, from, to).stream()
                .collect(Collectors.groupingBy(ActivityReach.HomeCell::periodStart,
                        Collectors.mapping(ActivityReach.HomeCell::cell, Collectors.toList())));
        List<ReachFact> facts = new ArrayList<>();
        homesByPeriod.forEach((start, homes) -> {
            WijkCoverage.Coverage c = coverage.of(gemeente, homes, COVERAGE_RADIUS_METERS, COVERAGE_MIN_VOLUNTEERS);
            facts.add(fact(start, ReachFact.WHOLE_GEMEENTE, COVERAGE_VOLUNTEERS, BigDecimal.valueOf(homes.size())));
            addShare(facts, start, ReachFact.WHOLE_GEMEENTE, c.shareOfGemeente());
            c.shareByWijk().forEach((wijk, share) -> addShare(facts, start, wijk, share));
        });
        return facts;
    }

    private static void addShare(List<ReachFact> facts, LocalDate start, String wijk, double share) {
        BigDecimal rounded = BigDecimal.valueOf(share).setScale(4, RoundingMode.HALF_UP);
        if (rounded.signum() != 0) {
            facts.add(fact(start, wijk, COVERAGE, rounded));
        }
    }

    private static ReachFact fact(LocalDate start, String wijk, String name, BigDecimal value) {
        return new ReachFact(start, wijk, ReachFact.ALL_KINDS, name, "", value);
    }
}
