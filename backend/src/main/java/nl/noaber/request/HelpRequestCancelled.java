package nl.noaber.request;

/**
 * Published inside the transaction that cancels a request; matching closes the open offers and
 * tells those volunteers in that same transaction.
 */
public record HelpRequestCancelled(long requestId, String gemeente) {
}
