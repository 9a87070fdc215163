package nl.noaber.signal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.noaber.identity.Caller;
import nl.noaber.privacy.PersonalDataSection;
import nl.noaber.privacy.PersonalRows;
import nl.noaber.privacy.RetentionRule;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Zorgsignalen and outcome answers in the AVG export and erasure, and their retention (ADR 024).
 * The volunteer sees the signals they raised as they wrote them, without the follow-up (that is
 * the VET's record about someone else); the person concerned sees every signal about themself,
 * follow-up included (art. 15). Closed signals lose their free text after the retention months.
 */
@Singleton
class SignalPersonalData implements PersonalDataSection, RetentionRule {

    private static final int BATCH = 200;

    private final PersonalRows rows;
    private final SignalRepositories.CareSignalRepository signals;
    private final SignalRepositories.OutcomeAnswerRepository outcomes;
    private final SignalRepositories.VetTeamRepository teams;
    private final Clock clock;

    SignalPersonalData(PersonalRows rows, SignalRepositories.CareSignalRepository signals,
                       SignalRepositories.OutcomeAnswerRepository outcomes, SignalRepositories.VetTeamRepository teams, Clock clock) {
        this.rows = rows;
        this.signals = signals;
        this.outcomes = outcomes;
        this.teams = teams;
        this.clock = clock;
    }

    /** Before requests (20): a signal's free text goes while the request is still there to point at. */
    @Override
    public int getOrder() {
        return 15;
    }

    @Override
    public String name() {
        return "zorgsignalen";
    }

    @Override
    public Object export(long accountId) {
        return Map.of(
                "raised", rows.of("""
                        SELECT id, gemeente, request_id, wijk, category, urgency, note, status, raised_at, closed_at, anonymised_at
                          FROM care_signal WHERE raised_by = ? ORDER BY id""", accountId),
                "aboutMe", rows.of("""
                        SELECT id, gemeente, request_id, wijk, category, urgency, note, status, follow_up, follow_up_note,
                               raised_at, picked_up_at, closed_at, anonymised_at
                          FROM care_signal WHERE person_id = ? ORDER BY id""", accountId),
                "outcomeAnswers", rows.of("SELECT * FROM outcome_answer WHERE answered_by = ? ORDER BY request_id", accountId),
                "vetWijken", rows.of("SELECT * FROM vet_staff_wijk WHERE account_id = ? ORDER BY wijk", accountId));
    }

    /**
     * The signals stay for the VET's follow-up and the statistics, without free text; the outcome
     * answers and the VET wijken go (the activity log keeps the pseudonymous counts).
     */
    @Override
    public void erase(Caller person) {
        signals.anonymiseOf(person.accountId(), clock.instant());
        outcomes.deleteAllOf(person.accountId());
        teams.removeAllOf(person.accountId());
    }

    @Override
    @Transactional
    public int forgetEndedBefore(Instant cutoff) {
        List<Long> ids = signals.lockClosedBefore(cutoff, BATCH);
        return ids.isEmpty() ? 0 : signals.anonymise(ids, clock.instant());
    }
}
