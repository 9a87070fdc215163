package nl.noaber.privacy;

import java.time.Instant;

/**
 * What a feature forgets once it is old enough (issue #9: requests and addresses are anonymised
 * N months after they ended). The {@link RetentionJob} calls every rule with the same cutoff.
 */
public interface RetentionRule {

    /** A short name for the log and the metrics, e.g. {@code help_request}. */
    String name();

    /**
     * Forgets (a batch of) what ended before the cutoff.
     *
     * @return how many records were changed; the job calls again while this is positive
     */
    int forgetEndedBefore(Instant cutoff);
}
