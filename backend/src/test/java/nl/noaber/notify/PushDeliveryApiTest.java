package nl.noaber.notify;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import nl.noaber.support.Api;
import nl.noaber.support.People;
import nl.noaber.support.People.Person;
import nl.noaber.support.TimeTravel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #6: the outbox delivers through the real Firebase Admin SDK to a fake FCM server, and
 * loses nothing when FCM fails or the service stops mid-dispatch.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PushDeliveryApiTest implements TestPropertyProvider {

    private final FakeFcm fcm = new FakeFcm();

    @Inject
    Api api;

    @Inject
    Notifications notifications;

    @Inject
    PushDispatcher dispatcher;

    @Inject
    TransactionOperations<Connection> transactions;

    People people;
    TimeTravel rows;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(fcm.serviceProperties());
        properties.put("noaber.push.read-timeout", "1s");
        properties.put("noaber.push.max-attempts", "3");
        return properties;
    }

    @Inject
    void fixtures(Api api, DataSource dataSource) {
        this.people = new People(api);
        this.rows = new TimeTravel(dataSource);
    }

    @BeforeEach
    void fcmIsUp() {
        fcm.answer(FakeFcm.Mode.OK);
        fcm.forget();
    }

    @AfterAll
    void stopFcm() {
        fcm.close();
    }

    @Test
    void anUrgentOfferIsPushedWithTheShapeFcmExpects() {
        Person volunteer = people.demo("vrijwilliger1", "deventer");
        String token = device(volunteer, "ANDROID", "nl");
        Instant answerBy = Instant.now().plusSeconds(900);

        long id = send(new Notice("GM0150", volunteer.id(), NoticeType.OFFER_NEW,
                Map.of("offerId", "77", "requestId", "55", "task", "SHOPPING", "when", Notice.ASAP), true, answerBy, null));
        dispatcher.run();

        JsonNode message = only(fcm.accepted());
        assertEquals(token, message.get("token").asText());
        assertEquals("Kunt u helpen?", message.get("notification").get("title").asText());
        assertTrue(message.get("notification").get("body").asText().contains("boodschappen, zo snel mogelijk"), message.toString());
        assertEquals("OFFER_NEW", message.get("data").get("type").asText());
        assertEquals("77", message.get("data").get("offerId").asText());
        assertEquals("noaber://offers/77", message.get("data").get("deepLink").asText());
        assertEquals(Long.toString(id), message.get("data").get("notificationId").asText(), "the app's idempotency key");
        assertEquals("high", message.get("android").get("priority").asText());
        assertEquals("request-55", message.get("android").get("collapse_key").asText());
        assertTrue(message.get("android").get("ttl").asText().endsWith("s"), message.toString());
        assertEquals("request-55", message.get("apns").get("headers").get("apns-collapse-id").asText());
        assertEquals("10", message.get("apns").get("headers").get("apns-priority").asText());
        assertEquals(Long.toString(answerBy.getEpochSecond()), message.get("apns").get("headers").get("apns-expiration").asText());
        assertEquals("Bearer " + FakeFcm.ACCESS_TOKEN, fcm.received().get(0).authorization());
        assertEquals("SENT", outboxState(id));
    }

    @Test
    void anUnregisteredTokenIsDeletedAndNotRetried() {
        Person volunteer = people.demo("vrijwilliger2", "deventer");
        deviceWithToken(volunteer, "unregistered-" + UUID.randomUUID(), "nl");

        long id = send(urgent(volunteer, NoticeType.TASK_CANCELLED));
        dispatcher.run();

        assertEquals("DROPPED", outboxState(id));
        assertEquals(0, api.get("/me/devices", volunteer.token()).json().size(), "the token is gone");
    }

    @Test
    void quotaExceededIsRetriedNoSoonerThanRetryAfter() {
        Person someone = people.demo("bewoner1", "deventer");
        device(someone, "IOS", "en");
        fcm.answer(FakeFcm.Mode.QUOTA_EXCEEDED);
        fcm.retryAfter(120);

        long id = send(urgent(someone, NoticeType.REQUEST_ACCEPTED));
        dispatcher.run();

        assertEquals("PENDING", outboxState(id));
        Instant next = nextAttempt(id);
        assertTrue(next.isAfter(Instant.now().plusSeconds(110)), "Retry-After honoured: " + next);
        assertEquals(1, rows.value("SELECT attempts FROM push_outbox WHERE notification_id = ?", id));
    }

    @Test
    void whenFcmIsDownForAWhileEveryNotificationArrivesAfterItRecoversAndNoneTwice() {
        Person someone = people.demo("bewoner2", "deventer");
        device(someone, "ANDROID", "nl");
        fcm.answer(FakeFcm.Mode.INTERNAL);
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            ids.add(send(urgent(someone, NoticeType.REQUEST_ESCALATED)));
        }

        dispatcher.run();
        assertTrue(fcm.accepted().isEmpty());
        fcm.answer(FakeFcm.Mode.OK);
        dueNow(ids);
        dispatcher.run();

        Map<String, Integer> deliveries = new HashMap<>();
        fcm.accepted().forEach(m -> deliveries.merge(m.get("data").get("notificationId").asText(), 1, Integer::sum));
        assertEquals(20, deliveries.size(), "none lost");
        assertTrue(deliveries.values().stream().allMatch(n -> n == 1), "none twice: " + deliveries);
        ids.forEach(id -> assertEquals("SENT", outboxState(id)));
    }

    @Test
    void aDispatcherThatStoppedMidDispatchLeavesItsRowsToTheNextOne() {
        Person someone = people.demo("mantelzorger", "deventer");
        device(someone, "WEB", "nl");
        long id = send(urgent(someone, NoticeType.VOLUNTEER_ON_THE_WAY));

        List<Long> claimed = dispatcher.claim();     // ... and the instance dies before sending
        assertTrue(claimed.size() >= 1);
        dispatcher.run();
        assertTrue(fcm.accepted().isEmpty(), "the lease keeps other instances off while it runs");
        rows.updateAll("UPDATE push_outbox SET leased_until = now() - interval '1 second' WHERE notification_id = ?", id);
        dispatcher.run();

        assertEquals(1, fcm.accepted().size());
        assertEquals("SENT", outboxState(id));
    }

    @Test
    void aPushThatKeepsFailingBecomesADeadLetterOnMetricsAndForAdmins() {
        Person someone = people.demo("vet", "deventer");
        device(someone, "ANDROID", "nl");
        fcm.answer(FakeFcm.Mode.INTERNAL);

        long id = send(urgent(someone, NoticeType.HELP_REMINDER));
        for (int attempt = 0; attempt < 3; attempt++) {
            dueNow(Set.of(id));
            dispatcher.run();
        }

        assertEquals("DEAD", outboxState(id));
        assertTrue(api.get("/metrics", null).raw().contains("noaber_push_dead_letters "), "gauge on /metrics");
        JsonNode dead = api.get("/push/dead-letters", people.demo("admin", "deventer").token()).json();
        assertTrue(dead.get("items").toString().contains("\"notificationId\":" + id), dead.toString());
    }

    @Test
    void aHangingFcmTimesOutAndTheRowIsRetriedLater() {
        Person someone = people.demo("bewoner1", "enschede");
        device(someone, "ANDROID", "nl");
        fcm.answer(FakeFcm.Mode.HANG);

        long id = send(urgent(someone, NoticeType.REQUEST_EXPIRED));
        dispatcher.run();

        assertEquals("PENDING", outboxState(id));
        assertEquals(1, rows.value("SELECT attempts FROM push_outbox WHERE notification_id = ?", id));
    }

    @Test
    void aNonUrgentPushWaitsForTheEndOfQuietHoursButStaysInTheInbox() {
        Person volunteer = people.volunteer("GM0150", "nachtrust", withQuietHoursNow());
        device(volunteer, "ANDROID", "nl");

        long id = send(Notice.of("GM0150", volunteer.id(), NoticeType.TASK_REMINDER, Map.of("requestId", "1", "task", "DOG",
                "when", Notice.ASAP)));
        dispatcher.run();

        assertTrue(fcm.accepted().isEmpty());
        Instant next = nextAttempt(id);
        assertTrue(next.isAfter(Instant.now()), "queued until the quiet hours end: " + next);
        assertEquals(1, api.get("/me/notifications", volunteer.token()).json().get("unreadCount").asInt());
    }

    @Test
    void offersBeyondTheDailyLimitStayInTheListWithoutAPush() {
        Person volunteer = people.volunteer("GM0150", "veel-aanbod", 6.20, 52.25, "GOEDE_BUUR", 1500);
        device(volunteer, "ANDROID", "nl");
        for (int i = 0; i < 11; i++) {
            send(new Notice("GM0150", volunteer.id(), NoticeType.OFFER_NEW,
                    Map.of("offerId", Integer.toString(1000 + i), "requestId", Integer.toString(2000 + i), "task", "WALKING",
                            "when", Notice.ASAP), true, null, null));
        }

        dispatcher.run();

        assertEquals(10, fcm.accepted().size(), "at most 10 offer pushes a day");
        assertEquals(11, api.get("/me/notifications?limit=50", volunteer.token()).json().get("items").size());
    }

    private Map<String, Object> withQuietHoursNow() {
        Map<String, Object> profile = People.profile(6.21, 52.25, "GOEDE_BUUR", 1500);
        java.time.LocalTime now = java.time.LocalTime.now(java.time.ZoneId.of("Europe/Amsterdam"));
        profile.put("quietHours", Map.of("from", now.minusHours(1).withSecond(0).withNano(0).toString().substring(0, 5),
                "until", now.plusHours(1).withSecond(0).withNano(0).toString().substring(0, 5)));
        return profile;
    }

    private Notice urgent(Person to, NoticeType type) {
        return new Notice(to.gemeente(), to.id(), type, Map.of("requestId", "9", "task", "COMPANY", "when", Notice.ASAP), true, null, null);
    }

    /** Stores the notice as a feature would, in a transaction; returns the notification id. */
    private long send(Notice notice) {
        transactions.executeWrite(status -> {
            notifications.send(notice);
            return null;
        });
        return ((Number) rows.value("SELECT max(id) FROM notification WHERE account_id = ?", notice.accountId())).longValue();
    }

    private void dueNow(Set<Long> notificationIds) {
        notificationIds.forEach(id -> rows.updateAll(
                "UPDATE push_outbox SET next_attempt_at = now() - interval '1 second' WHERE notification_id = ?", id));
    }

    private Instant nextAttempt(long notificationId) {
        return ((java.sql.Timestamp) rows.value("SELECT next_attempt_at FROM push_outbox WHERE notification_id = ?", notificationId))
                .toInstant();
    }

    private String outboxState(long notificationId) {
        return (String) rows.value("SELECT state FROM push_outbox WHERE notification_id = ?", notificationId);
    }

    private String device(Person person, String platform, String locale) {
        return deviceWithToken(person, "token-" + UUID.randomUUID(), locale, platform);
    }

    private String deviceWithToken(Person person, String token, String locale) {
        return deviceWithToken(person, token, locale, "ANDROID");
    }

    private String deviceWithToken(Person person, String token, String locale, String platform) {
        Api.Response put = api.put("/me/devices/install-" + UUID.randomUUID(), person.token(),
                Map.of("fcmToken", token, "platform", platform, "appVersion", "1.0.0", "locale", locale));
        assertEquals(201, put.status(), put.raw());
        return token;
    }

    private static JsonNode only(List<JsonNode> messages) {
        assertEquals(1, messages.size(), messages.toString());
        return messages.get(0);
    }
}
