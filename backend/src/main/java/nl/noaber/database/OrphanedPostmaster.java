package nl.noaber.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A postmaster left running by a JVM that died without stopping it.
 *
 * <p>PostgreSQL itself ignores a stale {@code postmaster.pid} whose process is gone; the case
 * that breaks a restart is the live orphan. SIGTERM asks it for a "smart" shutdown, which
 * finishes at once because the dead JVM's connections are closed.
 */
final class OrphanedPostmaster {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanedPostmaster.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path clusterDir;

    OrphanedPostmaster(Path clusterDir) {
        this.clusterDir = clusterDir;
    }

    void stopIfRunning() throws IOException {
        Optional<ProcessHandle> orphan = findLivePostmaster();
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle process = orphan.get();
        LOG.warn("Stopping orphaned PostgreSQL (pid {}) left by a previous run in {}", process.pid(), clusterDir);
        process.destroy();
        try {
            process.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            LOG.warn("Orphaned PostgreSQL (pid {}) ignored SIGTERM; killing it", process.pid());
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping orphaned PostgreSQL", e);
        } catch (ExecutionException e) {
            throw new IOException("Could not stop orphaned PostgreSQL", e);
        }
    }

    private Optional<ProcessHandle> findLivePostmaster() throws IOException {
        Path pidFile = clusterDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        // After a reboot the pid may belong to an unrelated process: only touch a postgres.
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    }
}
