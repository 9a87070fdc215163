package nl.noaber.stats;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import nl.noaber.activity.ReachFact;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The stats package's tables: rollups, their progress per gemeente, and targets. */
final class StatsRepositories {

    private StatsRepositories() {
    }

    @MappedEntity("stats_rollup_state")
    record RollupState(@Id String gemeente, @Nullable Instant rolledUntil, @Nullable Instant rolledAt,
                       @Nullable LocalDate longPeriodsOn) {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface RollupRepository extends GenericRepository<RollupState, String> {

        @Query("INSERT INTO stats_rollup_state (gemeente) VALUES (:gemeente) ON CONFLICT DO NOTHING")
        void ensureState(String gemeente);

        /** Claims the gemeente's rollup; another instance rolling it now makes this empty. */
        @Query("SELECT gemeente, rolled_until, rolled_at, long_periods_on FROM stats_rollup_state WHERE gemeente = :gemeente FOR UPDATE SKIP LOCKED")
        Optional<RollupState> lockState(String gemeente);

        @Query("SELECT gemeente, rolled_until, rolled_at, long_periods_on FROM stats_rollup_state WHERE gemeente = :gemeente")
        Optional<RollupState> stateOf(String gemeente);

        /** Room for the sorts of the distinct counts and medians, for this transaction only. */
        @Query("SELECT set_config('work_mem', :workMem, true)")
        String setWorkMemory(String workMem);

        @Query("""
                UPDATE stats_rollup_state SET rolled_until = :rolledUntil, rolled_at = :rolledAt, long_periods_on = :longPeriodsOn
                WHERE gemeente = :gemeente""")
        void markRolled(String gemeente, Instant rolledUntil, Instant rolledAt, @Nullable LocalDate longPeriodsOn);

        @Query("""
                DELETE FROM stats_rollup
                WHERE gemeente = :gemeente AND period = :period AND period_start >= :from AND period_start < :to""")
        int clear(String gemeente, String period, LocalDate from, LocalDate to);

        /** Stores the activity log's facts for every period starting in [from, to), in the database. */
        @Query("""
                INSERT INTO stats_rollup (gemeente, period, period_start, wijk, kind, fact, detail, value)
                SELECT :gemeente, :period, period_start, wijk, kind, fact, detail, value
                FROM activity_reach_facts(:gemeente, :period, :from, :to)""")
        int rollUp(String gemeente, String period, LocalDate from, LocalDate to);

        @Query("""
                INSERT INTO stats_rollup (gemeente, period, period_start, wijk, kind, fact, detail, value)
                VALUES (:gemeente, :period, :periodStart, :wijk, :kind, :fact, :detail, :value)""")
        void store(String gemeente, String period, LocalDate periodStart, String wijk, String kind, String fact,
                   String detail, BigDecimal value);

        @Query("""
                SELECT period_start, wijk, kind, fact, detail, value FROM stats_rollup
                WHERE gemeente = :gemeente AND period = :period AND period_start >= :from AND period_start < :to
                  AND kind = :kind""")
        List<ReachFact> read(String gemeente, String period, LocalDate from, LocalDate to, String kind);
    }

    /** A row of {@code stats_target}, keyed by (gemeente, wijk, metric); read and written by native queries. */
    @Introspected
    record TargetRow(String gemeente, String wijk, String metric, BigDecimal goal, long setBy, Instant updatedAt) {
    }

    /** Native queries only; Micronaut Data wants an entity type, any of the package's will do. */
    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface TargetRepository extends GenericRepository<RollupState, String> {

        @Query("SELECT gemeente, wijk, metric, goal, set_by, updated_at FROM stats_target WHERE gemeente = :gemeente ORDER BY wijk, metric")
        List<TargetRow> findAllOf(String gemeente);

        @Query("""
                INSERT INTO stats_target (gemeente, wijk, metric, goal, set_by, updated_at)
                VALUES (:gemeente, :wijk, :metric, :goal, :setBy, :updatedAt)
                ON CONFLICT (gemeente, wijk, metric)
                DO UPDATE SET goal = EXCLUDED.goal, set_by = EXCLUDED.set_by, updated_at = EXCLUDED.updated_at""")
        void put(String gemeente, String wijk, String metric, BigDecimal goal, long setBy, Instant updatedAt);

        @Query("DELETE FROM stats_target WHERE gemeente = :gemeente AND wijk = :wijk AND metric = :metric")
        int remove(String gemeente, String wijk, String metric);
    }
}
