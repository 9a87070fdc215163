package nl.noaber.identity;

import jakarta.inject.Singleton;
import nl.noaber.database.DatabaseProperties;
import nl.noaber.database.GeneratedSecret;

/** The secret that signs access tokens: {@code JWT_SECRET}, or generated for the embedded default. */
@Singleton
class JwtSecret {

    private final String value;

    JwtSecret(IdentityProperties identity, DatabaseProperties database) {
        this.value = GeneratedSecret.resolve(identity.jwtSecret(), "JWT_SECRET", "jwt-secret", database);
    }

    String value() {
        return value;
    }
}
