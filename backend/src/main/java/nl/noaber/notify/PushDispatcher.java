package nl.noaber.notify;

import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Delivers the outbox. Each pass claims due rows in one short transaction ({@code FOR UPDATE SKIP
 * LOCKED} plus a lease, so instances never share rows), sends them outside any transaction, and
 * records each outcome in another. A crash between send and record leaves the lease to run out;
 * the rows are then sent again — at most one duplicate, which the app drops by the
 * {@code notificationId} in the data payload.
 */
@Singleton
class PushDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(PushDispatcher.class);
    /** Longer than one sendEach of 500 can take with the SDK's own retries and the read timeout. */
    static final Duration LEASE = Duration.ofMinutes(5);

    private final NotifyRepositories.OutboxRepository outbox;
    private final NotifyRepositories.DeviceRepository devices;
    private final PushGateway gateway;
    private final PushProperties properties;
    private final PushMetrics metrics;
    private final JsonMapper json;
    private final Clock clock;

    PushDispatcher(NotifyRepositories.OutboxRepository outbox, NotifyRepositories.DeviceRepository devices,
                   PushGateway gateway, PushProperties properties, PushMetrics metrics, JsonMapper json, Clock clock) {
        this.outbox = outbox;
        this.devices = devices;
        this.gateway = gateway;
        this.properties = properties;
        this.metrics = metrics;
        this.json = json;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${noaber.push.dispatch-interval:2s}", initialDelay = "${noaber.push.dispatch-initial-delay:10s}")
    void run() {
        if (!gateway.enabled()) {
            return;
        }
        // A backlog (after FCM was down) drains in full batches without waiting for the next tick.
        List<Long> claimed;
        do {
            claimed = claim();
            if (!claimed.isEmpty()) {
                deliver(claimed);
            }
        } while (claimed.size() == properties.batchSize());
    }

    @Transactional
    List<Long> claim() {
        Instant now = clock.instant();
        List<Long> due = outbox.lockDue(now, properties.batchSize());
        if (!due.isEmpty()) {
            outbox.lease(due, now.plus(LEASE));
        }
        return due;
    }

    void deliver(List<Long> claimed) {
        Instant now = clock.instant();
        List<PushMessage> messages = new ArrayList<>();
        List<PushOutcome> outcomes = new ArrayList<>();
        Map<Long, NotifyRepositories.Due> loaded = new HashMap<>();
        for (NotifyRepositories.Due due : load(claimed)) {
            loaded.put(due.id(), due);
            if (due.fcmToken() == null) {
                outcomes.add(new PushOutcome(due.id(), PushOutcome.Kind.FAILED, null, null, "DROPPED: device gone"));
            } else if (due.expiresAt() != null && !due.expiresAt().isAfter(now)) {
                outcomes.add(new PushOutcome(due.id(), PushOutcome.Kind.FAILED, null, null, "DROPPED: expired before sending"));
            } else {
                messages.add(toMessage(due, now));
            }
        }
        if (!messages.isEmpty()) {
            try {
                outcomes.addAll(gateway.send(messages));
            } catch (RuntimeException e) {
                // Counted as an attempt of each row, so backoff and the dead letters apply.
                LOG.error("Push batch of {} failed", messages.size(), e);
                messages.forEach(m -> outcomes.add(new PushOutcome(m.outboxId(), PushOutcome.Kind.RETRY, null, null,
                        "batch failed: " + e.getClass().getSimpleName())));
            }
        }
        record(outcomes, loaded);
    }

    @ReadOnly
    List<NotifyRepositories.Due> load(List<Long> ids) {
        return outbox.findDue(ids);
    }

    @Transactional
    void record(List<PushOutcome> outcomes, Map<Long, NotifyRepositories.Due> loaded) {
        Instant now = clock.instant();
        for (PushOutcome o : outcomes) {
            switch (o.kind()) {
                case SENT -> outbox.markSent(o.outboxId(), o.messageId(), now);
                case TOKEN_GONE -> {
                    outbox.end(o.outboxId(), OutboxRow.State.DROPPED.name(), o.error(), 1);
                    devices.deleteByFcmToken(loaded.get(o.outboxId()).fcmToken());
                }
                case RETRY -> retryOrBury(o, loaded.get(o.outboxId()).attempts() + 1, now);
                case FAILED -> {
                    boolean dropped = o.error() != null && o.error().startsWith("DROPPED");
                    outbox.end(o.outboxId(), (dropped ? OutboxRow.State.DROPPED : OutboxRow.State.DEAD).name(), o.error(),
                            dropped ? 0 : 1);
                }
            }
            metrics.counted(o.kind());
        }
    }

    private void retryOrBury(PushOutcome o, int attempt, Instant now) {
        if (attempt >= properties.maxAttempts()) {
            outbox.end(o.outboxId(), OutboxRow.State.DEAD.name(), o.error(), 1);
            LOG.warn("Push {} is a dead letter after {} attempts: {}", o.outboxId(), attempt, o.error());
        } else {
            outbox.retryLater(o.outboxId(), now.plus(backoff(attempt, o.retryAfter())), o.error());
        }
    }

    /** Exponential with full jitter, never sooner than FCM's Retry-After. */
    Duration backoff(int attempt, Duration retryAfter) {
        long ceiling = Math.min(properties.maxRetryDelay().toMillis(),
                properties.firstRetryDelay().toMillis() << Math.min(attempt - 1, 20));
        Duration jittered = Duration.ofMillis(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
        return retryAfter != null && retryAfter.compareTo(jittered) > 0 ? retryAfter : jittered;
    }

    private PushMessage toMessage(NotifyRepositories.Due due, Instant now) {
        Map<String, String> data = new HashMap<>(parse(due.data()));
        data.put("notificationId", Long.toString(due.notificationId()));
        String requestId = data.get("requestId");
        return new PushMessage(due.id(), due.fcmToken(), Device.Platform.valueOf(due.platform()), due.title(), due.body(), data,
                due.urgent(), due.silent(), requestId == null ? null : "request-" + requestId, due.expiresAt(),
                due.expiresAt() == null ? null : Duration.between(now, due.expiresAt()));
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> parse(String data) {
        try {
            return json.readValue(data, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
