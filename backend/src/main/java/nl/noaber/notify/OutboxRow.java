package nl.noaber.notify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One push of one notification to one device, waiting, sent, dead or dropped. */
@MappedEntity("push_outbox")
record OutboxRow(@Id @GeneratedValue @Nullable Long id, String gemeente, long notificationId, @Nullable String installationId,
                 State state, int attempts, Instant nextAttemptAt, @Nullable Instant leasedUntil, @Nullable Instant expiresAt,
                 @Nullable String lastError, @Nullable String fcmMessageId, @Nullable Instant sentAt) {

    /** DROPPED: no use sending any more — the device is gone or the offer's answer time passed. */
    enum State { PENDING, SENT, DEAD, DROPPED }
}
