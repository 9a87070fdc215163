package nl.noaber.request;

import jakarta.inject.Singleton;
import nl.noaber.notify.Notice;
import nl.noaber.notify.NoticeType;
import nl.noaber.notify.Notifications;

import java.util.Map;

/** What requesters hear about their request, and assigned volunteers about their task. */
@Singleton
class RequestNotices {

    private final Notifications notifications;

    RequestNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    void toRequester(HelpRequest r, NoticeType type) {
        notifications.send(Notice.of(r.gemeente(), r.requesterId(), type, paramsOf(r)));
    }

    void toVolunteer(HelpRequest r, long volunteerId, NoticeType type) {
        notifications.send(Notice.of(r.gemeente(), volunteerId, type, paramsOf(r)));
    }

    /** A job's notice: sent once per key, however often the job runs. */
    void once(HelpRequest r, long accountId, NoticeType type, String dedupeKey) {
        notifications.send(new Notice(r.gemeente(), accountId, type, paramsOf(r), false, null, dedupeKey));
    }

    private static Map<String, String> paramsOf(HelpRequest r) {
        java.time.Instant when = r.appointmentAt() != null ? r.appointmentAt() : r.windowStart();
        return Map.of("requestId", r.id().toString(), "task", r.task().name(), "when", Notice.when(when));
    }
}
