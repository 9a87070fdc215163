package nl.noaber.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #8: the phone client (built by Maven into {@code public/app}) in a real headless Chromium
 * (Debian's {@code chromium}, driven by playwright-core from {@code mobile-client-stub/e2e}) against
 * this service with the demo accounts: a volunteer fills in a profile, a resident asks for help,
 * the wave job offers it, the volunteer accepts in their own browser, the resident's page turns to
 * "Geaccepteerd" by itself, the task is done and confirmed, the resident answers the outcome questions
 * (issue #11), and a coordinator sees the queue, records a VOG and opens the trends per wijk. Screenshots land in {@code backend/target/e2e-screenshots/}.
 */
@MicronautTest(transactional = false)
// The wave job runs by itself here, as in production, only more often: the browser cannot call it.
@Property(name = "noaber.matching.job-initial-delay", value = "1s")
@Property(name = "noaber.matching.job-interval", value = "2s")
class ClientBrowserTest {

    private static final Path E2E = Path.of("..", "mobile-client-stub", "e2e").toAbsolutePath().normalize();
    private static final Path CLIENT = Path.of("target", "classes", "public", "app", "index.html");
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots").toAbsolutePath();

    @Inject
    EmbeddedServer server;

    @Test
    void aResidentAsksAVolunteerAcceptsAndACoordinatorFollowsUpInChromium() throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(CHROMIUM), "The browser test needs Debian's Chromium at " + CHROMIUM
                + ": apt-get install -y chromium (.ci/run installs it), or set CHROMIUM to another binary");
        assertTrue(Files.exists(CLIENT), "The client is not built: the Maven build runs npm in mobile-client-stub "
                + "(generate-resources); was it skipped with -Dnoaber.client.skip?");
        installPlaywrightCore();

        ProcessBuilder browser = new ProcessBuilder("node", "client.e2e.mjs").directory(E2E.toFile()).inheritIO();
        browser.environment().putAll(Map.of("BASE_URL", server.getURL().toString(), "SCREENSHOT_DIR", SCREENSHOTS.toString(),
                "CHROMIUM", CHROMIUM.toString(), "E2E_TOWN", "deventer"));
        Process run = browser.start();
        boolean finished = run.waitFor(8, TimeUnit.MINUTES);
        if (!finished) {
            run.destroyForcibly();
        }

        assertTrue(finished, "the browser test did not finish in 8 minutes");
        assertEquals(0, run.exitValue(), "the browser test failed; see its output above and " + SCREENSHOTS);
        assertTrue(Files.exists(SCREENSHOTS.resolve("client-request-accepted.png")));
        System.out.println("Client screenshots: " + SCREENSHOTS);
    }

    private static void installPlaywrightCore() throws IOException, InterruptedException {
        if (Files.isDirectory(E2E.resolve("node_modules").resolve("playwright-core"))) {
            return;
        }
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(E2E.toFile()).inheritIO().start();
        assertTrue(npm.waitFor(5, TimeUnit.MINUTES) && npm.exitValue() == 0, "npm ci in " + E2E + " failed");
    }
}
