package nl.noaber.notify;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import java.time.Duration;

/**
 * Push delivery (issue #6).
 *
 * @param credentials          path of a Firebase service-account JSON; blank: inbox only
 * @param endpoint             base URL that replaces https://fcm.googleapis.com (a fake FCM server, a proxy)
 * @param connectTimeout       to FCM
 * @param readTimeout          of one FCM call; a hanging FCM counts as a transient failure
 * @param batchSize            outbox rows per dispatcher claim (FCM's sendEach takes up to 500)
 * @param maxAttempts          transient failures before a row goes to the dead letters
 * @param firstRetryDelay      backoff base: delay × 2^(attempt-1), with jitter, at most maxRetryDelay
 * @param maxRetryDelay        the longest backoff
 * @param maxOfferPushesPerDay offer pushes per volunteer per day; beyond, offers stay in the list without a push
 */
@ConfigurationProperties("noaber.push")
record PushProperties(@Nullable String credentials,
                      @Nullable String endpoint,
                      @NotNull Duration connectTimeout,
                      @NotNull Duration readTimeout,
                      @Positive @Max(500) int batchSize,
                      @Positive int maxAttempts,
                      @NotNull Duration firstRetryDelay,
                      @NotNull Duration maxRetryDelay,
                      @Positive int maxOfferPushesPerDay) {
}
