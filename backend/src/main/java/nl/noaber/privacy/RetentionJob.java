package nl.noaber.privacy;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Forgets what ended more than {@code noaber.privacy.retention-months} ago, rule by rule, in small
 * batches (each its own transaction, claimed with SKIP LOCKED), so any number of instances may
 * run it and a crash loses at most one batch of work, never data that should stay.
 */
@Singleton
public class RetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final List<RetentionRule> rules;
    private final PrivacyProperties properties;
    private final Clock clock;

    RetentionJob(List<RetentionRule> rules, PrivacyProperties properties, Clock clock) {
        this.rules = rules;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${noaber.privacy.retention-interval}", initialDelay = "${noaber.privacy.retention-initial-delay}")
    void scheduled() {
        run();
    }

    /** One full pass; returns how many records each rule changed. */
    public Map<String, Integer> run() {
        Instant cutoff = ZonedDateTime.ofInstant(clock.instant(), clock.getZone())
                .minusMonths(properties.retentionMonths()).toInstant();
        Map<String, Integer> changed = new LinkedHashMap<>();
        for (RetentionRule rule : rules) {
            int total = 0;
            for (int batch = rule.forgetEndedBefore(cutoff); batch > 0; batch = rule.forgetEndedBefore(cutoff)) {
                total += batch;
            }
            changed.put(rule.name(), total);
            if (total > 0) {
                LOG.info("Retention: {} records of {} ended before {} forgotten", total, rule.name(), cutoff);
            }
        }
        return changed;
    }
}
