package nl.noaber.identity;

import jakarta.inject.Singleton;
import nl.noaber.database.DatabaseProperties;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secret that signs access tokens.
 *
 * <p>{@code JWT_SECRET} wins. Without it, the embedded default generates one and keeps it in the
 * data directory so tokens survive a restart. With an external database there may be several
 * instances, which must share a secret, so a missing {@code JWT_SECRET} stops the service
 * (docs/adr/002-jwt-secret.md).
 */
@Singleton
class JwtSecret {

    private static final int MIN_LENGTH = 32;   // HS256 needs at least 256 bits

    private final String value;

    JwtSecret(IdentityProperties identity, DatabaseProperties database) {
        this.value = resolve(identity.jwtSecret(), database);
    }

    String value() {
        return value;
    }

    private static String resolve(String configured, DatabaseProperties database) {
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < MIN_LENGTH) {
                throw new IllegalStateException("JWT_SECRET must be at least " + MIN_LENGTH + " characters");
            }
            return configured;
        }
        if (!database.embedded()) {
            throw new IllegalStateException(
                    "JWT_SECRET is required with an external database (DATASOURCE_URL): all instances must share it");
        }
        return database.persistentDataDir()
                .map(dir -> readOrCreate(dir.resolve("jwt-secret")))
                .orElseGet(JwtSecret::generate);
    }

    private static String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            Files.createDirectories(file.getParent());
            String secret = generate();
            Files.writeString(file, secret);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write " + file, e);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
