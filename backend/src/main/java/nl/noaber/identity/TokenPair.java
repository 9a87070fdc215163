package nl.noaber.identity;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The answer to a login or refresh. The access token is a short-lived JWT for the
 * {@code Authorization: Bearer} header; the refresh token is opaque and single-use.
 */
@Serdeable
record TokenPair(String accessToken, String tokenType, long expiresIn, String refreshToken,
                 long refreshExpiresIn, AccountView account) {
}
