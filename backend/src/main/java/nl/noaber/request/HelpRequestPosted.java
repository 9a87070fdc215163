package nl.noaber.request;

import java.time.Instant;

/**
 * Published inside the transaction that stores a new request; listeners (matching) run in that
 * same transaction, so a request is never stored without what they add.
 */
public record HelpRequestPosted(long requestId, String gemeente, Instant postedAt) {
}
