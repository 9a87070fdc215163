package nl.noaber.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/**
 * Writes allowed per account and per client address in one window ({@code noaber.rate-limits}).
 * An address gets more than an account: a care home or a library puts many people behind one.
 */
@ConfigurationProperties("noaber.rate-limits")
record RateLimitProperties(@NotNull Duration window,
                           @Min(1) int postingPerAccount, @Min(1) int postingPerAddress,
                           @Min(1) int offersPerAccount, @Min(1) int offersPerAddress,
                           @Min(1) int registrationsPerAddress, @Min(1) int loginsPerAddress) {
}
