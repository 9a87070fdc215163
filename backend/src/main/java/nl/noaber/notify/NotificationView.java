package nl.noaber.notify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.OffsetDateTime;
import java.util.Map;

/** A notification in the inbox, and as an event on the stream. */
@Serdeable
record NotificationView(long id, String type, String title, String body, Map<String, String> data, boolean urgent,
                        OffsetDateTime createdAt, @Nullable OffsetDateTime readAt) {
}
