package nl.noaber.signal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.noaber.activity.ActivityLog;
import nl.noaber.activity.Happening;
import nl.noaber.identity.Caller;
import nl.noaber.identity.Role;
import nl.noaber.request.HelpRequestNotFound;
import nl.noaber.request.HelpRequestService;
import nl.noaber.request.RequestEnums;
import nl.noaber.request.RequestFacts;
import nl.noaber.request.RequestStatus;

import java.time.Clock;
import java.time.Instant;

/**
 * Resident-side outcomes (issue #11): after a request is DONE its requester — or VET staff of the
 * gemeente on their behalf — answers three questions once, each skippable. The answers reach the
 * statistics only through the activity log, aggregated per wijk and kind; no one is shown a
 * person's answers (volunteers least of all).
 */
@Singleton
class Outcomes {

    private final SignalRepositories.OutcomeAnswerRepository answers;
    private final HelpRequestService requests;
    private final ActivityLog activity;
    private final Clock clock;

    Outcomes(SignalRepositories.OutcomeAnswerRepository answers, HelpRequestService requests, ActivityLog activity, Clock clock) {
        this.answers = answers;
        this.requests = requests;
        this.activity = activity;
        this.clock = clock;
    }

    /**
     * @throws HelpRequestNotFound           for a request that is not the caller's (VET staff: not of their gemeente)
     * @throws SignalProblems.OutcomeNotOpen before DONE, or when already answered
     */
    @Transactional
    SignalViews.OutcomeView answer(long requestId, SignalForms.Outcome body, Caller caller) {
        RequestFacts request = requests.factsOf(requestId)
                .filter(r -> r.gemeente().equals(caller.gemeente()))
                .filter(r -> r.requesterId() == caller.accountId() || caller.has(Role.VET_STAFF))
                .orElseThrow(() -> new HelpRequestNotFound(requestId));
        if (request.status() != RequestStatus.DONE) {
            throw new SignalProblems.OutcomeNotOpen(requestId, "the questions open once the help is done");
        }
        boolean onBehalf = request.requesterId() != caller.accountId() || request.postedAs() == RequestEnums.PostedAs.VET_STAFF;
        Instant now = clock.instant();
        if (answers.insertOnce(requestId, request.gemeente(), caller.accountId(), onBehalf, body.inTime(), body.moreInControl(),
                body.lessAlone(), now) == 0) {
            throw new SignalProblems.OutcomeNotOpen(requestId, "the questions were already answered");
        }
        activity.record(Happening.of(request.gemeente(), "outcome.answered").inWijk(request.wijk())
                .forInitiative(null, request.kind().name()).by(caller.accountId(), onBehalf ? Role.VET_STAFF.name() : null)
                .scored(new Happening.Scores(body.inTime(), body.moreInControl(), body.lessAlone())));
        return new SignalViews.OutcomeView(requestId, body.inTime(), body.moreInControl(), body.lessAlone(), onBehalf,
                now.atZone(clock.getZone()).toOffsetDateTime());
    }
}
