package nl.noaber.activity;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/** @param pseudonymKey HMAC key for person keys ({@code NOABER_PSEUDONYM_KEY}); generated when embedded */
@ConfigurationProperties("noaber.activity")
record ActivityProperties(@Nullable String pseudonymKey) {
}
