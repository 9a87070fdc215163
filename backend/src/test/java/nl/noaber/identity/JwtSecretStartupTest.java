package nl.noaber.identity;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.support.Api;
import nl.noaber.support.TimeTravel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #9 / ADR 002: with an external database (DATASOURCE_URL) the service refuses to start
 * without a JWT_SECRET of its own, or with a short one; it never signs with a secret it made up.
 * The "external" database is this test's embedded one, reached by its JDBC URL.
 */
@MicronautTest(transactional = false)
class JwtSecretStartupTest {

    @Inject
    DataSource dataSource;

    private final Map<String, Object> external = new HashMap<>();

    @BeforeEach
    void anExternalDatabase() throws Exception {
        try (Connection c = TimeTravel.connection(dataSource)) {
            String url = c.getMetaData().getURL();
            external.put("noaber.database.url", url);
            external.put("datasources.default.url", url);
            external.put("datasources.default.username", c.getMetaData().getUserName());
        }
        external.put("noaber.activity.pseudonym-key", "p".repeat(40));
        external.put("noaber.demo-data.enabled", false);
        external.put("micronaut.server.port", -1);
    }

    @Test
    void withoutJwtSecretTheServiceDoesNotStartAndSaysWhy() {
        external.put("noaber.identity.jwt-secret", "");

        RuntimeException refused = assertThrows(RuntimeException.class, this::start);

        assertTrue(causes(refused).contains("JWT_SECRET is required with an external database"), causes(refused));
    }

    @Test
    void aJwtSecretShorterThan32CharactersIsRefused() {
        external.put("noaber.identity.jwt-secret", "te-kort-geheim");

        RuntimeException refused = assertThrows(RuntimeException.class, this::start);

        assertTrue(causes(refused).contains("JWT_SECRET must be at least 32 characters"), causes(refused));
    }

    @Test
    void withALongEnoughSecretTheSameSetupStarts() {
        external.put("noaber.identity.jwt-secret", "s".repeat(32));

        try (EmbeddedServer server = start()) {
            assertEquals(200, new Api(server.getURI()).get("/health", null).status());
        }
    }

    private EmbeddedServer start() {
        return ApplicationContext.run(EmbeddedServer.class, external, "test");
    }

    private static String causes(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
