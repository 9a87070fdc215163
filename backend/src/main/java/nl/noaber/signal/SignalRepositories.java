package nl.noaber.signal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The signal package's tables: care_signal, vet_staff_wijk, outcome_answer. */
final class SignalRepositories {

    private SignalRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface CareSignalRepository extends CrudRepository<CareSignal, Long> {

        Optional<CareSignal> findByIdAndGemeente(long id, String gemeente);

        /**
         * The queue one reader sees: every signal of the gemeente for {@code everything}
         * (coordinators), else those of the reader's wijken and of wijken without a VET team
         * (which go to every VET staff member). Open first, most urgent first, then newest.
         */
        @Query("""
                SELECT s.* FROM care_signal s
                 WHERE s.gemeente = :gemeente
                   AND (CAST(:status AS text) IS NULL OR s.status = :status)
                   AND (CAST(:wijk AS text) IS NULL OR s.wijk = :wijk)
                   AND (:everything
                        OR s.wijk IS NULL
                        OR EXISTS (SELECT 1 FROM vet_staff_wijk t WHERE t.account_id = :reader AND t.wijk = s.wijk)
                        OR NOT EXISTS (SELECT 1 FROM vet_staff_wijk t WHERE t.gemeente = s.gemeente AND t.wijk = s.wijk))
                 ORDER BY s.status = 'CLOSED', s.urgency = 'WHEN_POSSIBLE', s.urgency = 'SOON', s.id DESC
                 LIMIT 200
                """)
        List<CareSignal> queue(String gemeente, @Nullable String status, @Nullable String wijk, boolean everything, long reader);

        List<CareSignal> findByRaisedByOrderByIdDesc(long raisedBy);

        /** Retention: closed signals older than the cutoff that still hold their notes. */
        @Query("""
                SELECT id FROM care_signal
                 WHERE status = 'CLOSED' AND anonymised_at IS NULL AND closed_at < :cutoff
                 ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED
                """)
        List<Long> lockClosedBefore(Instant cutoff, int limit);

        /** Keeps what the statistics and the handover need (category, urgency, wijk, outcome), drops the free text. */
        @Query("""
                UPDATE care_signal SET note = NULL, follow_up_note = NULL, anonymised_at = :now
                 WHERE id IN (:ids)
                """)
        int anonymise(List<Long> ids, Instant now);

        @Query("UPDATE care_signal SET note = NULL, follow_up_note = NULL, anonymised_at = :now WHERE raised_by = :person OR person_id = :person")
        int anonymiseOf(long person, Instant now);
    }

    @Introspected
    record Assignment(long accountId, String wijk) {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface VetTeamRepository extends GenericRepository<CareSignal, Long> {

        @Query("SELECT account_id, wijk FROM vet_staff_wijk WHERE gemeente = :gemeente ORDER BY account_id, wijk")
        List<Assignment> assignmentsOf(String gemeente);

        @Query("SELECT account_id FROM vet_staff_wijk WHERE gemeente = :gemeente AND wijk = :wijk ORDER BY account_id")
        List<Long> teamOf(String gemeente, String wijk);

        @Query("SELECT wijk FROM vet_staff_wijk WHERE account_id = :accountId ORDER BY wijk")
        List<String> wijkenOf(long accountId);

        @Query("DELETE FROM vet_staff_wijk WHERE account_id = :accountId")
        void removeAllOf(long accountId);

        @Query("""
                INSERT INTO vet_staff_wijk (gemeente, account_id, wijk, assigned_by, assigned_at)
                VALUES (:gemeente, :accountId, :wijk, :assignedBy, :now)
                """)
        void assign(String gemeente, long accountId, String wijk, long assignedBy, Instant now);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface OutcomeAnswerRepository extends CrudRepository<OutcomeAnswer, Long> {

        @Query("""
                INSERT INTO outcome_answer (request_id, gemeente, answered_by, on_behalf, in_time, more_in_control, less_alone, answered_at)
                VALUES (:requestId, :gemeente, :answeredBy, :onBehalf, :inTime, :moreInControl, :lessAlone, :answeredAt)
                ON CONFLICT (request_id) DO NOTHING
                """)
        int insertOnce(long requestId, String gemeente, long answeredBy, boolean onBehalf, @Nullable Integer inTime,
                       @Nullable Integer moreInControl, @Nullable Integer lessAlone, Instant answeredAt);

        @Query("DELETE FROM outcome_answer WHERE answered_by = :person")
        int deleteAllOf(long person);
    }
}
