package nl.noaber.identity;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Slows down password guessing: after N failures within the window an e-mail address (or a
 * client address, with a higher limit) is refused until the oldest counted failure leaves the
 * window. State is in PostgreSQL, so the limit holds across all instances. The check happens
 * before the password is verified, so a locked account costs no Argon2 work.
 */
@Singleton
class LoginThrottle {

    private final LoginAttemptRepository attempts;
    private final IdentityProperties properties;
    private final Clock clock;

    LoginThrottle(LoginAttemptRepository attempts, IdentityProperties properties, Clock clock) {
        this.attempts = attempts;
        this.properties = properties;
        this.clock = clock;
    }

    /** @throws Problems.LoginThrottled if the e-mail or the client address has failed too often */
    @ReadOnly
    void check(String email, String clientIp) {
        Instant now = clock.instant();
        Instant since = now.minus(properties.throttleWindow());
        refuseIfOver(attempts.failureTimesOfEmail(key(email), since), properties.maxFailedLoginsPerAccount(), now);
        refuseIfOver(attempts.failureTimesOfAddress(clientIp, since), properties.maxFailedLoginsPerAddress(), now);
    }

    @Transactional
    void record(String email, String clientIp, boolean succeeded) {
        attempts.save(new LoginAttempt(null, key(email), clientIp, clock.instant(), succeeded));
    }

    /** The attempts of the last day on this e-mail address (older ones are pruned). */
    List<LoginAttempt> attemptsFor(String email) {
        return attempts.findByEmailKeyOrderByAttemptedAt(key(email));
    }

    void forget(String email) {
        attempts.deleteByEmailKey(key(email));
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    @Transactional
    void pruneOldAttempts() {
        attempts.deleteOlderThan(clock.instant().minus(Duration.ofDays(1)));
    }

    private void refuseIfOver(List<Instant> failures, int max, Instant now) {
        if (failures.size() < max) {
            return;
        }
        // Free again when enough failures have aged out of the window to drop below the limit.
        Instant freeAt = failures.get(failures.size() - max).plus(properties.throttleWindow());
        Duration wait = Duration.between(now, freeAt);
        throw new Problems.LoginThrottled(wait.isNegative() ? Duration.ofSeconds(1) : wait);
    }

    private static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
