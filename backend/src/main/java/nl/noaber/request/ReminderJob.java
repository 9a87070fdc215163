package nl.noaber.request;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.noaber.notify.NoticeType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * An hour before an accepted task starts — a ride's appointment, a (respijt) visit, each visit
 * of a weekly or fortnightly series — the volunteer and the requester get a reminder. Rows are
 * locked with SKIP LOCKED, and each reminder has a dedupe key (request and start), so instances
 * running side by side, or a run that repeats, remind once.
 */
@Singleton
class ReminderJob {

    static final Duration AHEAD = Duration.ofHours(1);

    private final HelpRequestRepository requests;
    private final RequestNotices notices;
    private final Clock clock;

    ReminderJob(HelpRequestRepository requests, RequestNotices notices, Clock clock) {
        this.requests = requests;
        this.notices = notices;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${noaber.push.reminder-interval:60s}", initialDelay = "${noaber.push.dispatch-initial-delay:10s}")
    @Transactional
    void run() {
        Instant now = clock.instant();
        Instant horizon = now.plus(AHEAD);
        for (HelpRequest r : requests.lockAcceptedStartingBefore(horizon, LocalDate.ofInstant(now, clock.getZone()))) {
            nextStart(r, now, horizon).ifPresent(start -> {
                notices.once(r, r.assignedVolunteerId(), NoticeType.TASK_REMINDER, "reminder:task:" + r.id() + ":" + start);
                notices.once(r, r.requesterId(), NoticeType.HELP_REMINDER, "reminder:help:" + r.id() + ":" + start);
            });
        }
    }

    /** The start in (now, horizon]: the appointment or window start, or the series' next visit. */
    private Optional<Instant> nextStart(HelpRequest r, Instant now, Instant horizon) {
        Instant first = r.appointmentAt() != null ? r.appointmentAt() : r.windowStart();
        if (first == null) {
            return Optional.empty();
        }
        ZonedDateTime start = first.atZone(clock.getZone());
        int stepWeeks = r.recurrence() == null ? 0 : switch (r.recurrence()) {
            case NONE -> 0;
            case WEEKLY -> 1;
            case FORTNIGHTLY -> 2;
        };
        // Weeks are stepped in local time, so a series keeps its hour across the clock change.
        while (stepWeeks > 0 && !start.toInstant().isAfter(now)
                && (r.recurrenceUntil() == null || !start.toLocalDate().plusWeeks(stepWeeks).isAfter(r.recurrenceUntil()))) {
            start = start.plusWeeks(stepWeeks);
        }
        Instant at = start.toInstant();
        return at.isAfter(now) && !at.isAfter(horizon) ? Optional.of(at) : Optional.empty();
    }
}
