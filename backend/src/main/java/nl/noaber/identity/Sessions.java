package nl.noaber.identity;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.UUID;

/** Login, refresh and logout. */
@Singleton
class Sessions {

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final RefreshTokens refreshTokens;
    private final AccessTokens accessTokens;
    private final ApplicationEventPublisher<SignedOut> events;
    private final Clock clock;

    Sessions(AccountRepository accounts, PasswordHasher hasher, LoginThrottle throttle,
             RefreshTokens refreshTokens, AccessTokens accessTokens, ApplicationEventPublisher<SignedOut> events,
             Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.throttle = throttle;
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Checks the password and opens a session. Deliberately not one transaction: a failed
     * attempt must be recorded even though the caller gets an error.
     *
     * @throws Problems.LoginThrottled     after too many failures for the e-mail or the address
     * @throws Problems.InvalidCredentials for an unknown e-mail or a wrong password (same answer)
     */
    TokenPair login(Credentials credentials, String clientIp) {
        throttle.check(credentials.email(), clientIp);
        Account account = accounts.findByEmailIgnoringCase(credentials.email().strip()).orElse(null);
        boolean valid;
        if (account == null) {
            hasher.burnEquivalentTime(credentials.password());
            valid = false;
        } else {
            valid = hasher.matches(credentials.password(), account.passwordHash());
        }
        throttle.record(credentials.email(), clientIp, valid);
        if (!valid) {
            throw new Problems.InvalidCredentials();
        }
        String refreshToken = refreshTokens.issue(account.id(), account.gemeente(), UUID.randomUUID());
        return pair(account, refreshToken);
    }

    /** Exchanges a refresh token for a new pair; the roles are read afresh from the account. */
    @Transactional(noRollbackFor = Problems.RefreshTokenRejected.class)
    TokenPair refresh(String refreshToken) {
        RefreshToken used = refreshTokens.use(refreshToken);
        Account account = accounts.findByIdAndGemeente(used.accountId(), used.gemeente())
                .orElseThrow(Problems.RefreshTokenRejected::new);
        String successor = refreshTokens.issue(account.id(), account.gemeente(), used.familyId());
        return pair(account, successor);
    }

    /** Ends the session; with the phone's installation id, its pushes stop too ({@link SignedOut}). */
    @Transactional
    void logout(LogoutRequest request) {
        refreshTokens.revokeFamilyOf(request.refreshToken())
                .ifPresent(accountId -> events.publishEvent(new SignedOut(accountId, request.installationId())));
    }

    private TokenPair pair(Account account, String refreshToken) {
        return new TokenPair(accessTokens.issue(account), "Bearer", accessTokens.lifetimeSeconds(),
                refreshToken, refreshTokens.lifetime().toSeconds(), AccountView.of(account, clock.getZone()));
    }
}
