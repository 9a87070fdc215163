package nl.noaber.bench;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends one profile at a constant arrival rate (open loop): call i is due at start + i / rate,
 * whatever happened to the calls before it, and its latency runs from that due time to its answer.
 * A closed loop that waits for answers before sending would slow down with the server and report
 * the good latencies of the calls it did send (coordinated omission); here a stall shows up as
 * latency of every call due during it.
 */
final class OpenLoopStep {

    /**
     * More calls in flight than this means the service is far past saturation; the scheduler then
     * waits for a slot, and the wait is still counted from the due time, so nothing is hidden.
     */
    private static final int MAX_IN_FLIGHT = 512;

    private final LoadApi api;

    OpenLoopStep(LoadApi api) {
        this.api = api;
    }

    /** Sends {@code profile} at {@code perSecond} for {@code length}. */
    StepResult run(LoadProfile profile, int perSecond, Duration length) throws InterruptedException {
        int due = (int) (perSecond * length.toMillis() / 1000);
        long[] latencies = new long[due];
        AtomicInteger recorded = new AtomicInteger();
        Map<String, Integer> statuses = new ConcurrentHashMap<>();
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        long intervalNanos = 1_000_000_000L / perSecond;
        long start = System.nanoTime() + 5_000_000;
        int unserved = 0;
        for (int i = 0; i < due; i++) {
            long dueAt = start + i * intervalNanos;
            for (long wait = dueAt - System.nanoTime(); wait > 0; wait = dueAt - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            LoadProfile.Call call = profile.next();
            if (call == null) {
                unserved++;
                continue;
            }
            inFlight.acquire();
            api.send(call.method(), call.path(), call.token(), call.body()).whenComplete((status, failure) -> {
                long micros = (System.nanoTime() - dueAt) / 1000;
                latencies[recorded.getAndIncrement()] = micros;
                statuses.merge(call.label() + " " + (failure == null ? String.valueOf(status) : kindOf(failure)), 1, Integer::sum);
                // Released after recording: the step reads the arrays once it holds every slot.
                inFlight.release();
            });
        }
        // Let the last calls answer (each has a 10 s timeout) before the step is summed up.
        if (!inFlight.tryAcquire(MAX_IN_FLIGHT, 15, TimeUnit.SECONDS)) {
            throw new IllegalStateException("calls still in flight 15 s after the step");
        }
        long[] done = new long[recorded.get()];
        System.arraycopy(latencies, 0, done, 0, done.length);
        return StepResult.of(perSecond, due, length.toMillis() / 1000.0, done, statuses, unserved);
    }

    private static String kindOf(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause instanceof HttpTimeoutException ? "timeout" : cause instanceof IOException ? "io" : cause.getClass().getSimpleName();
    }
}
