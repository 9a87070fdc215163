package nl.noaber.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.web.router.Router;
import nl.noaber.support.Api;
import nl.noaber.support.Callers;
import nl.noaber.support.DatabaseChecksum;
import nl.noaber.support.OpenApiContract;
import nl.noaber.support.RequestBodies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #9: random and malformed bodies against every write operation of the spec, sent with the
 * token of a role allowed to call it. Whatever arrives, the service answers below 500, every 4xx
 * is a problem+json of the spec (the {@link Api} checks each answer against it), and a rejected
 * request leaves the database as it was: every table's md5 is unchanged (no row altered, added or
 * removed, so nothing half-written survives a failure). After the run, every list the demo
 * people can read still reads without a 5xx, so nothing accepted was stored in a form that breaks
 * reading it back.
 *
 * <p>Tries come from one seeded {@link Random}: every try's name carries the seed, and
 * {@code -Dnoaber.fuzz.seed=…} replays a run. (jqwik was tried first; its author asks AI agents not
 * to use it, so this plain generator takes its place — ADR 021.)
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiFuzzTest {

    private static final int TRIES = 300;   // 10–40 s with its context
    private static final long SEED = Long.getLong("noaber.fuzz.seed", new Random().nextLong());

    /**
     * Failed logins (ADR 005) and rate-limit hits (ADR 020) are written on purpose, refused or not;
     * nothing else may change on a rejection.
     */
    private static final Set<String> WRITTEN_WHEN_REJECTED = Set.of("login_attempt", "rate_limit_window");
    private static final List<String> ODD_IDS = List.of("999999", "1", "2", "3", "5", "10", "0", "-1", "abc", "99999999999999999999", "1.5");

    private static EmbeddedServer server;
    private static Api api;
    private static Callers callers;
    private static DatabaseChecksum checksum;
    private static Map<String, String> baseline;
    private static final RequestBodies BODIES = new RequestBodies(OpenApiContract.load());

    /** One try: an operation, the path called and the payload. */
    record Attempt(OpenApiContract.Operation operation, String path, FuzzPayloads.Payload payload) {

        @Override
        public String toString() {
            return operation.method() + " " + path + " " + payload;
        }
    }

    @BeforeAll
    static void start() {
        server = ApplicationContext.run(EmbeddedServer.class, "test");
        api = new Api(server.getURI());
        callers = new Callers(api, server.getApplicationContext().getBean(Router.class));
        for (OpenApiContract.Operation operation : BODIES.writeOperations()) {
            callers.tokenFor(operation);   // log everyone in before the baseline: logins write sessions
        }
        checksum = new DatabaseChecksum(server.getApplicationContext().getBean(DataSource.class), WRITTEN_WHEN_REJECTED);
        baseline = checksum.now();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @TestFactory
    @Order(1)
    Stream<DynamicTest> noPayloadGetsA5xxOrChangesStoredDataWhenRejected() {
        Random random = new Random(SEED);
        // Erasing the caller would end the session every later try needs; PrivacyApiTest covers it.
        List<OpenApiContract.Operation> writes = BODIES.writeOperations().stream()
                .filter(o -> !(o.method().equals("DELETE") && o.template().equals("/me"))).toList();
        return IntStream.range(0, TRIES).mapToObj(i -> {
            Attempt attempt = attempt(writes.get(random.nextInt(writes.size())), random);
            return DynamicTest.dynamicTest("try " + i + " of seed " + SEED + ": " + attempt, () -> send(attempt));
        });
    }

    private void send(Attempt attempt) {
        Api.Response response;
        try {
            response = api.sendBytes(attempt.operation().method(), attempt.path(), callers.tokenFor(attempt.operation()),
                    attempt.payload().body(), attempt.payload().contentType());
        } catch (AssertionError contractBroken) {
            throw new AssertionError(attempt + "\n" + contractBroken.getMessage(), contractBroken);
        }

        assertTrue(response.status() < 500, attempt + "\n→ " + response.status() + " " + response.raw());
        if (response.status() >= 400) {
            assertEquals("application/problem+json", response.contentType(), attempt + "\n→ " + response.raw());
            List<String> changed = DatabaseChecksum.changed(baseline, checksum.now());
            assertEquals(List.of(), changed, "a rejected request changed stored rows: " + attempt + "\n→ " + response.raw());
        } else {
            baseline = checksum.now();   // accepted: the new state is the one to keep
        }
    }

    @Test
    @Order(2)
    void everythingStoredStillReads() {
        for (OpenApiContract.Operation list : OpenApiContract.load().operations()) {
            if (!list.method().equals("GET") || list.template().contains("{") || list.template().endsWith("/stream")) {
                continue;
            }
            for (String who : List.of("admin", "coordinator", "vet", "bewoner1", "mantelzorger", "vrijwilliger1")) {
                Api.Response read = api.get(list.template(), callers.token(who));
                assertTrue(read.status() < 500, "GET " + list.template() + " as " + who + " → " + read.raw());
            }
        }
    }

    private static Attempt attempt(OpenApiContract.Operation operation, Random random) {
        JsonNode example = BODIES.example(operation).orElse(JsonNodeFactory.instance.objectNode());
        return new Attempt(operation, path(operation, random), new FuzzPayloads(random).next(example));
    }

    /** Mostly ids that exist or not; sometimes ids that are no number at all. */
    private static String path(OpenApiContract.Operation operation, Random random) {
        String path = RequestBodies.concretePath(operation);
        return random.nextInt(4) == 0 ? path.replace("999999", ODD_IDS.get(random.nextInt(ODD_IDS.size()))) : path;
    }
}
