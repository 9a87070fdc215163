package nl.noaber.database;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import nl.noaber.support.Api;
import nl.noaber.support.ChildProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #9: PostgreSQL goes away and comes back on the same port and data directory while client
 * threads keep posting help requests. The service is not restarted. It must answer every call
 * during the outage with 503 + {@code Retry-After} (never a 500, never a hang), recover by itself,
 * and every request it acknowledged with 201 must be in the database afterwards.
 *
 * <p>The database is an embedded PostgreSQL started by the test, with the service's own settings
 * ({@link EmbeddedPostgresServer}); the service reaches it as an external database, as production
 * reaches a managed one. Figures in docs/reliability.md.
 */
class DatabaseRestartUnderLoadTest {

    private static final int CLIENTS = 8;
    private static final Duration LOAD_BEFORE = Duration.ofMillis(1500);
    private static final Duration DOWN_FOR = Duration.ofSeconds(3);
    private static final Duration LOAD_AFTER_RECOVERY = Duration.ofSeconds(1);
    /** Pool timeout (5 s) plus a generous margin for a noisy 2-core machine. */
    private static final Duration NO_ANSWER_SLOWER_THAN = Duration.ofSeconds(15);
    private static final Duration MUST_RECOVER_WITHIN = Duration.ofSeconds(30);

    /** One cluster for the class: initdb and the migrations run once; each test writes its own rows. */
    @TempDir
    static Path dataDir;

    /** {@code pg_ctl stop -m fast}: sessions are terminated (57P01), the server shuts down cleanly. */
    @Test
    void aFastShutdownAndRestartIsRidingOutWith503sAndNoAcknowledgedWriteIsLost() throws Exception {
        Figures figures = restartUnderLoad(Stop.FAST);

        figures.assertHeld();
    }

    /**
     * SIGQUIT to the postmaster, which is {@code pg_ctl stop -m immediate}: every process exits at
     * once, the next start runs crash recovery from the WAL.
     */
    @Test
    void aCrashAndRestartIsRidingOutWith503sAndNoAcknowledgedWriteIsLost() throws Exception {
        Figures figures = restartUnderLoad(Stop.CRASH);

        figures.assertHeld();
    }

    private enum Stop { FAST, CRASH }

    /** zonky's defaults (fsync off, synchronous_commit off) lost acknowledged commits in a crash. */
    @Test
    void aClusterThatKeepsDataSyncsEveryCommit() throws Exception {
        try (EmbeddedPostgresServer db = EmbeddedPostgresServer.start(dataDir.resolve("pg"), "noaber");
             Connection c = DriverManager.getConnection(db.jdbcUrl()); Statement s = c.createStatement()) {
            assertEquals("on", setting(s, "fsync"));
            assertEquals("on", setting(s, "synchronous_commit"));
        }
    }

