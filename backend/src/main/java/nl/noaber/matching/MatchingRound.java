package nl.noaber.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("matching_round")
record MatchingRound(@Id long requestId, String gemeente, int wave, boolean lastFoundNobody, Instant nextWaveAt,
                     @Nullable Instant leasedUntil, State state) {

    enum State { ACTIVE, DONE }

    MatchingRound after(int newWave, boolean foundNobody, Instant next) {
        return new MatchingRound(requestId, gemeente, newWave, foundNobody, next, null, State.ACTIVE);
    }

    /** Matching resumes at once, after the waves already sent. */
    MatchingRound resumed(Instant now) {
        return new MatchingRound(requestId, gemeente, wave, false, now, null, State.ACTIVE);
    }

    MatchingRound done() {
        return new MatchingRound(requestId, gemeente, wave, lastFoundNobody, nextWaveAt, null, State.DONE);
    }
}
