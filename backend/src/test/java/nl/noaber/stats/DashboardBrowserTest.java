package nl.noaber.stats;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.support.BrowserScript;
import nl.noaber.support.Demo;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

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

    @Inject
    EmbeddedServer server;

    @Inject
    ReachRollup rollup;

    @Test
    void aCoordinatorSeesTheWijkDashboardInChromium() throws IOException, InterruptedException {
        rollup.rollUp(Demo.DEVENTER);

        BrowserScript.run("dashboard.e2e.mjs", server, Map.of("E2E_EMAIL", Demo.email("coordinator", "deventer"),
                "E2E_PASSWORD", Demo.PASSWORD), Duration.ofMinutes(3));

        assertTrue(Files.exists(BrowserScript.SCREENSHOTS.resolve("dashboard.png")));
    }
}
