package nl.noaber.identity;

import io.micronaut.http.HttpStatus;
import nl.noaber.InvalidInput;
import nl.noaber.NoaberProblem;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The failures of the identity feature. */
final class Problems {

    private Problems() {
    }

    static final class AccountNotFound extends NoaberProblem {
        AccountNotFound(long id) {
            super("account-not-found", HttpStatus.NOT_FOUND, "Account not found",
                    "There is no account " + id + " in your gemeente");
        }
    }

    static final class EmailTaken extends NoaberProblem {
        EmailTaken() {
            super("email-taken", HttpStatus.CONFLICT, "E-mail address already registered",
                    "An account with this e-mail address exists; log in or reset the password",
                    List.of(new FieldError("email", "is already registered")));
        }
    }

    static final class UnknownGemeente extends InvalidInput {
        UnknownGemeente() {
            super("gemeente", "is not a gemeente served by Noaber");
        }
    }

    static final class RoleNotAllowed extends NoaberProblem {
        RoleNotAllowed(Role role, String why) {
            super("role-not-allowed", HttpStatus.FORBIDDEN, "Role not allowed",
                    "You may not give the role " + role + ": " + why,
                    List.of(new FieldError("roles", role + " " + why)));
        }
    }

    static final class InvalidCredentials extends NoaberProblem {
        InvalidCredentials() {
            super("invalid-credentials", HttpStatus.UNAUTHORIZED, "Login failed",
                    "The e-mail address or password is not correct");
        }
    }

    static final class WrongCurrentPassword extends InvalidInput {
        WrongCurrentPassword() {
            super("currentPassword", "is not correct");
        }
    }

    static final class LoginThrottled extends NoaberProblem {
        private final Duration retryAfter;

        LoginThrottled(Duration retryAfter) {
            super("login-throttled", HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins",
                    "Too many failed logins; try again in " + Math.max(1, retryAfter.toMinutes()) + " minute(s)");
            this.retryAfter = retryAfter;
        }

        @Override
        public Optional<Duration> retryAfter() {
            return Optional.of(retryAfter);
        }
    }

    static final class RefreshTokenRejected extends NoaberProblem {
        RefreshTokenRejected() {
            super("refresh-token-rejected", HttpStatus.UNAUTHORIZED, "Session ended",
                    "The refresh token is unknown, expired, revoked or already used; log in again");
        }
    }
}
