package nl.noaber.notify;

import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tells open inbox streams that a notification was stored — on every instance. {@link
 * Notifications#send} calls {@code pg_notify('noaber_inbox', 'account:notification')} in the
 * transaction of the change, which PostgreSQL delivers only on commit; each instance LISTENs on
 * one connection of its own and fans the ids out to its subscribers. A stream that reconnects
 * with {@code Last-Event-ID} reads what it missed from the table.
 */
@Singleton
class InboxStream {

    private static final Logger LOG = LoggerFactory.getLogger(InboxStream.class);
    private static final int POLL_MILLIS = 500;
    private static final int CHECK_EVERY_POLLS = 20;

    /** A stored notification: whose, and which. */
    record Stored(long accountId, long notificationId) {
    }

    private final DataSource dataSource;
    private final Sinks.Many<Stored> sink = Sinks.many().multicast().directBestEffort();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread listener;

    InboxStream(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.listener = new Thread(this::listen, "inbox-listener");
        this.listener.setDaemon(true);
    }

    @EventListener
    void onStartup(StartupEvent event) {
        listener.start();
    }

    /** Stored notifications of one account, from now on. */
    Flux<Stored> of(long accountId) {
        return sink.asFlux().filter(s -> s.accountId() == accountId);
    }

    private void listen() {
        while (running.get()) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                c.setAutoCommit(true);
                s.execute("LISTEN noaber_inbox");
                PGConnection pg = c.unwrap(PGConnection.class);
                for (long polls = 1; running.get(); polls++) {
                    if (polls % CHECK_EVERY_POLLS == 0) {
                        s.execute("SELECT 1");   // a connection that died silently shows itself here
                    }
                    PGNotification[] received = pg.getNotifications(POLL_MILLIS);
                    if (received != null) {
                        for (PGNotification n : received) {
                            publish(n.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (running.get()) {
                    LOG.warn("Inbox listener lost its connection; reconnecting: {}", e.getMessage());
                    pause();
                }
            }
        }
    }

    private void publish(String payload) {
        int colon = payload.indexOf(':');
        try {
            sink.tryEmitNext(new Stored(Long.parseLong(payload.substring(0, colon)), Long.parseLong(payload.substring(colon + 1))));
        } catch (RuntimeException e) {
            LOG.warn("Ignoring a malformed inbox announcement");
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops before the embedded database does, so its shutdown is not reported as a lost connection. */
    @EventListener
    void onShutdown(ShutdownEvent event) {
        running.set(false);
    }

    @PreDestroy
    void stop() {
        running.set(false);
        sink.tryEmitComplete();
    }
}
