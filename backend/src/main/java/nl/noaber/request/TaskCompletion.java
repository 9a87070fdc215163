package nl.noaber.request;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.noaber.InvalidInput;
import nl.noaber.activity.ActivityLog;
import nl.noaber.identity.Caller;
import nl.noaber.initiative.InitiativeKind;
import nl.noaber.initiative.InitiativeService;
import nl.noaber.initiative.MatchingPolicy;
import nl.noaber.notify.NoticeType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;

/**
 * Finishing a task: the volunteer starts it, then logs minutes (and km for rides, from which the
 * km allowance follows at the initiative's rate, shown to the passenger); the requester confirms.
 * Each step is a conditional UPDATE by the one person allowed to take it.
 */
@Singleton
class TaskCompletion {

    private final HelpRequestRepository requests;
    private final InitiativeService initiatives;
    private final HelpRequestViews views;
    private final ActivityLog activity;
    private final RequestNotices notices;
    private final Clock clock;

    TaskCompletion(HelpRequestRepository requests, InitiativeService initiatives, HelpRequestViews views,
                   ActivityLog activity, RequestNotices notices, Clock clock) {
        this.requests = requests;
        this.initiatives = initiatives;
        this.views = views;
        this.activity = activity;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    HelpRequestView start(long id, Caller volunteer) {
        HelpRequest task = taskOf(id, volunteer);
        if (requests.start(id, task.gemeente(), volunteer.accountId(), clock.instant()) == 0) {
            throw new HelpRequestProblems.StatusConflict(id, task.status(), RequestStatus.IN_PROGRESS);
        }
        activity.record(RequestEvents.since(task, "request.started", clock.instant()).by(volunteer.accountId(), null));
        notices.toRequester(task, NoticeType.VOLUNTEER_ON_THE_WAY);
        return views.of(requests.findByIdAndGemeente(id, task.gemeente()).orElseThrow());
    }

    @Transactional
    HelpRequestView complete(long id, CompletionForms.Completion body, Caller volunteer) {
        HelpRequest task = taskOf(id, volunteer);
        boolean ride = task.kind() == InitiativeKind.AUTOMAATJE;
        if (ride && body.kmDriven() == null) {
            throw new InvalidInput("kmDriven", "is required for a ride: the km from your own door and back");
        }
        if (!ride && body.kmDriven() != null) {
            throw new InvalidInput("kmDriven", "is only for rides");
        }
        Integer allowance = ride ? allowanceCents(task, body.kmDriven()) : null;
        Instant now = clock.instant();
        if (requests.complete(id, task.gemeente(), volunteer.accountId(), body.minutesSpent(), body.kmDriven(), allowance, now) == 0) {
            throw new HelpRequestProblems.StatusConflict(id, task.status(), RequestStatus.DONE);
        }
        activity.record(RequestEvents.since(task, "request.done", now).by(volunteer.accountId(), null)
                .measured(body.minutesSpent(),
                        body.kmDriven() == null ? null : body.kmDriven().multiply(BigDecimal.valueOf(1000)).intValue()));
        return views.afterTask(requests.findByIdAndGemeente(id, task.gemeente()).orElseThrow());
    }

    @Transactional
    HelpRequestView confirm(long id, CompletionForms.Confirmation body, Caller requester) {
        HelpRequest request = requests.findByIdAndGemeente(id, requester.gemeente())
                .filter(r -> r.requesterId() == requester.accountId())
                .orElseThrow(() -> new HelpRequestNotFound(id));
        String feedback = body.feedback() == null || body.feedback().isBlank() ? null : body.feedback().strip();
        if (requests.confirm(id, requester.gemeente(), requester.accountId(), body.helpedWell(), feedback, clock.instant()) == 0) {
            throw new HelpRequestProblems.StatusConflict(id, request.status(), RequestStatus.DONE);
        }
        // The feedback is about the volunteer: they are the subject here, the requester the actor.
        activity.record(RequestEvents.of(request, body.helpedWell() ? "request.confirmed" : "request.confirmed_unhappy")
                .by(requester.accountId(), null).aboutAccount(request.assignedVolunteerId()));
        return views.of(requests.findByIdAndGemeente(id, requester.gemeente()).orElseThrow());
    }

    /** Cents, rounded half up, at the initiative's rate (AutoMaatje's €0.30/km when there is none). */
    private Integer allowanceCents(HelpRequest task, BigDecimal km) {
        MatchingPolicy policy = initiatives.policyFor(task.initiativeId(), task.kind(), task.gemeente());
        int rate = policy.kmAllowanceCents() == null ? 0 : policy.kmAllowanceCents();
        return km.multiply(BigDecimal.valueOf(rate)).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    private HelpRequest taskOf(long id, Caller volunteer) {
        // By the assigned volunteer, not the gemeente: they may help in a neighbouring one.
        return requests.findByIdAndAssignedVolunteerId(id, volunteer.accountId())
                .orElseThrow(() -> new HelpRequestNotFound(id));
    }
}
