package nl.noaber.notify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.sse.Event;
import jakarta.inject.Singleton;
import nl.noaber.identity.Caller;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.Map;

/** One caller's inbox as a stream of Server-Sent Events. */
@Singleton
class InboxEvents {

    static final Duration PING = Duration.ofSeconds(25);

    private final Inbox inbox;
    private final InboxStream stream;

    InboxEvents(Inbox inbox, InboxStream stream) {
        this.inbox = inbox;
        this.stream = stream;
    }

    Flux<Event<Object>> of(Caller caller, @Nullable Long lastEventId) {
        long accountId = caller.accountId();
        // Live ids are subscribed to before the missed ones are read, so nothing falls between;
        // an id seen twice is sent once.
        Flux<Long> live = stream.of(accountId).map(InboxStream.Stored::notificationId);
        Flux<Long> missed = lastEventId == null ? Flux.empty()
                : Flux.defer(() -> Flux.fromIterable(inbox.after(accountId, lastEventId))).map(NotificationView::id);
        Flux<Event<Object>> notifications = Flux.merge(live, missed.subscribeOn(Schedulers.boundedElastic()))
                .distinct()
                .publishOn(Schedulers.boundedElastic())
                .concatMap(id -> Flux.fromStream(inbox.visible(accountId, id).stream()))
                .map(n -> Event.<Object>of(n).id(Long.toString(n.id())).name("notification"));
        Flux<Event<Object>> pings = Flux.interval(PING).map(i -> Event.<Object>of(Map.of()).name("ping"));
        return Flux.merge(notifications, pings);
    }
}
