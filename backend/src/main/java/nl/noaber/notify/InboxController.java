package nl.noaber.notify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import nl.noaber.identity.Caller;
import org.reactivestreams.Publisher;

/** The in-app inbox and its live stream. */
@Controller("/me/notifications")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class InboxController {

    private final Inbox inbox;
    private final InboxEvents events;

    InboxController(Inbox inbox, InboxEvents events) {
        this.inbox = inbox;
        this.events = events;
    }

    @Get
    InboxPage page(@QueryValue(defaultValue = "20") @Min(1) @Max(100) int limit,
                   @QueryValue @Nullable @Pattern(regexp = "\\d{1,18}", message = "must be a cursor from a previous page") String cursor,
                   Authentication auth) {
        return inbox.page(Caller.of(auth), cursor == null ? Long.MAX_VALUE : Long.parseLong(cursor), limit);
    }

    @Post("/{id}/read")
    NotificationView read(long id, Authentication auth) {
        return inbox.markRead(id, Caller.of(auth));
    }

    /**
     * Server-Sent Events: one {@code notification} event per new notification (its id is the
     * event id), a {@code ping} every 25 s. With {@code Last-Event-ID}, what was missed comes first.
     */
    @Get(value = "/stream", produces = MediaType.TEXT_EVENT_STREAM)
    Publisher<Event<Object>> stream(@Header("Last-Event-ID") @Nullable @Pattern(regexp = "\\d{1,18}",
            message = "must be the id of an event") String lastEventId, Authentication auth) {
        return events.of(Caller.of(auth), lastEventId == null ? null : Long.parseLong(lastEventId));
    }
}
