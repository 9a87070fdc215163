package nl.noaber.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.OffsetDateTime;
import java.util.List;

/** What identity holds about a person, for their export: the account, sessions and logins (no secrets). */
@Serdeable
public record AccountRecords(AccountView account, List<Session> sessions, List<Login> logins) {

    /** A refresh token's life, without the token. */
    @Serdeable
    public record Session(OffsetDateTime issuedAt, OffsetDateTime expiresAt, @Nullable OffsetDateTime revokedAt) {
    }

    @Serdeable
    public record Login(OffsetDateTime attemptedAt, String clientAddress, boolean succeeded) {
    }
}
