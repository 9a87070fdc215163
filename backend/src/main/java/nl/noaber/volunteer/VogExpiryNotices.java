package nl.noaber.volunteer;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.noaber.notify.Notice;
import nl.noaber.notify.NoticeType;
import nl.noaber.notify.Notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * Tells a volunteer, once, that their newest VOG runs out within {@link #NOTICE_DAYS} days —
 * time enough to ask for a new one before their respijt or AutoMaatje capacity goes inactive.
 * The dedupe key (account and issue date) makes the notice once per VOG however often this runs.
 */
@Singleton
class VogExpiryNotices {

    static final int NOTICE_DAYS = 30;

    private final VolunteerRepositories.VogCheckRepository vogChecks;
    private final VerificationRecords records;
    private final Notifications notifications;
    private final Clock clock;

    VogExpiryNotices(VolunteerRepositories.VogCheckRepository vogChecks, VerificationRecords records,
                     Notifications notifications, Clock clock) {
        this.vogChecks = vogChecks;
        this.records = records;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${noaber.push.reminder-interval:60s}", initialDelay = "${noaber.push.dispatch-initial-delay:10s}")
    @Transactional
    void run() {
        if (!vogChecks.tryLockNoticeJob()) {
            return;     // another instance is at it; the dedupe keys would collide
        }
        LocalDate today = LocalDate.now(clock);
        // Newest VOGs that run out in (today, today + NOTICE_DAYS].
        LocalDate issuedFrom = today.plusDays(1).minus(records.renewalPeriod());
        LocalDate issuedTo = today.plusDays(NOTICE_DAYS + 1).minus(records.renewalPeriod());
        for (VogCheck vog : vogChecks.findNewestIssuedBetweenInAllGemeenten(issuedFrom, issuedTo)) {
            LocalDate until = records.validUntil(vog.issuedOn());
            notifications.send(new Notice(vog.gemeente(), vog.accountId(), NoticeType.VOG_EXPIRING,
                    Map.of("day", until.toString()), false, null,
                    "vog-expiring:" + vog.accountId() + ":" + vog.issuedOn()));
        }
    }
}
