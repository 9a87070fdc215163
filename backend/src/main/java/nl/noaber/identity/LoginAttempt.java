package nl.noaber.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("login_attempt")
record LoginAttempt(@Id @GeneratedValue @Nullable Long id,
                    String emailKey,
                    String clientIp,
                    Instant attemptedAt,
                    boolean succeeded) {
}
