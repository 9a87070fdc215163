package nl.noaber.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import nl.noaber.database.EmbeddedPostgresServer;

import java.util.HashMap;
import java.util.Map;

/**
 * Two instances of the service on one database, as behind a load balancer: the first runs the
 * embedded PostgreSQL (with the demo population), the second reaches it as an external database
 * ({@code DATASOURCE_URL}), so it needs the JWT secret and the pseudonym key configured — the two
 * share both. Each is a full application context with its own pool, scheduler and HTTP port.
 */
public final class TwoInstances implements AutoCloseable {

    private static final String JWT_SECRET = "two-instances-share-this-jwt-secret-0123456789";
    private static final String PSEUDONYM_KEY = "two-instances-share-this-pseudonym-key-0123456789";

    private final EmbeddedServer first;
    private final EmbeddedServer second;

    private TwoInstances(EmbeddedServer first, EmbeddedServer second) {
        this.first = first;
        this.second = second;
    }

    /** Starts both, with {@code extra} configuration on each (e.g. the fake FCM server). */
    public static TwoInstances start(Map<String, Object> extra) {
        Map<String, Object> shared = new HashMap<>(extra);
        shared.put("noaber.identity.jwt-secret", JWT_SECRET);
        shared.put("noaber.activity.pseudonym-key", PSEUDONYM_KEY);
        EmbeddedServer first = ApplicationContext.run(EmbeddedServer.class, shared, "test");
        try {
            String url = first.getApplicationContext().getBean(EmbeddedPostgresServer.class).jdbcUrl();
            Map<String, Object> external = new HashMap<>(shared);
            external.put("datasources.default.url", url);
            external.put("noaber.database.url", url);
            external.put("noaber.demo-data.enabled", "false");   // refused with an external database; the first loaded it
            return new TwoInstances(first, ApplicationContext.run(EmbeddedServer.class, external, "test"));
        } catch (RuntimeException e) {
            first.close();
            throw e;
        }
    }

    public EmbeddedServer first() {
        return first;
    }

    public EmbeddedServer second() {
        return second;
    }

    public <T> T firstBean(Class<T> type) {
        return first.getApplicationContext().getBean(type);
    }

    public <T> T secondBean(Class<T> type) {
        return second.getApplicationContext().getBean(type);
    }

    /** The second first: the first owns the database. */
    @Override
    public void close() {
        try {
            second.close();
        } finally {
            first.close();
        }
    }
}
