package nl.noaber.notify;

import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * One push to one device, as the gateway sends it.
 *
 * @param data        the data payload: type, ids, deep link and {@code notificationId}, by which the
 *                    app drops the rare duplicate after a crash between send and mark-sent
 * @param silent      data only, no visible notification (an offer that was taken)
 * @param collapseKey a newer push with the same key replaces the older one on the phone
 * @param expiresAt   no use delivering after this (the offer's answer time); null: no end
 * @param ttl         how long FCM keeps trying to deliver: until {@code expiresAt}
 */
record PushMessage(long outboxId, String token, Device.Platform platform, String title, String body,
                   Map<String, String> data, boolean urgent, boolean silent, @Nullable String collapseKey,
                   @Nullable Instant expiresAt, @Nullable Duration ttl) {
}
