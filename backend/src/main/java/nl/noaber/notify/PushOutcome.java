package nl.noaber.notify;

import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/** What became of one push, mapped from FCM's answer. */
record PushOutcome(long outboxId, Kind kind, @Nullable String messageId, @Nullable Duration retryAfter,
                   @Nullable String error) {

    enum Kind {
        SENT,
        /** The token is no longer valid (UNREGISTERED, INVALID_ARGUMENT): delete it, do not retry. */
        TOKEN_GONE,
        /** A passing failure (QUOTA_EXCEEDED, UNAVAILABLE, INTERNAL, timeout): retry with backoff. */
        RETRY,
        /** A failure that retrying will not mend (credentials, sender mismatch): dead letter at once. */
        FAILED
    }

    static PushOutcome sent(long outboxId, String messageId) {
        return new PushOutcome(outboxId, Kind.SENT, messageId, null, null);
    }
}
