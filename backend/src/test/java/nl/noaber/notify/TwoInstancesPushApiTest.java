package nl.noaber.notify;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.transaction.TransactionOperations;
import nl.noaber.support.Api;
import nl.noaber.support.People;
import nl.noaber.support.People.Person;
import nl.noaber.support.TimeTravel;
import nl.noaber.support.TwoInstances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #9: the push dispatchers of two real instances drain one outbox into one FCM at the same
 * time, and every outbox row is sent exactly once. Small batches make the instances take turns
 * claiming ({@code FOR UPDATE SKIP LOCKED} plus a lease), so both really take part.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesPushApiTest {

    private static final int DEVICES = 5;
    private static final int NOTICES = 100;
    private static final int BATCH = 20;

    private final FakeFcm fcm = new FakeFcm();
    private TwoInstances instances;

    @BeforeAll
    void startTwoInstances() {
        Map<String, Object> properties = new HashMap<>(fcm.serviceProperties());
        properties.put("noaber.push.batch-size", Integer.toString(BATCH));
        instances = TwoInstances.start(properties);
    }

    @AfterAll
    void stopThem() {
        instances.close();
        fcm.close();
    }

    @Test
    void twoDispatchersDrainingOneOutboxSendEveryRowExactlyOnce() throws Exception {
        Api api = new Api(instances.first().getURI());
        Person someone = new People(api).demo("bewoner1", "deventer");
        for (int d = 0; d < DEVICES; d++) {
            Api.Response put = api.put("/me/devices/twee-apparaat-" + d, someone.token(), Map.of("fcmToken", "twee-token-" + d,
                    "platform", "ANDROID", "appVersion", "1.0.0", "locale", "nl"));
            assertEquals(201, put.status(), put.raw());
        }
        transactions().executeWrite(status -> {
            Notifications notifications = instances.firstBean(Notifications.class);
            for (int i = 0; i < NOTICES; i++) {
                notifications.send(new Notice(someone.gemeente(), someone.id(), NoticeType.REQUEST_ACCEPTED,
                        Map.of("requestId", Integer.toString(i), "task", "SHOPPING", "when", Notice.ASAP), true, null, null));
            }
            return null;
        });
        int rows = DEVICES * NOTICES;

        bothDispatch();

        Map<String, Integer> deliveries = new HashMap<>();
        fcm.accepted().forEach(m -> deliveries.merge(m.get("data").get("notificationId").asText() + "→" + m.get("token").asText(),
                1, Integer::sum));
        assertEquals(rows, deliveries.size(), "every (notification, device) pushed");
        assertTrue(deliveries.values().stream().allMatch(n -> n == 1), "none twice: " + deliveries);
        assertEquals(rows, fcm.accepted().size());
        assertEquals(rows, sentRows(someone.id()), "every outbox row recorded as SENT");
        double byFirst = sent(instances.firstBean(MeterRegistry.class));
        double bySecond = sent(instances.secondBean(MeterRegistry.class));
        assertEquals(rows, byFirst + bySecond, 0.0);
        assertTrue(byFirst > 0 && bySecond > 0, "both instances sent: " + byFirst + " + " + bySecond);
        System.out.printf("RELIABILITY two-instances push: %d outbox rows, batches of %d, sent %.0f by the first and %.0f by the "
                + "second instance, each exactly once%n", rows, BATCH, byFirst, bySecond);
    }

    @SuppressWarnings("unchecked")   // the JDBC transaction manager of the first instance
    private TransactionOperations<Connection> transactions() {
        return instances.firstBean(TransactionOperations.class);
    }

    private void bothDispatch() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Object>> runs = new ArrayList<>();
        for (PushDispatcher dispatcher : List.of(instances.firstBean(PushDispatcher.class), instances.secondBean(PushDispatcher.class))) {
            runs.add(pool.submit(() -> {
                start.await();
                dispatcher.run();
                return null;
            }));
        }
        start.countDown();
        for (Future<Object> run : runs) {
            run.get();
        }
        pool.shutdown();
    }

    private static double sent(MeterRegistry registry) {
        return registry.get("noaber.push.outcomes").tag("outcome", "SENT").counter().count();
    }

    private long sentRows(long accountId) throws Exception {
        try (Connection c = TimeTravel.connection(instances.firstBean(DataSource.class));
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM push_outbox o JOIN notification n ON n.id = o.notification_id "
                     + "WHERE n.account_id = ? AND o.state = 'SENT'")) {
            s.setLong(1, accountId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