    private static String setting(Statement s, String name) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT current_setting('" + name + "')")) {
            r.next();
            return r.getString(1);
        }
    }

    private Figures restartUnderLoad(Stop stop) throws Exception {
        long began = System.nanoTime();
        Path cluster = dataDir.resolve("pg");
        EmbeddedPostgresServer db = EmbeddedPostgresServer.start(cluster, "noaber");
        int port = db.port();
        String url = db.jdbcUrl();
        try (EmbeddedServer service = ApplicationContext.run(EmbeddedServer.class, external(url), "test")) {
            Api api = new Api(service.getURI());
            String email = "schrijver." + stop.name().toLowerCase() + "@example.org";
            assertEquals(201, api.post("/auth/register", null, Map.of("gemeente", "GM0150", "email", email,
                    "password", "een-goed-wachtwoord", "displayName", "Schrijver", "roles", List.of("RESIDENT"))).status());
            String token = api.login(email, "een-goed-wachtwoord");

            System.out.printf("RELIABILITY restart-%s: service up after %d ms%n", stop, (System.nanoTime() - began) / 1_000_000);
            Load load = new Load(api, token, stop.name());
            load.start();
            Thread.sleep(LOAD_BEFORE.toMillis());

            long downAt = System.nanoTime();
            if (stop == Stop.CRASH) {
                crash(cluster);
            }
            db.close();
            Thread.sleep(DOWN_FOR.toMillis());
            db = EmbeddedPostgresServer.start(cluster, "noaber", port);
            long upAt = System.nanoTime();

            long recoveredAt = load.awaitSuccessAfter(upAt, MUST_RECOVER_WITHIN);
            Thread.sleep(LOAD_AFTER_RECOVERY.toMillis());
            load.stop();
            System.out.printf("RELIABILITY restart-%s: load stopped after %d ms%n", stop, (System.nanoTime() - began) / 1_000_000);

            Figures figures = new Figures(stop, load.outcomes(), Duration.ofNanos(upAt - downAt),
                    recoveredAt < 0 ? null : Duration.ofNanos(recoveredAt - upAt), stored(url, stop.name()));
            System.out.println("RELIABILITY restart-" + stop.name().toLowerCase() + ": " + figures);
            return figures;
        } finally {
            db.close();
            System.out.printf("RELIABILITY restart-%s: all closed after %d ms%n", stop, (System.nanoTime() - began) / 1_000_000);
        }
    }

    /** SIGQUIT to the postmaster: an immediate shutdown, no checkpoint, crash recovery on the next start. */
    private static void crash(Path cluster) throws Exception {
        long pid = Long.parseLong(Files.readAllLines(cluster.resolve("postmaster.pid")).get(0).trim());
        ChildProcess.Result kill = ChildProcess.run(cluster, Map.of(), Duration.ofSeconds(30), "kill", "-QUIT", Long.toString(pid));
        assertTrue(kill.succeeded(), "kill -QUIT " + pid + ": " + kill.output());
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().orTimeout(30, TimeUnit.SECONDS).join());
    }

    private static Map<String, Object> external(String url) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", url);
        properties.put("noaber.database.url", url);
        properties.put("noaber.identity.jwt-secret", "restart-test-jwt-secret-of-at-least-32-chars");
        properties.put("noaber.activity.pseudonym-key", "restart-test-pseudonym-key-of-at-least-32-chars");
        properties.put("noaber.demo-data.enabled", "false");
        return properties;
    }

    /** Descriptions of the help requests in the database, by id. */
    private static Map<Long, String> stored(String url, String prefix) throws SQLException {
        Map<Long, String> rows = new HashMap<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id, description FROM help_request")) {
            while (r.next()) {
                if (r.getString(2).startsWith(prefix)) {
                    rows.put(r.getLong(1), r.getString(2));
                }
            }
        }
        return rows;
    }

    /** One call: what was sent, what came back (or what went wrong on the client), and when. */
    record Outcome(String description, int status, long id, String retryAfter, String problemType,
                   long sentAt, long answeredAt, String clientError) {

        Duration took() {
            return Duration.ofNanos(answeredAt - sentAt);
        }
    }

    /** Client threads posting help requests until stopped; every call is recorded. */
    private static final class Load {

        private final Api api;
        private final String token;
        private final String prefix;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        private final List<Thread> threads = new ArrayList<>();

        Load(Api api, String token, String prefix) {
            this.api = api;
            this.token = token;
            this.prefix = prefix;
        }

        void start() {
            for (int i = 0; i < CLIENTS; i++) {
                int client = i;
                Thread thread = new Thread(() -> {
                    for (int n = 0; running.get(); n++) {
                        outcomes.add(post(prefix + " client " + client + " call " + n));
                    }
                }, "load-" + i);
                threads.add(thread);
                thread.start();
            }
        }

        private Outcome post(String description) {
            long sentAt = System.nanoTime();
            try {
                Api.Response r = api.post("/help-requests", token, Map.of("kind", "GOEDE_BUREN", "task", "SHOPPING",
                        "location", Map.of("type", "Point", "coordinates", List.of(6.168, 52.268)),
                        "description", description, "urgency", "NORMAL"));
                long id = r.status() == 201 ? r.json().get("id").asLong() : -1;
                String type = r.status() >= 400 && r.json().has("type") ? r.json().get("type").asText() : null;
                return new Outcome(description, r.status(), id, r.header("Retry-After"), type, sentAt, System.nanoTime(), null);
            } catch (RuntimeException | AssertionError e) {
                return new Outcome(description, -1, -1, null, null, sentAt, System.nanoTime(), e.toString());
            }
        }

        /** When the first 201 after {@code upAt} was answered, or -1 if none within the bound. */
        long awaitSuccessAfter(long upAt, Duration within) throws InterruptedException {
            long deadline = upAt + within.toNanos();
            while (System.nanoTime() < deadline) {
                long first = outcomes.stream().filter(o -> o.status() == 201 && o.answeredAt() > upAt)
                        .mapToLong(Outcome::answeredAt).min().orElse(-1);
                if (first > 0) {
                    return first;
                }
                Thread.sleep(50);
            }
            return -1;
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread thread : threads) {
                thread.join(Duration.ofSeconds(60).toMillis());
            }
        }

        List<Outcome> outcomes() {
            return List.copyOf(outcomes);
        }
    }

    /** What one restart did to the calls, and what the database kept. */
    record Figures(Stop stop, List<Outcome> outcomes, Duration outage, Duration recovery, Map<Long, String> stored) {

        List<Outcome> acknowledged() {
            return outcomes.stream().filter(o -> o.status() == 201).toList();
        }

        List<Outcome> refused() {
            return outcomes.stream().filter(o -> o.status() == 503).toList();
        }

        List<Outcome> otherwise() {
            return outcomes.stream().filter(o -> o.status() != 201 && o.status() != 503).toList();
        }

        List<Outcome> lost() {
            return acknowledged().stream().filter(o -> !o.description().equals(stored.get(o.id()))).toList();
        }

        /** Stored although the caller was told 503: the commit went through, its answer did not. */
        long storedWithoutAcknowledgement() {
            return stored.size() - acknowledged().size() + lost().size();
        }

        Duration slowest() {
            return outcomes.stream().map(Outcome::took).max(Duration::compareTo).orElse(Duration.ZERO);
        }

        void assertHeld() {
            assertTrue(otherwise().isEmpty(), "only 201 or 503: " + otherwise());
            assertTrue(refused().size() > 0, "the outage was seen by the clients: " + this);
            for (Outcome o : refused()) {
                assertEquals("5", o.retryAfter(), o.toString());
                assertEquals("/problems/database-unavailable", o.problemType(), o.toString());
            }
            assertTrue(slowest().compareTo(NO_ANSWER_SLOWER_THAN) < 0, "no call hung: slowest " + slowest());
            assertTrue(recovery != null, "the service recovered without a restart within " + MUST_RECOVER_WITHIN);
            assertEquals(List.of(), lost(), "every acknowledged write is in the database");
        }

        @Override
        public String toString() {
            return String.format("sent %d, acknowledged 201 %d, refused 503 %d, other %d, outage %d ms, "
                            + "recovered %s ms after the database was back, slowest answer %d ms, lost %d, stored without ack %d",
                    outcomes.size(), acknowledged().size(), refused().size(), otherwise().size(), outage.toMillis(),
                    recovery == null ? "never" : Long.toString(recovery.toMillis()), slowest().toMillis(), lost().size(),
                    storedWithoutAcknowledgement());
        }
    }
}
