package nl.noaber.request;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.noaber.activity.ActivityLog;
import nl.noaber.identity.Caller;
import nl.noaber.notify.NoticeType;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The requester calls a request off, with a reason, before the help has started. The assigned
 * volunteer is told; matching closes the open offers ({@link HelpRequestCancelled}).
 */
@Singleton
class RequestCancellation {

    private final HelpRequestRepository requests;
    private final HelpRequestViews views;
    private final ActivityLog activity;
    private final RequestNotices notices;
    private final ApplicationEventPublisher<HelpRequestCancelled> cancelled;
    private final Clock clock;

    RequestCancellation(HelpRequestRepository requests, HelpRequestViews views, ActivityLog activity, RequestNotices notices,
                        ApplicationEventPublisher<HelpRequestCancelled> cancelled, Clock clock) {
        this.requests = requests;
        this.views = views;
        this.activity = activity;
        this.notices = notices;
        this.cancelled = cancelled;
        this.clock = clock;
    }

    @Transactional
    HelpRequestView cancel(long id, String reason, Caller requester) {
        HelpRequest request = requests.findByIdAndGemeente(id, requester.gemeente())
                .filter(r -> r.requesterId() == requester.accountId())
                .orElseThrow(() -> new HelpRequestNotFound(id));
        Instant now = clock.instant();
        List<String> sources = RequestStatus.from(RequestStatus.CANCELLED).stream().map(Enum::name).toList();
        if (requests.transition(id, requester.gemeente(), sources, RequestStatus.CANCELLED.name(), reason.strip(), now) == 0) {
            throw new HelpRequestProblems.StatusConflict(id, request.status(), RequestStatus.CANCELLED);
        }
        activity.record(RequestEvents.of(request, "request.cancelled").by(requester.accountId(), null));
        // Read again under the row lock the UPDATE took: a volunteer may have accepted just before.
        HelpRequest cancelledRequest = requests.findByIdAndGemeente(id, requester.gemeente()).orElseThrow();
        if (cancelledRequest.assignedVolunteerId() != null) {
            notices.toVolunteer(cancelledRequest, cancelledRequest.assignedVolunteerId(), NoticeType.TASK_CANCELLED);
        }
        cancelled.publishEvent(new HelpRequestCancelled(id, request.gemeente()));
        return views.of(cancelledRequest);
    }
}
