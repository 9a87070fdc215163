package nl.noaber.activity;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.noaber.geo.RdPoint;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the statistics may read of the activity log: aggregates only, never an event or a person
 * key. Periods are calendar periods in Europe/Amsterdam.
 */
@Singleton
public class ActivityReach {

    private final ReachFactRepository facts;

    ActivityReach(ReachFactRepository facts) {
        this.facts = facts;
    }

    /** The reach facts of every period that starts in [{@code from}, {@code to}); both must be period starts. */
    @ReadOnly
    public List<ReachFact> factsOf(String gemeente, ReachPeriod period, LocalDate from, LocalDate to) {
        return facts.facts(gemeente, period.name(), from, to);
    }

    /** Zorgsignalen raised per period × wijk × category, with the gemeente total and all categories. */
    @ReadOnly
    public List<SignalFact> signalFactsOf(String gemeente, ReachPeriod period, LocalDate from, LocalDate to) {
        return facts.signalFacts(gemeente, period.name(), from, to);
    }

    /** Outcome answers per period × wijk × kind × question, with the gemeente total and all kinds. */
    @ReadOnly
    public List<OutcomeFact> outcomeFactsOf(String gemeente, ReachPeriod period, LocalDate from, LocalDate to) {
        return facts.outcomeFacts(gemeente, period.name(), from, to);
    }

    /** A volunteer's 250 m home cell in a period; several volunteers may share a cell. */
    public record HomeCell(LocalDate periodStart, RdPoint cell) {
    }

    /** Where the Goede Buren who helped in each period live, to the 250 m cell. */
    @ReadOnly
    public List<HomeCell> goedeBurenHomesOf(String gemeente, ReachPeriod period, LocalDate from, LocalDate to) {
        return facts.goedeBurenHomes(gemeente, period.name(), from, to).stream()
                .map(h -> new HomeCell(h.periodStart(), new RdPoint(h.x(), h.y())))
                .toList();
    }

    /**
     * Takes the days that got events since the last call and returns the first of them; must run
     * in the caller's transaction, so the days are taken only if the caller's work commits.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Optional<LocalDate> takeChangedDays(String gemeente) {
        return facts.takeChangedDays(gemeente).stream().map(LocalDate::parse).min(LocalDate::compareTo);
    }

    /** The day of the gemeente's oldest event, if any. */
    @ReadOnly
    public Optional<LocalDate> firstDay(String gemeente) {
        return facts.firstDay(gemeente);
    }
}
