package nl.noaber.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * One step of one profile: the rate asked for, what came back, and the latencies measured from
 * each call's intended send time (so a stalled server shows up as latency, not as fewer calls).
 *
 * @param offeredPerSecond  arrival rate of the schedule
 * @param sent              calls scheduled in the measured window
 * @param seconds           length of the measured window
 * @param latenciesMicros   one entry per call, whatever its outcome (a timeout counts its 10 s), sorted
 * @param statuses          count per call label and HTTP status ("offers 200"), or "timeout"/"io" for calls without one
 * @param unserved          calls the profile could not make (no fresh offer left to accept)
 */
record StepResult(int offeredPerSecond, int sent, double seconds, long[] latenciesMicros,
                  Map<String, Integer> statuses, int unserved) {

    /** The service level of issue #10: p99 under 50 ms and not one error. */
    static final double P99_LIMIT_MS = 50;

    static StepResult of(int offeredPerSecond, int sent, double seconds, long[] latenciesMicros,
                         Map<String, Integer> statuses, int unserved) {
        long[] sorted = latenciesMicros.clone();
        Arrays.sort(sorted);
        return new StepResult(offeredPerSecond, sent, seconds, sorted, new TreeMap<>(statuses), unserved);
    }

    double achievedPerSecond() {
        return latenciesMicros.length / seconds;
    }

    double percentileMs(double p) {
        if (latenciesMicros.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * latenciesMicros.length) - 1;
        return latenciesMicros[Math.max(0, Math.min(index, latenciesMicros.length - 1))] / 1000.0;
    }

    /** Answers other than 2xx, and calls that got no answer at all. */
    int errors() {
        return statuses.entrySet().stream().filter(e -> !e.getKey().substring(e.getKey().indexOf(' ') + 1).startsWith("2")).mapToInt(Map.Entry::getValue).sum();
    }

    boolean meetsTarget() {
        return unserved == 0 && errors() == 0 && latenciesMicros.length > 0 && percentileMs(99) < P99_LIMIT_MS;
    }

    static String header() {
        return String.format("%8s %9s %8s %8s %8s %9s %7s  %s", "offered", "achieved", "p50 ms", "p90 ms", "p99 ms",
                "max ms", "errors", "statuses");
    }

    String line() {
        return String.format("%8d %9.1f %8.1f %8.1f %8.1f %9.1f %7d  %s%s%s", offeredPerSecond, achievedPerSecond(),
                percentileMs(50), percentileMs(90), percentileMs(99), percentileMs(100), errors(), statuses,
                unserved > 0 ? " unserved=" + unserved : "", meetsTarget() ? "" : "  (misses p99<50ms/no errors)");
    }
}
