package nl.noaber.notify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One page of the inbox, newest first, with the number of unread notifications overall. */
@Serdeable
record InboxPage(List<NotificationView> items, @Nullable String nextCursor, long unreadCount) {
}
