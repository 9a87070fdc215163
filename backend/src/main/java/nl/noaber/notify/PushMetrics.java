package nl.noaber.notify;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

import java.util.EnumMap;
import java.util.Map;

/**
 * On {@code /metrics}: pushes by outcome, and the dead letters and pending rows of the outbox
 * (counted when scraped, so every instance reports the same shared figure).
 */
@Singleton
class PushMetrics {

    private final Map<PushOutcome.Kind, Counter> outcomes = new EnumMap<>(PushOutcome.Kind.class);

    PushMetrics(MeterRegistry registry, NotifyRepositories.OutboxRepository outbox) {
        for (PushOutcome.Kind kind : PushOutcome.Kind.values()) {
            outcomes.put(kind, Counter.builder("noaber.push.outcomes").tag("outcome", kind.name())
                    .description("Push attempts by outcome").register(registry));
        }
        Gauge.builder("noaber.push.dead.letters", outbox, NotifyRepositories.OutboxRepository::countDead)
                .description("Pushes given up after the maximum attempts").register(registry);
        Gauge.builder("noaber.push.pending", outbox, NotifyRepositories.OutboxRepository::countPending)
                .description("Pushes waiting in the outbox").register(registry);
    }

    void counted(PushOutcome.Kind kind) {
        outcomes.get(kind).increment();
    }
}
