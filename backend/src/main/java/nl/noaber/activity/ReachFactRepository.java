package nl.noaber.activity;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The aggregating reads of the activity log; the metric definitions live in {@code activity_reach_facts}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ReachFactRepository extends GenericRepository<ActivityEvent, Long> {

    @Query("SELECT period_start, wijk, kind, fact, detail, value FROM activity_reach_facts(:gemeente, :period, :from, :to)")
    List<ReachFact> facts(String gemeente, String period, LocalDate from, LocalDate to);

    @Introspected
    record HomeRow(LocalDate periodStart, int x, int y) {
    }

    /**
     * The home cells of the volunteers who did at least one Goede Buren task in each period, as
     * their profile stood at the end of that period.
     */
    @Query("""
            WITH active AS (
                SELECT DISTINCT activity_period_start(:period, (occurred_at AT TIME ZONE 'Europe/Amsterdam')::date) AS ps,
                       actor_key
                FROM activity_event
                WHERE gemeente = :gemeente AND type = 'request.done' AND kind = 'GOEDE_BUREN' AND actor_key IS NOT NULL
                  AND occurred_at >= (CAST(:from AS date)::timestamp AT TIME ZONE 'Europe/Amsterdam')
                  AND occurred_at < (CAST(:to AS date)::timestamp AT TIME ZONE 'Europe/Amsterdam'))
            SELECT a.ps AS period_start, h.home_cell_x AS x, h.home_cell_y AS y
            FROM active a
            CROSS JOIN LATERAL (
                SELECT home_cell_x, home_cell_y FROM activity_event h
                WHERE h.gemeente = :gemeente AND h.actor_key = a.actor_key AND h.home_cell_x IS NOT NULL
                  AND h.occurred_at < (activity_period_end(:period, a.ps)::timestamp AT TIME ZONE 'Europe/Amsterdam')
                ORDER BY h.occurred_at DESC LIMIT 1) h
            """)
    List<HomeRow> goedeBurenHomes(String gemeente, String period, LocalDate from, LocalDate to);

    /**
     * Takes the days that got new events since the last call (in the caller's transaction), as
     * ISO text: a data-modifying query's result is not converted to dates.
     */
    @Query("""
            WITH taken AS (DELETE FROM activity_changed_day WHERE gemeente = :gemeente RETURNING day)
            SELECT DISTINCT to_char(day, 'YYYY-MM-DD') FROM taken""")
    List<String> takeChangedDays(String gemeente);

    @Query("SELECT min((occurred_at AT TIME ZONE 'Europe/Amsterdam')::date) FROM activity_event WHERE gemeente = :gemeente")
    Optional<LocalDate> firstDay(String gemeente);

    @Query("""
            SELECT period_start, wijk, category, all_wijken, all_categories, signals
              FROM activity_signal_facts(:gemeente, :period, :from, :to)""")
    List<SignalFact> signalFacts(String gemeente, String period, LocalDate from, LocalDate to);

    @Query("""
            SELECT period_start, wijk, kind, all_wijken, all_kinds, question, respondents, answers, score_sum, high
              FROM activity_outcome_facts(:gemeente, :period, :from, :to)""")
    List<OutcomeFact> outcomeFacts(String gemeente, String period, LocalDate from, LocalDate to);
}
