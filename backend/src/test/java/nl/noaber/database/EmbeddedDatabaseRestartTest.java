package nl.noaber.database;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import nl.noaber.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded default keeps its data across restarts, including after a kill -9. */
class EmbeddedDatabaseRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void aRegisteredAccountSurvivesARestartAndSoDoIssuedTokens() {
        String token;
        try (EmbeddedServer first = start()) {
            Api api = new Api(first.getURI());
            assertEquals(201, register(api, "blijft@example.org").status());
            token = api.login("blijft@example.org", "een-goed-wachtwoord");
        }
        assertTrue(Files.exists(dataDir.resolve("pg/PG_VERSION")));
        assertTrue(Files.exists(dataDir.resolve("jwt-secret")));

        try (EmbeddedServer second = start()) {
            Api api = new Api(second.getURI());
            assertEquals(200, api.get("/me", token).status(), "same JWT secret after restart");
            api.login("blijft@example.org", "een-goed-wachtwoord");
        }
    }

    @Test
    void aPostgresOrphanedByAKilledJvmIsStoppedAndTheDataKept() {
        try (EmbeddedServer first = start()) {
            register(new Api(first.getURI()), "voor.crash@example.org");
        }
        // What kill -9 of the JVM leaves behind: a postmaster on the data directory that nobody stops.
        EmbeddedPostgresServer orphan = EmbeddedPostgresServer.start(dataDir.resolve("pg"), "noaber");
        try (EmbeddedServer second = start()) {
            Api api = new Api(second.getURI());
            api.login("voor.crash@example.org", "een-goed-wachtwoord");
            assertEquals(201, register(api, "na.crash@example.org").status());
        } finally {
            orphan.close();   // already stopped by the service; zonky only logs that
        }
    }

    private EmbeddedServer start() {
        return ApplicationContext.run(EmbeddedServer.class, Map.of(
                "noaber.database.data-dir", dataDir.toString(),
                "micronaut.server.port", "-1"), "test");
    }

    private static Api.Response register(Api api, String email) {
        return api.post("/auth/register", null, Map.of("gemeente", "GM0150", "email", email,
                "password", "een-goed-wachtwoord", "displayName", "Blijvertje", "roles", List.of("RESIDENT")));
    }
}
