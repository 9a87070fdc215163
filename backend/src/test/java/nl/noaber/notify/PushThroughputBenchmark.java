package nl.noaber.notify;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import nl.noaber.support.Api;
import nl.noaber.support.People;
import nl.noaber.support.People.Person;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue #6: how many pushes a second one dispatcher delivers to the fake FCM server through the
 * real Firebase Admin SDK — from outbox claim to recorded outcome. Not part of the test run:
 * {@code ./mvnw -pl backend -am test -Dtest=PushThroughputBenchmark -Dnoaber.excluded-test-groups= -Dsurefire.failIfNoSpecifiedTests=false}
 * (docs/benchmarks.md).
 */
@Tag("benchmark")
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PushThroughputBenchmark implements TestPropertyProvider {

    private static final int DEVICES = 50;
    private static final int NOTICES_PER_DEVICE = 100;

    private final FakeFcm fcm = new FakeFcm();

    @Inject
    Api api;

    @Inject
    Notifications notifications;

    @Inject
    PushDispatcher dispatcher;

    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        return fcm.serviceProperties();
    }

    @AfterAll
    void stopFcm() {
        fcm.close();
    }

    @Test
    void dispatcherThroughput() {
        People people = new People(api);
        Person someone = people.demo("bewoner1", "deventer");
        for (int d = 0; d < DEVICES; d++) {
            api.put("/me/devices/bench-device-" + d, someone.token(), Map.of("fcmToken", "bench-token-" + d, "platform", "ANDROID",
                    "appVersion", "1.0.0", "locale", "nl"));
        }
        transactions.executeWrite(status -> {
            for (int i = 0; i < NOTICES_PER_DEVICE; i++) {
                notifications.send(new Notice(someone.gemeente(), someone.id(), NoticeType.REQUEST_ACCEPTED,
                        Map.of("requestId", Integer.toString(i), "task", "SHOPPING", "when", Notice.ASAP), true, null, null));
            }
            return null;
        });
        int total = DEVICES * NOTICES_PER_DEVICE;

        long start = System.nanoTime();
        dispatcher.run();
        double seconds = (System.nanoTime() - start) / 1e9;

        assertEquals(total, fcm.accepted().size());
        System.out.printf("pushes: %d delivered in %.2f s = %.0f messages/s (batches of 500, sendEach)%n", total, seconds,
                total / seconds);
    }
}
