package nl.noaber.database;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** Starts the embedded PostgreSQL when no external {@code DATASOURCE_URL} is configured. */
@Factory
class EmbeddedDatabaseFactory {

    @Singleton
    @Bean(preDestroy = "close")
    @Requires(condition = EmbeddedDatabaseCondition.class)
    EmbeddedPostgresServer embeddedPostgres(DatabaseProperties properties) {
        return EmbeddedPostgresServer.start(
                properties.persistentDataDir().map(dir -> dir.resolve("pg")).orElse(null),
                properties.embeddedDatabaseName());
    }
}
