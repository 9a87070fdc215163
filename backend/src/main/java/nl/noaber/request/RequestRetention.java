package nl.noaber.request;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.noaber.privacy.RetentionRule;

import java.time.Instant;

/** Requests that ended before the cutoff lose their free text and exact places (issue #9). */
@Singleton
class RequestRetention implements RetentionRule {

    private static final int BATCH = 200;

    private final HelpRequestRepository requests;
    private final RequestAnonymiser anonymiser;

    RequestRetention(HelpRequestRepository requests, RequestAnonymiser anonymiser) {
        this.requests = requests;
        this.anonymiser = anonymiser;
    }

    @Override
    public String name() {
        return "help_request";
    }

    @Override
    @Transactional
    public int forgetEndedBefore(Instant cutoff) {
        return anonymiser.anonymise(requests.lockEndedBefore(cutoff, BATCH));
    }
}
