package nl.noaber.support;

import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs one of the playwright-core scripts in {@code mobile-client-stub/e2e} in Debian's headless
 * Chromium against a running test server; screenshots land in {@code backend/target/e2e-screenshots/}.
 */
public final class BrowserScript {

    public static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots").toAbsolutePath();

    private static final Path E2E = Path.of("..", "mobile-client-stub", "e2e").toAbsolutePath().normalize();
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    private BrowserScript() {
    }

    /** Fails the test unless the script exits 0 within the timeout; its output is in the test's output. */
    public static void run(String script, EmbeddedServer server, Map<String, String> environment, Duration timeout)
            throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(CHROMIUM), "The browser test needs Debian's Chromium at " + CHROMIUM
                + ": apt-get install -y chromium (.ci/run installs it), or set CHROMIUM to another binary");
        installPlaywrightCore();

        Map<String, String> all = new HashMap<>(environment);
        all.putAll(Map.of("BASE_URL", server.getURL().toString(), "SCREENSHOT_DIR", SCREENSHOTS.toString(),
                "CHROMIUM", CHROMIUM.toString()));
        ChildProcess.Result run = ChildProcess.run(E2E, all, timeout, "node", script);

        assertTrue(run.finished(), script + " did not finish in " + timeout);
        assertEquals(0, run.exitValue(), script + " failed; see its output above and " + SCREENSHOTS);
        System.out.println("Screenshots: " + SCREENSHOTS);
    }

    private static void installPlaywrightCore() throws IOException, InterruptedException {
        if (Files.isDirectory(E2E.resolve("node_modules").resolve("playwright-core"))) {
            return;
        }
        ChildProcess.Result npm = ChildProcess.run(E2E, Map.of(), Duration.ofMinutes(5),
                "npm", "ci", "--no-audit", "--no-fund");
        assertTrue(npm.succeeded(), "npm ci in " + E2E + " failed");
    }
}
