package nl.noaber.notify;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one way features notify someone. {@link #send} runs inside the caller's transaction: the
 * inbox row and one outbox row per device commit with the change that caused them, or not at all.
 * Nothing is sent here — the {@link PushDispatcher} does that after the commit.
 */
@Singleton
public class Notifications {

    private final NotifyRepositories.NotificationRepository notifications;
    private final NotifyRepositories.DeviceRepository devices;
    private final NotifyRepositories.OutboxRepository outbox;
    private final PushGateway gateway;
    private final Optional<QuietHoursLookup> quietHours;
    private final PushProperties properties;
    private final Clock clock;

    Notifications(NotifyRepositories.NotificationRepository notifications, NotifyRepositories.DeviceRepository devices,
                  NotifyRepositories.OutboxRepository outbox, PushGateway gateway, Optional<QuietHoursLookup> quietHours,
                  PushProperties properties, Clock clock) {
        this.notifications = notifications;
        this.devices = devices;
        this.outbox = outbox;
        this.gateway = gateway;
        this.quietHours = quietHours;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Stores the notice in the recipient's inbox, in their language (their newest device's, else
     * Dutch), and queues a push to each of their devices — after their quiet hours unless urgent
     * or silent, and for offers only up to the daily limit. A notice whose dedupe key was used
     * before is dropped.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void send(Notice notice) {
        if (notice.dedupeKey() != null && notifications.findByDedupeKey(notice.dedupeKey()).isPresent()) {
            return;
        }
        Instant now = clock.instant();
        List<Device> reachable = devices.findByAccountIdOrderByUpdatedAtDesc(notice.accountId());
        String locale = reachable.isEmpty() ? Texts.DEFAULT_LOCALE : reachable.get(0).locale();
        Texts.Rendered text = Texts.render(notice.type(), notice.params(), locale, clock.getZone());
        Notification.Push push = pushFor(notice, reachable, now);
        Notification saved = notifications.save(new Notification(null, notice.gemeente(), notice.accountId(),
                notice.type().name(), text.title(), text.body(), dataOf(notice), notice.urgent(), notice.type().silent(), push,
                notice.dedupeKey(), now, null));
        if (push == Notification.Push.QUEUED) {
            Instant first = notice.urgent() || notice.type().silent() ? now
                    : quietHours.flatMap(q -> q.of(notice.accountId())).orElse(QuietHours.DEFAULT)
                            .nextAllowed(now, clock.getZone());
            for (Device device : reachable) {
                outbox.save(new OutboxRow(null, notice.gemeente(), saved.id(), device.installationId(), OutboxRow.State.PENDING,
                        0, first, null, notice.expiresAt(), null, null, null));
            }
        }
        notifications.announce(notice.accountId() + ":" + saved.id());
    }

    private Notification.Push pushFor(Notice notice, List<Device> reachable, Instant now) {
        if (!gateway.enabled()) {
            return Notification.Push.INBOX_ONLY;
        }
        if (reachable.isEmpty()) {
            return Notification.Push.NO_DEVICE;
        }
        if (notice.type() == NoticeType.OFFER_NEW) {
            Instant midnight = LocalDate.ofInstant(now, clock.getZone()).atStartOfDay(clock.getZone()).toInstant();
            if (notifications.countPushed(notice.accountId(), NoticeType.OFFER_NEW.name(), midnight)
                    >= properties.maxOfferPushesPerDay()) {
                return Notification.Push.DAILY_LIMIT;
            }
        }
        return Notification.Push.QUEUED;
    }

    /** The push data payload: the type, the ids and the deep link (FCM data values are strings). */
    private static Map<String, String> dataOf(Notice notice) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("type", notice.type().name());
        notice.params().forEach((k, v) -> {
            if (k.endsWith("Id")) {
                data.put(k, v);
            }
        });
        data.put("deepLink", notice.type().deepLink(notice.params()));
        return data;
    }
}
