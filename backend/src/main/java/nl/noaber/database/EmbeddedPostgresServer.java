package nl.noaber.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL 17 started from Maven artifacts (zonky), for the embedded default.
 *
 * <p>With a data directory the cluster persists across restarts. If a previous JVM was killed
 * with {@code kill -9}, its postmaster outlives it and still holds the directory; we stop that
 * orphan first (STACK.md pitfall 6) instead of failing on {@code postmaster.pid}.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final String databaseName;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, String databaseName) {
        this.postgres = postgres;
        this.databaseName = databaseName;
    }

    /**
     * Starts a cluster in {@code clusterDir}, or in a fresh temporary directory when it is null,
     * and creates {@code databaseName} if missing.
     */
    public static EmbeddedPostgresServer start(Path clusterDir, String databaseName) {
        return start(clusterDir, databaseName, 0);
    }

    /** As {@link #start(Path, String)}, on a given port (0: any free one) — a restart keeps its address. */
    static EmbeddedPostgresServer start(Path clusterDir, String databaseName, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setServerConfig("max_connections", "100")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8");
            if (clusterDir != null) {
                Files.createDirectories(clusterDir);
                new OrphanedPostmaster(clusterDir).stopIfRunning();
                // zonky starts PostgreSQL with -F (fsync off) and synchronous_commit=off: fine for a
                // throw-away test cluster, but then a crash loses commits already acknowledged to
                // clients (3 of 225 in DatabaseRestartUnderLoadTest, docs/reliability.md). A cluster
                // that keeps data keeps every acknowledged commit.
                builder.setDataDirectory(clusterDir).setCleanDataDirectory(false)
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on");
                LOG.info("Starting embedded PostgreSQL in {}", clusterDir);
            } else {
                LOG.info("Starting throw-away embedded PostgreSQL");
            }
            EmbeddedPostgres postgres = builder.start();
            createDatabaseIfMissing(postgres, databaseName);
            LOG.info("Embedded PostgreSQL listening on port {}", postgres.getPort());
            return new EmbeddedPostgresServer(postgres, databaseName);
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String name) {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                // Identifiers cannot be bound; the name comes from validated configuration.
                create.execute("CREATE DATABASE \"" + name.replace("\"", "") + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", databaseName);
    }

    public String username() {
        return "postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    @PreDestroy
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
