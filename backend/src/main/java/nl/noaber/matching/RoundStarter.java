package nl.noaber.matching;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import nl.noaber.request.HelpRequestPosted;

/** Starts matching for a new request, inside the transaction that stored it: the first wave is due at once. */
@Singleton
class RoundStarter {

    private final MatchingRepositories.RoundRepository rounds;

    RoundStarter(MatchingRepositories.RoundRepository rounds) {
        this.rounds = rounds;
    }

    @EventListener
    void on(HelpRequestPosted posted) {
        rounds.save(new MatchingRound(posted.requestId(), posted.gemeente(), 0, false, posted.postedAt(), null,
                MatchingRound.State.ACTIVE));
    }
}
