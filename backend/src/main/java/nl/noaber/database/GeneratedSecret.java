package nl.noaber.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A secret of this installation: taken from configuration when given; otherwise, on the embedded
 * default only, generated once and kept in the data directory (mode 0600) so it survives restarts.
 * With an external database several instances must share it, so it must be configured
 * (docs/adr/002-jwt-secret.md).
 */
public final class GeneratedSecret {

    private static final int MIN_LENGTH = 32;   // 256 bits as hex or a long passphrase

    private GeneratedSecret() {
    }

    /**
     * @param configured  the configured value, may be blank
     * @param variable    the environment variable that configures it, for the error message
     * @param fileName    the file in the data directory that keeps a generated value
     */
    public static String resolve(String configured, String variable, String fileName, DatabaseProperties database) {
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < MIN_LENGTH) {
                throw new IllegalStateException(variable + " must be at least " + MIN_LENGTH + " characters");
            }
            return configured;
        }
        if (!database.embedded()) {
            throw new IllegalStateException(
                    variable + " is required with an external database (DATASOURCE_URL): all instances must share it");
        }
        return database.persistentDataDir()
                .map(dir -> readOrCreate(dir.resolve(fileName)))
                .orElseGet(GeneratedSecret::generate);
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
