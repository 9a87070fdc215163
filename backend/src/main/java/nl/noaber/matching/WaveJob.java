package nl.noaber.matching;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Drives the waves. Each run claims due rounds in one short transaction — {@code FOR UPDATE SKIP
 * LOCKED} plus a lease, so another instance neither waits nor takes the same rounds — and then
 * sends each wave in a transaction of its own. A crash mid-wave leaves the lease to run out, after
 * which any instance picks the round up again; the unique (request, volunteer) offer key keeps a
 * retried wave from asking anyone twice.
 */
@Singleton
class WaveJob {

    private static final Logger LOG = LoggerFactory.getLogger(WaveJob.class);
    private static final int BATCH = 50;
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final MatchingRepositories.RoundRepository rounds;
    private final WaveSender sender;
    private final Clock clock;

    WaveJob(MatchingRepositories.RoundRepository rounds, WaveSender sender, Clock clock) {
        this.rounds = rounds;
        this.sender = sender;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${noaber.matching.job-interval:10s}", initialDelay = "${noaber.matching.job-initial-delay:20s}")
    void run() {
        for (long requestId : claim()) {
            try {
                sender.sendNextWave(requestId);
            } catch (RuntimeException e) {
                // Recorded by the lease running out; the next run retries this round.
                LOG.error("Wave for request {} failed", requestId, e);
            }
        }
    }

    @Transactional
    List<Long> claim() {
        Instant now = clock.instant();
        List<Long> due = rounds.lockDue(now, BATCH);
        if (!due.isEmpty()) {
            rounds.lease(due, now.plus(LEASE));
        }
        return due;
    }
}
