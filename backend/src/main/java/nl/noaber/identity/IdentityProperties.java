package nl.noaber.identity;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import java.time.Duration;

/**
 * Sessions and login throttling; defaults and their reasons are in {@code application.yml}.
 *
 * @param jwtSecret            HMAC secret for access tokens ({@code JWT_SECRET}); may be blank only
 *                             with the embedded database (then generated, see {@link JwtSecret})
 * @param trustedAddressHeader header set by a trusted reverse proxy with the client's address;
 *                             blank means the socket's peer address (see {@link ClientAddress})
 */
@ConfigurationProperties("noaber.identity")
record IdentityProperties(@Nullable String jwtSecret,
                          @NotNull Duration accessTokenLifetime,
                          @NotNull Duration refreshTokenLifetime,
                          @NotNull Duration throttleWindow,
                          @Positive int maxFailedLoginsPerAccount,
                          @Positive int maxFailedLoginsPerAddress,
                          @Nullable String trustedAddressHeader) {
}
