package nl.noaber.identity;

import io.micronaut.context.annotation.Context;
import nl.noaber.database.DatabaseProperties;
import nl.noaber.database.GeneratedSecret;

/**
 * The secret that signs access tokens: {@code JWT_SECRET}, or generated for the embedded default.
 * Made when the context starts, so a missing or short secret stops the start with its reason
 * instead of failing the first login (issue #9).
 */
@Context
class JwtSecret {

    private final String value;

    JwtSecret(IdentityProperties identity, DatabaseProperties database) {
        this.value = GeneratedSecret.resolve(identity.jwtSecret(), "JWT_SECRET", "jwt-secret", database);
    }

    String value() {
        return value;
    }
}
