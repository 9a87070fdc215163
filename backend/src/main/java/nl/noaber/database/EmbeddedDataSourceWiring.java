package nl.noaber.database;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

/**
 * Points the default datasource at the embedded server. The server is started lazily, by the
 * first datasource that needs it, so an external database never starts one.
 */
@Singleton
@Requires(condition = EmbeddedDatabaseCondition.class)
class EmbeddedDataSourceWiring implements BeanCreatedEventListener<DatasourceConfiguration> {

    private final Provider<EmbeddedPostgresServer> server;

    EmbeddedDataSourceWiring(Provider<EmbeddedPostgresServer> server) {
        this.server = server;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration config = event.getBean();
        EmbeddedPostgresServer postgres = server.get();
        config.setUrl(postgres.jdbcUrl());
        config.setUsername(postgres.username());
        config.setPassword("");
        return config;
    }
}
