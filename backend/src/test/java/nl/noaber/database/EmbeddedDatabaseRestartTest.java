package nl.noaber.database;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import nl.noaber.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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
    void aPostgresOrphanedByAKilledJvmIsStoppedAndTheDataKept() throws Exception {
        try (EmbeddedServer first = start()) {
            register(new Api(first.getURI()), "voor.crash@example.org");
        }
        long orphanPid = killJvmLeavingPostgresRunning(dataDir.resolve("pg"));
        assertTrue(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false), "the orphan runs");

        try (EmbeddedServer second = start()) {
            Api api = new Api(second.getURI());
            api.login("voor.crash@example.org", "een-goed-wachtwoord");
            assertEquals(201, register(api, "na.crash@example.org").status());
        }
        assertTrue(ProcessHandle.of(orphanPid).map(p -> !p.isAlive()).orElse(true), "the orphan was stopped");
    }

    /** Starts PostgreSQL from a child JVM, SIGKILLs that JVM, and returns the orphaned postmaster's pid. */
    private static long killJvmLeavingPostgresRunning(Path clusterDir) throws Exception {
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OrphanMaker.class.getName(), clusterDir.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.contains("READY")) {
                // skip the child's start-up logging
            }
        }
        jvm.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        return Long.parseLong(Files.readAllLines(clusterDir.resolve("postmaster.pid")).get(0).trim());
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
