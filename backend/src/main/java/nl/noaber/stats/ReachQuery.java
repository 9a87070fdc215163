package nl.noaber.stats;

import io.micronaut.core.annotation.Nullable;
import nl.noaber.InvalidInput;
import nl.noaber.activity.ReachPeriod;
import nl.noaber.geo.WijkNotFound;
import nl.noaber.geo.WijkService;
import nl.noaber.initiative.InitiativeKind;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What a reach report covers: whole periods from the one containing {@code from} up to and
 * including the one containing {@code to}.
 */
record ReachQuery(ReachPeriod period, LocalDate from, LocalDate to, @Nullable String wijk, @Nullable InitiativeKind kind,
                  ReachReport.ReachSource source) {

    static final int DEFAULT_PERIODS = 12;
    static final long MAX_DAYS_BY_DAY = 400;
    static final long MAX_YEARS = 25;
    /** Before Noaber, and far enough back for imported history. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    /** Fills the defaults (the last twelve periods up to today) and checks the range. */
    static ReachQuery of(@Nullable ReachPeriod period, @Nullable LocalDate from, @Nullable LocalDate to,
                         @Nullable String wijk, @Nullable InitiativeKind kind, @Nullable ReachReport.ReachSource source,
                         LocalDate today) {
        ReachPeriod p = period == null ? ReachPeriod.MONTH : period;
        LocalDate last = to == null ? today : to;
        LocalDate first = from == null ? back(p, p.startOf(last), DEFAULT_PERIODS - 1) : from;
        if (first.isBefore(EARLIEST)) {
            throw new InvalidInput("from", "must be on or after " + EARLIEST);
        }
        if (last.isAfter(today.plusYears(1))) {
            throw new InvalidInput("to", "must be at most a year from today");
        }
        if (first.isAfter(last)) {
            throw new InvalidInput("from", "must be on or before 'to' (" + last + ")");
        }
        long days = ChronoUnit.DAYS.between(first, last);
        if (p == ReachPeriod.DAY && days > MAX_DAYS_BY_DAY) {
            throw new InvalidInput("from", "per day at most " + MAX_DAYS_BY_DAY + " days; choose WEEK or MONTH for longer");
        }
        if (ChronoUnit.YEARS.between(first, last) >= MAX_YEARS) {
            throw new InvalidInput("from", "at most " + MAX_YEARS + " years back");
        }
        return new ReachQuery(p, p.startOf(first), last, wijk, kind, source == null ? ReachReport.ReachSource.ROLLUP : source);
    }

    /** The one period that contains {@code day} (a map shows one period). */
    static ReachQuery at(@Nullable ReachPeriod period, LocalDate day, @Nullable InitiativeKind kind, LocalDate today) {
        if (day.isBefore(EARLIEST) || day.isAfter(today.plusYears(1))) {
            throw new InvalidInput("date", "must be between " + EARLIEST + " and a year from today");
        }
        return of(period, day, day, null, kind, null, today);
    }

    /** A single-wijk query must name a wijk of the viewer's gemeente: 404 otherwise. */
    void requireWijkOf(String gemeente, WijkService wijken) {
        if (wijk != null) {
            wijken.refOf(gemeente, wijk).orElseThrow(() -> new WijkNotFound(wijk));
        }
    }

    /** Whether a row of this wijk (null: the gemeente) is part of the answer. */
    boolean shows(@Nullable String rowWijk) {
        return wijk == null || wijk.equals(rowWijk);
    }

    /** The first day of every period asked for, in order. */
    List<LocalDate> periodStarts() {
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate start = from; start.isBefore(end()); start = period.endOf(start)) {
            starts.add(start);
        }
        return starts;
    }

    /** The first day after the last period. */
    LocalDate end() {
        return period.endOf(period.startOf(to));
    }

    private static LocalDate back(ReachPeriod p, LocalDate start, int periods) {
        LocalDate result = start;
        for (int i = 0; i < periods; i++) {
            result = p.startOf(result.minusDays(1));
        }
        return result;
    }
}
