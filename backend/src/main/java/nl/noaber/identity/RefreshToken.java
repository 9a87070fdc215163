package nl.noaber.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("refresh_token")
record RefreshToken(@Id @GeneratedValue @Nullable Long id,
                    String gemeente,
                    long accountId,
                    UUID familyId,
                    String tokenHash,
                    Instant issuedAt,
                    Instant expiresAt,
                    @Nullable Instant revokedAt) {
}
