package nl.noaber.database;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link EmbeddedDatabaseRestartTest}: starts the embedded PostgreSQL on a
 * data directory, says READY, and waits to be killed with SIGKILL — leaving the postmaster
 * orphaned exactly as a {@code kill -9} of the service would.
 */
public final class OrphanMaker {

    private OrphanMaker() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedPostgresServer.start(Path.of(args[0]), "noaber");
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
