package nl.noaber.notify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import nl.noaber.ListPage;
import nl.noaber.identity.Caller;

import java.time.Clock;
import java.time.OffsetDateTime;

/** The gemeente's dead letters, newest first: which notification, how often tried, the last error. */
@Singleton
class DeadLetters {

    private final NotifyRepositories.OutboxRepository outbox;
    private final Clock clock;

    DeadLetters(NotifyRepositories.OutboxRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Serdeable
    record View(long id, long notificationId, int attempts, @Nullable String lastError, OffsetDateTime lastAttemptAt) {
    }

    @ReadOnly
    ListPage<View> page(Caller admin, long beforeId, int limit) {
        return ListPage.of(outbox.findDead(admin.gemeente(), beforeId, limit + 1), limit,
                r -> new View(r.id(), r.notificationId(), r.attempts(), r.lastError(),
                        r.nextAttemptAt().atZone(clock.getZone()).toOffsetDateTime()),
                View::id);
    }
}
