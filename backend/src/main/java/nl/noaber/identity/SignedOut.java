package nl.noaber.identity;

import io.micronaut.core.annotation.Nullable;

/** Someone logged out, on the given installation if the app said which; published in the logout's transaction. */
public record SignedOut(long accountId, @Nullable String installationId) {
}
