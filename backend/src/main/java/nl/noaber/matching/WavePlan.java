package nl.noaber.matching;

import nl.noaber.initiative.MatchingPolicy;
import nl.noaber.request.RequestEnums;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How offers go out in waves. Wave 1 searches within a third of the policy's radius (a Goede
 * Buur of 1.5 km starts at 500 m), each next wave widens by ×1.5 up to the policy's radius, and
 * waits the policy's timeout for the urgency. At the full radius waves go on to the next
 * candidates until one finds nobody new. Then — or when waiting another timeout would run past
 * the moment help is needed, or after {@link #MAX_WAVES} — the request goes to the coordinator
 * queue instead.
 */
final class WavePlan {

    static final double GROWTH = 1.5;
    static final double FIRST_FRACTION = 1.0 / 3;
    static final int MAX_WAVES = 10;

    private WavePlan() {
    }

    /** One wave: how far to search and until when to wait for an answer. */
    record Wave(int number, double radiusMeters, Instant answerBy) {
    }

    static double radiusOf(int wave, MatchingPolicy policy) {
        double first = policy.radiusMeters() * FIRST_FRACTION;
        return Math.min(policy.radiusMeters(), first * Math.pow(GROWTH, wave - 1));
    }

    static Duration timeoutOf(RequestEnums.Urgency urgency, MatchingPolicy policy) {
        return Duration.ofMinutes(switch (urgency) {
            case URGENT -> policy.waveTimeoutUrgentMinutes();
            case NORMAL -> policy.waveTimeoutNormalMinutes();
            case PLANNED -> policy.waveTimeoutLowMinutes();
        });
    }

    /**
     * The wave after {@code previous} (0 for the first), or empty when the request should be
     * escalated.
     *
     * @param previousFoundNobody the previous wave had no new candidate to offer to
     * @param neededBy            when help is needed at the latest, if known
     */
    static Optional<Wave> next(int previous, boolean previousFoundNobody, MatchingPolicy policy,
                               RequestEnums.Urgency urgency, Instant now, Instant neededBy) {
        boolean searchedEverything = previous > 0 && previousFoundNobody && radiusOf(previous, policy) >= policy.radiusMeters();
        if (searchedEverything || previous >= MAX_WAVES) {
            return Optional.empty();
        }
        Instant answerBy = now.plus(timeoutOf(urgency, policy));
        if (neededBy != null && answerBy.isAfter(neededBy)) {
            return Optional.empty();
        }
        int number = previous + 1;
        return Optional.of(new Wave(number, radiusOf(number, policy), answerBy));
    }
}
