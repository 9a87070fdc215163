package nl.noaber.stats;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.support.Demo;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #7: the coordinator dashboard in a real headless Chromium (Debian's {@code chromium},
 * driven by playwright-core from {@code mobile-client-stub/e2e}) against this service with a
 * year of demo history: log in, map, cards, trend, metric switch, phone width, CSV download.
 * Screenshots land in {@code backend/target/e2e-screenshots/}.
 */
@MicronautTest(transactional = false)
@Property(name = "noaber.demo-data.history", value = "true")
class DashboardBrowserTest {

    private static final Path E2E = Path.of("..", "mobile-client-stub", "e2e").toAbsolutePath().normalize();
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots").toAbsolutePath();

    @Inject
    EmbeddedServer server;

    @Inject
    ReachRollup rollup;

    @Test
    void aCoordinatorSeesTheWijkDashboardInChromium() throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(CHROMIUM), "The browser test needs Debian's Chromium at " + CHROMIUM
                + ": apt-get install -y chromium (.ci/run installs it), or set CHROMIUM to another binary");
        installPlaywrightCore();
        rollup.rollUp(Demo.DEVENTER);

        ProcessBuilder browser = new ProcessBuilder("node", "dashboard.e2e.mjs").directory(E2E.toFile()).inheritIO();
        browser.environment().putAll(Map.of("BASE_URL", server.getURL().toString(), "SCREENSHOT_DIR", SCREENSHOTS.toString(),
                "CHROMIUM", CHROMIUM.toString(), "E2E_EMAIL", Demo.email("coordinator", "deventer"), "E2E_PASSWORD", Demo.PASSWORD));
        Process run = browser.start();
        boolean finished = run.waitFor(3, TimeUnit.MINUTES);

        assertTrue(finished, "the browser test did not finish in 3 minutes");
        assertEquals(0, run.exitValue(), "the browser test failed; see its output above and " + SCREENSHOTS);
        assertTrue(Files.exists(SCREENSHOTS.resolve("dashboard.png")));
        System.out.println("Dashboard screenshots: " + SCREENSHOTS);
    }

    private static void installPlaywrightCore() throws IOException, InterruptedException {
        if (Files.isDirectory(E2E.resolve("node_modules").resolve("playwright-core"))) {
            return;
        }
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(E2E.toFile()).inheritIO().start();
        assertTrue(npm.waitFor(5, TimeUnit.MINUTES) && npm.exitValue() == 0, "npm ci in " + E2E + " failed");
    }
}
