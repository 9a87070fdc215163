package nl.noaber.notify;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.noaber.ListPage;
import nl.noaber.identity.Caller;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The caller's notifications: so Noaber is fully usable without Firebase. */
@Singleton
class Inbox {

    private final NotifyRepositories.NotificationRepository notifications;
    private final Clock clock;

    Inbox(NotifyRepositories.NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @ReadOnly
    InboxPage page(Caller caller, long beforeId, int limit) {
        ListPage<NotificationView> page = ListPage.of(notifications.findPage(caller.accountId(), beforeId, limit + 1), limit,
                this::view, NotificationView::id);
        return new InboxPage(page.items(), page.nextCursor(), notifications.countUnread(caller.accountId()));
    }

    /** Notifications after {@code afterId}, oldest first: what a reconnecting stream missed. */
    @ReadOnly
    List<NotificationView> after(long accountId, long afterId) {
        return notifications.findAfter(accountId, afterId).stream().map(this::view).toList();
    }

    /** One of the account's notifications, unless it is silent (an update for the app only). */
    @ReadOnly
    Optional<NotificationView> visible(long accountId, long id) {
        return notifications.findByIdAndAccountId(id, accountId).filter(n -> !n.silent()).map(this::view);
    }

    /** @throws NotificationNotFound if it is not the caller's */
    @Transactional
    NotificationView markRead(long id, Caller caller) {
        notifications.markRead(id, caller.accountId(), clock.instant());
        return notifications.findByIdAndAccountId(id, caller.accountId()).filter(n -> !n.silent()).map(this::view)
                .orElseThrow(() -> new NotificationNotFound(id));
    }

    NotificationView view(Notification n) {
        return new NotificationView(n.id(), n.type(), n.title(), n.body(), n.data(), n.urgent(), local(n.createdAt()),
                n.readAt() == null ? null : local(n.readAt()));
    }

    private java.time.OffsetDateTime local(Instant instant) {
        return instant.atZone(clock.getZone()).toOffsetDateTime();
    }
}
