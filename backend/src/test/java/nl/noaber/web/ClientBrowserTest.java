package nl.noaber.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.support.BrowserScript;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

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

    private static final Path CLIENT = Path.of("target", "classes", "public", "app", "index.html");

    @Inject
    EmbeddedServer server;

    @Test
    void aResidentAsksAVolunteerAcceptsAndACoordinatorFollowsUpInChromium() throws IOException, InterruptedException {
        assertTrue(Files.exists(CLIENT), "The client is not built: the Maven build runs npm in mobile-client-stub "
                + "(generate-resources); was it skipped with -Dnoaber.client.skip?");

        BrowserScript.run("client.e2e.mjs", server, Map.of("E2E_TOWN", "deventer"), Duration.ofMinutes(8));

        assertTrue(Files.exists(BrowserScript.SCREENSHOTS.resolve("client-request-accepted.png")));
    }
}
