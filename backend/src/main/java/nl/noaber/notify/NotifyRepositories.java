package nl.noaber.notify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The notify package's tables. */
final class NotifyRepositories {

    private NotifyRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface DeviceRepository extends CrudRepository<Device, String> {

        List<Device> findByAccountIdOrderByUpdatedAtDesc(long accountId);

        Optional<Device> findByFcmToken(String fcmToken);

        @Query("DELETE FROM device WHERE installation_id = :installationId AND account_id = :accountId")
        int deleteOwn(String installationId, long accountId);

        /** FCM said the token is gone; a token lives on one device only (UNIQUE). */
        @Query("DELETE FROM device WHERE fcm_token = :fcmToken")
        int deleteByFcmToken(String fcmToken);

        @Query("DELETE FROM device WHERE account_id = :accountId")
        int deleteAllOf(long accountId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface NotificationRepository extends CrudRepository<Notification, Long> {

        /** Their push rows go with them (ON DELETE CASCADE). */
        @Query("DELETE FROM notification WHERE account_id = :accountId")
        int deleteAllOf(long accountId);

        @Query("""
            DELETE FROM notification
             WHERE id IN (SELECT id FROM notification WHERE created_at < :cutoff LIMIT :limit FOR UPDATE SKIP LOCKED)
            """)
        int deleteOlderThan(Instant cutoff, int limit);

        Optional<Notification> findByDedupeKey(String dedupeKey);

        @Query("""
            SELECT * FROM notification
             WHERE account_id = :accountId AND NOT silent AND id < :beforeId
             ORDER BY id DESC
             LIMIT :limit
            """)
        List<Notification> findPage(long accountId, long beforeId, int limit);

        @Query("SELECT * FROM notification WHERE account_id = :accountId AND NOT silent AND id > :afterId ORDER BY id LIMIT 100")
        List<Notification> findAfter(long accountId, long afterId);

        @Query("SELECT count(*) FROM notification WHERE account_id = :accountId AND read_at IS NULL AND NOT silent")
        long countUnread(long accountId);

        @Query("UPDATE notification SET read_at = :now WHERE id = :id AND account_id = :accountId AND read_at IS NULL")
        int markRead(long id, long accountId, Instant now);

        Optional<Notification> findByIdAndAccountId(long id, long accountId);

        @Query("""
            SELECT count(*) FROM notification
             WHERE account_id = :accountId AND type = :type AND push = 'QUEUED' AND created_at >= :since
            """)
        long countPushed(long accountId, String type, Instant since);

        /** Wakes the inbox streams of every instance when the transaction commits (see InboxStream). */
        @Query("SELECT pg_notify('noaber_inbox', CAST(:payload AS text))")
        String announce(String payload);
    }

    /** An outbox row with what the push needs from its notification and device. */
    @io.micronaut.core.annotation.Introspected
    record Due(long id, long notificationId, @Nullable String fcmToken, @Nullable String platform, String type, String title,
               String body, String data, boolean urgent, boolean silent, int attempts, @Nullable Instant expiresAt) {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface OutboxRepository extends CrudRepository<OutboxRow, Long> {

        /** Due, unleased pending rows, locked; rows another instance holds are skipped, not waited for. */
        @Query("""
            SELECT id FROM push_outbox
             WHERE state = 'PENDING' AND next_attempt_at <= :now AND (leased_until IS NULL OR leased_until < :now)
             ORDER BY next_attempt_at
             LIMIT :limit
             FOR UPDATE SKIP LOCKED
            """)
        List<Long> lockDue(Instant now, int limit);

        @Query("UPDATE push_outbox SET leased_until = :until WHERE id IN (:ids)")
        int lease(Collection<Long> ids, Instant until);

        @Query("""
            SELECT o.id AS id, o.notification_id AS notification_id, d.fcm_token AS fcm_token, d.platform AS platform,
                   n.type AS type, n.title AS title, n.body AS body, CAST(n.data AS text) AS data, n.urgent AS urgent,
                   n.silent AS silent, o.attempts AS attempts, o.expires_at AS expires_at
              FROM push_outbox o
              JOIN notification n ON n.id = o.notification_id
              LEFT JOIN device d ON d.installation_id = o.installation_id AND d.account_id = n.account_id
             WHERE o.id IN (:ids)
             ORDER BY o.id
            """)
        List<Due> findDue(Collection<Long> ids);

        @Query("""
            UPDATE push_outbox SET state = 'SENT', sent_at = :now, fcm_message_id = :messageId, leased_until = NULL,
                   attempts = attempts + 1
             WHERE id = :id AND state = 'PENDING'
            """)
        int markSent(long id, String messageId, Instant now);

        @Query("""
            UPDATE push_outbox SET state = 'PENDING', next_attempt_at = :next, last_error = :error, leased_until = NULL,
                   attempts = attempts + 1
             WHERE id = :id AND state = 'PENDING'
            """)
        int retryLater(long id, Instant next, String error);

        @Query("""
            UPDATE push_outbox SET state = :state, last_error = :error, leased_until = NULL, attempts = attempts + :attempted
             WHERE id = :id AND state = 'PENDING'
            """)
        int end(long id, String state, String error, int attempted);

        @Query("SELECT count(*) FROM push_outbox WHERE state = 'DEAD'")
        long countDead();

        @Query("SELECT count(*) FROM push_outbox WHERE state = 'PENDING'")
        long countPending();

        @Query("SELECT * FROM push_outbox WHERE state = 'DEAD' AND gemeente = :gemeente AND id < :beforeId ORDER BY id DESC LIMIT :limit")
        List<OutboxRow> findDead(String gemeente, long beforeId, int limit);
    }
}
