package nl.noaber.stats;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.noaber.activity.ActivityReach;
import nl.noaber.activity.ReachFact;
import nl.noaber.activity.ReachPeriod;
import nl.noaber.identity.GemeenteService;
import nl.noaber.identity.GemeenteView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps {@code stats_rollup} up to date, incrementally: each run takes the days that got events
 * since the last run (noted by the log in the same transaction as the events, so neither imported
 * history nor a late commit is missed) and recomputes only the periods that contain them — days,
 * weeks and months on every run, quarters and years once a day. Each gemeente is claimed with SKIP LOCKED, so instances share the work without doubling it.
 * ADR 017.
 */
@Singleton
class ReachRollup {

    /** The distinct counts and medians sort in memory rather than on disk (default work_mem is 4 MB). */
    static final String WORK_MEMORY = "128MB";
    /** Only a rebuild of more than a quarter is worth a progress line. */
    private static final long LOG_FROM_DAYS = 92;
    static final Set<ReachPeriod> LONG_PERIODS = EnumSet.of(ReachPeriod.QUARTER, ReachPeriod.YEAR);
    private static final Logger LOG = LoggerFactory.getLogger(ReachRollup.class);

    private final StatsRepositories.RollupRepository rollups;
    private final ActivityReach activity;
    private final LiveReach live;
    private final GemeenteService gemeenten;
    private final Clock clock;

    ReachRollup(StatsRepositories.RollupRepository rollups, ActivityReach activity, LiveReach live,
                GemeenteService gemeenten, Clock clock) {
        this.rollups = rollups;
        this.activity = activity;
        this.live = live;
        this.gemeenten = gemeenten;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${noaber.stats.rollup-interval:5m}", initialDelay = "${noaber.stats.rollup-initial-delay:30s}")
    void run() {
        for (GemeenteView gemeente : gemeenten.all()) {
            try {
                rollUp(gemeente.code());
            } catch (RuntimeException e) {
                // One gemeente's failure must not starve the others; the next run tries it again.
                LOG.error("Rolling up the reach of {} failed", gemeente.code(), e);
            }
        }
    }

    /** @return whether this instance rolled the gemeente up (false: another one is doing it) */
    @Transactional
    boolean rollUp(String gemeente) {
        rollups.ensureState(gemeente);
        Optional<StatsRepositories.RollupState> claimed = rollups.lockState(gemeente);
        if (claimed.isEmpty()) {
            return false;
        }
        StatsRepositories.RollupState state = claimed.get();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        LocalDate longPeriodsOn = state.longPeriodsOn();
        Optional<LocalDate> firstDirty = activity.takeChangedDays(gemeente);
        if (firstDirty.isEmpty() && longPeriodsOn != null && longPeriodsOn.isBefore(today)) {
            // Nothing new, but quarters and years are behind: the day's run brings them up to date.
            firstDirty = Optional.of(longPeriodsOn);
        }
        if (firstDirty.isPresent()) {
            LocalDate first = firstDirty.get();
            LocalDate last = first.isAfter(today) ? first : today;
            // Quarters and years take longest; they are brought up to date once a day, or at once
            // when older history arrived. From the day they were last done, so nothing in between is lost.
            boolean longDue = longPeriodsOn == null || longPeriodsOn.isBefore(today) || first.isBefore(ReachPeriod.MONTH.startOf(today));
            LocalDate longFrom = longPeriodsOn == null || first.isBefore(longPeriodsOn) ? first : longPeriodsOn;
            rollups.setWorkMemory(WORK_MEMORY);
            long started = System.nanoTime();
            int rows = 0;
            for (ReachPeriod period : ReachPeriod.values()) {
                boolean isLong = LONG_PERIODS.contains(period);
                if (!isLong || longDue) {
                    LocalDate from = period.startOf(isLong ? longFrom : first);
                    rows += recompute(gemeente, period, from, period.endOf(period.startOf(last)));
                }
            }
            // Skipped: they are now up to date only until the first day this run took (a late event
            // of an earlier day makes the next run do them).
            longPeriodsOn = longDue ? today : (first.isBefore(longPeriodsOn) ? first : longPeriodsOn);
            LOG.info("Rolled up reach of {} from {}{}: {} rows in {} ms", gemeente, first,
                    longDue ? " (with quarters and years)" : "", rows, Duration.ofNanos(System.nanoTime() - started).toMillis());
        }
        rollups.markRolled(gemeente, now, now, longPeriodsOn);
        return true;
    }

    /**
     * A year of periods at a time: each statement's sorts stay small, and a long rebuild (history
     * imported) logs its progress.
     */
    private int recompute(String gemeente, ReachPeriod period, LocalDate from, LocalDate to) {
        int rows = 0;
        for (LocalDate chunk = from; chunk.isBefore(to); ) {
            LocalDate next = period.startOf(chunk.plusYears(1));
            LocalDate end = next.isBefore(to) ? next : to;
            rollups.clear(gemeente, period.name(), chunk, end);
            int chunkRows = rollups.rollUp(gemeente, period.name(), chunk, end);
            for (ReachFact f : live.coverageOf(gemeente, period, chunk, end)) {
                rollups.store(gemeente, period.name(), f.periodStart(), f.wijk(), f.kind(), f.fact(), f.detail(), f.value());
                chunkRows++;
            }
            if (ChronoUnit.DAYS.between(chunk, end) > LOG_FROM_DAYS) {
                LOG.info("Rolled up reach of {} per {} from {} to {}: {} rows", gemeente, period, chunk, end, chunkRows);
            }
            rows += chunkRows;
            chunk = end;
        }
        return rows;
    }
}
