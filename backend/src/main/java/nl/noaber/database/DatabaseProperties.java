package nl.noaber.database;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;

import java.nio.file.Path;

/**
 * Where the data lives.
 *
 * @param url     JDBC URL of an external PostgreSQL ({@code DATASOURCE_URL}); blank means embedded
 * @param dataDir directory for the embedded cluster ({@code <dataDir>/pg}) and generated secrets;
 *                blank means a throw-away directory (tests)
 */
@ConfigurationProperties("noaber.database")
public record DatabaseProperties(@Nullable String url, @Nullable String dataDir,
                                 @NotBlank String embeddedDatabaseName) {

    public boolean embedded() {
        return url == null || url.isBlank();
    }

    /** The persistent data directory, or empty when the embedded cluster is throw-away. */
    public java.util.Optional<Path> persistentDataDir() {
        return dataDir == null || dataDir.isBlank()
                ? java.util.Optional.empty()
                : java.util.Optional.of(Path.of(dataDir).toAbsolutePath().normalize());
    }
}
