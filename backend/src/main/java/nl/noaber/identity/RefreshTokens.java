package nl.noaber.identity;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Rotating refresh tokens. A token is 256 random bits, given to the client once; the database
 * keeps only its SHA-256 (a fast hash is enough for a random secret, unlike a password).
 */
@Singleton
class RefreshTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final RefreshTokenRepository tokens;
    private final IdentityProperties properties;
    private final Clock clock;

    RefreshTokens(RefreshTokenRepository tokens, IdentityProperties properties, Clock clock) {
        this.tokens = tokens;
        this.properties = properties;
        this.clock = clock;
    }

    /** Issues a token of a new family (a login) or of {@code familyId} (a rotation). */
    @Transactional
    String issue(long accountId, String gemeente, UUID familyId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        tokens.save(new RefreshToken(null, gemeente, accountId, familyId, sha256(token), now,
                now.plus(properties.refreshTokenLifetime()), null));
        return token;
    }

    /**
     * Uses up a token and returns it, so that the caller can issue its successor in the same
     * transaction. A token that was already used is a replay: its whole family is revoked, and
     * that revocation must commit even though the caller gets an error.
     *
     * @throws Problems.RefreshTokenRejected if the token is unknown, expired, revoked or used
     */
    @Transactional(noRollbackFor = Problems.RefreshTokenRejected.class)
    RefreshToken use(String token) {
        Instant now = clock.instant();
        RefreshToken stored = tokens.findByTokenHash(sha256(token))
                .orElseThrow(Problems.RefreshTokenRejected::new);
        if (stored.revokedAt() != null) {
            tokens.revokeFamily(stored.familyId(), now);
            throw new Problems.RefreshTokenRejected();
        }
        if (!stored.expiresAt().isAfter(now)) {
            throw new Problems.RefreshTokenRejected();
        }
        // The conditional UPDATE is the lock: two concurrent uses cannot both win.
        if (tokens.markUsed(stored.id(), now) == 0) {
            tokens.revokeFamily(stored.familyId(), now);
            throw new Problems.RefreshTokenRejected();
        }
        return stored;
    }

    /**
     * Ends the session the token belongs to; unknown tokens are ignored (logout is idempotent).
     *
     * @return the account whose session it was, if the token was known
     */
    @Transactional
    Optional<Long> revokeFamilyOf(String token) {
        Optional<RefreshToken> stored = tokens.findByTokenHash(sha256(token));
        stored.ifPresent(t -> tokens.revokeFamily(t.familyId(), clock.instant()));
        return stored.map(RefreshToken::accountId);
    }

    @Transactional
    void revokeAllOf(long accountId) {
        tokens.revokeAllOfAccount(accountId, clock.instant());
    }

    List<RefreshToken> of(long accountId) {
        return tokens.findByAccountIdOrderByIssuedAt(accountId);
    }

    void deleteAllOf(long accountId) {
        tokens.deleteAllOfAccount(accountId);
    }

    Duration lifetime() {
        return properties.refreshTokenLifetime();
    }

    /** Expired tokens are useless; a week's grace keeps replays of them detectable for a while. */
    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    @Transactional
    void deleteExpired() {
        tokens.deleteExpiredBefore(clock.instant().minus(Duration.ofDays(7)));
    }

    static String sha256(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
