package nl.noaber.notify;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.noaber.identity.Caller;
import nl.noaber.privacy.PersonalDataSection;
import nl.noaber.privacy.PersonalRows;
import nl.noaber.privacy.RetentionRule;

import java.time.Instant;
import java.util.Map;

/**
 * The inbox and the registered phones. Notices name tasks and places, so they follow the same
 * retention as requests; erasure removes them and the devices (no push reaches a new owner).
 */
@Singleton
class NotifyPersonalData implements PersonalDataSection, RetentionRule {

    private static final int BATCH = 1000;

    private final PersonalRows rows;
    private final NotifyRepositories.NotificationRepository notifications;
    private final NotifyRepositories.DeviceRepository devices;

    NotifyPersonalData(PersonalRows rows, NotifyRepositories.NotificationRepository notifications,
                       NotifyRepositories.DeviceRepository devices) {
        this.rows = rows;
        this.notifications = notifications;
        this.devices = devices;
    }

    @Override
    public int getOrder() {
        return 50;
    }

    @Override
    public String name() {
        return "notifications";
    }

    @Override
    public Object export(long accountId) {
        return Map.of(
                "inbox", rows.of("SELECT * FROM notification WHERE account_id = ? ORDER BY id", accountId),
                // The push token is a credential of the phone: its last characters identify it well enough.
                "devices", rows.of("""
                        SELECT installation_id, platform, app_version, locale, registered_at, updated_at,
                               '…' || right(fcm_token, 6) AS fcm_token_end
                          FROM device WHERE account_id = ? ORDER BY registered_at""", accountId));
    }

    @Override
    public void erase(Caller person) {
        notifications.deleteAllOf(person.accountId());
        devices.deleteAllOf(person.accountId());
    }

    @Override
    @Transactional
    public int forgetEndedBefore(Instant cutoff) {
        return notifications.deleteOlderThan(cutoff, BATCH);
    }
}
