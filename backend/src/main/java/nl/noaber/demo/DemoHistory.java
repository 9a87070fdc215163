package nl.noaber.demo;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.noaber.activity.ActivityLog;
import nl.noaber.activity.ActivityReach;
import nl.noaber.activity.Happening;
import nl.noaber.geo.RdPoint;
import nl.noaber.geo.WijkRef;
import nl.noaber.geo.WijkService;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A year of made-up activity in every wijk of a demo gemeente, so the coordinator dashboard shows
 * something on a fresh start: requests of every kind, waits, escalations, completed tasks, new
 * volunteers and their homes. Deterministic (seeded per gemeente) and written once: a gemeente
 * whose log already reaches back a month is left alone. The people here have no accounts; their
 * ids start at {@link #FIRST_PERSON}, far above any real account id.
 */
@Singleton
class DemoHistory {

    static final long FIRST_PERSON = 900_000_000L;
    private static final int MONTHS = 12;
    private static final String[] KINDS = {"GOEDE_BUREN", "GOEDE_BUREN", "GOEDE_BUREN", "VOORZORGCIRKEL", "AUTOMAATJE", "RESPIJT"};
    private static final String[][] TASKS = {{"SHOPPING", "WALKING", "SMALL_JOBS", "DIGITAL_HELP", "DOG"},
            {"SHOPPING", "WALKING", "SMALL_JOBS", "DIGITAL_HELP", "DOG"},
            {"SHOPPING", "WALKING", "SMALL_JOBS", "DIGITAL_HELP", "DOG"},
            {"SHOPPING", "COMPANY"}, {"RIDES"}, {"COMPANY"}};

    private final ActivityLog log;
    private final ActivityReach reach;
    private final WijkService wijken;
    private final Clock clock;

    DemoHistory(ActivityLog log, ActivityReach reach, WijkService wijken, Clock clock) {
        this.log = log;
        this.reach = reach;
        this.wijken = wijken;
        this.clock = clock;
    }

    /** @return how many events were written (0 when the gemeente has its history already) */
    @Transactional
    int writeFor(String gemeente) {
        LocalDate today = LocalDate.now(clock);
        if (reach.firstDay(gemeente).filter(d -> d.isBefore(today.minusDays(30))).isPresent()) {
            return 0;
        }
        Random random = new Random(gemeente.hashCode());
        List<ActivityLog.Past> history = new ArrayList<>();
        List<WijkRef> refs = wijken.refsOf(gemeente);
        ZonedDateTime start = today.minusMonths(MONTHS).withDayOfMonth(1).atStartOfDay(clock.getZone());
        // Yesterday at the latest: today's events are the service's own.
        Instant end = today.atStartOfDay(clock.getZone()).toInstant();
        for (int w = 0; w < refs.size(); w++) {
            String wijk = refs.get(w).code();
            long people = FIRST_PERSON + (long) w * 1_000;
            RdPoint centre = wijken.interiorPointOf(gemeente, wijk).orElse(null);
            // Some wijken are busier than others, so the map has contrast.
            int busy = 6 + random.nextInt(30);
            for (int v = 0; v < 14; v++) {
                RdPoint home = centre == null ? null
                        : new RdPoint(centre.x() + random.nextGaussian() * 400, centre.y() + random.nextGaussian() * 400);
                history.add(new ActivityLog.Past(Happening.about(gemeente, "volunteer.joined", wijk, volunteer(people, v),
                        volunteer(people, v)).livingIn(home), start.minusDays(1 + v).toInstant()));
            }
            for (int m = 0; m < MONTHS + 1; m++) {
                ZonedDateTime month = start.plusMonths(m);
                int requests = busy + random.nextInt(8) - random.nextInt(8);
                for (int r = 0; r < requests; r++) {
                    Instant posted = month.plusMinutes(random.nextInt(30 * 24 * 60)).toInstant();
                    if (posted.isBefore(end)) {
                        request(gemeente, wijk, people, posted, end, random, history);
                    }
                }
                Instant joined = month.plusDays(random.nextInt(28)).toInstant();
                if (random.nextInt(3) == 0 && joined.isBefore(end)) {
                    long newcomer = people + 500 + m;
                    history.add(new ActivityLog.Past(Happening.about(gemeente, "volunteer.joined", wijk, newcomer, newcomer), joined));
                }
            }
        }
        log.importHistory(history);
        return history.size();
    }

    private static void request(String gemeente, String wijk, long people, Instant posted, Instant end, Random random,
                                List<ActivityLog.Past> history) {
        int k = random.nextInt(KINDS.length);
        long resident = people + 100 + random.nextInt(60);
        boolean onBehalf = random.nextInt(10) == 0;
        Happening about = Happening.of(gemeente, "request.posted").inWijk(wijk).forInitiative((long) k + 1, KINDS[k])
                .withTask(TASKS[k][random.nextInt(TASKS[k].length)])
                .askedByMantelzorger(KINDS[k].equals("RESPIJT") ? resident : null);
        about = onBehalf ? about.aboutPerson("demo-" + resident) : about.aboutAccount(resident);
        history.add(new ActivityLog.Past(about.by(resident, onBehalf ? "VET_STAFF" : "RESIDENT"), posted));
        Duration wait = Duration.ofMinutes(20 + (long) (random.nextDouble() * random.nextDouble() * 72 * 60));
        if (random.nextInt(8) == 0) {
            add(history, about, "request.escalated", null, posted.plus(wait), end, null);
            if (random.nextBoolean()) {
                add(history, about, "request.expired", null, posted.plus(wait).plus(Duration.ofDays(2)), end, null);
                return;
            }
            wait = wait.plus(Duration.ofHours(12 + random.nextInt(48)));
        }
        // Mostly the wijk's own volunteers; now and then a resident who also helps.
        long helper = random.nextInt(20) == 0 ? people + 100 + random.nextInt(60) : volunteer(people, random.nextInt(14));
        add(history, about, "request.accepted", helper, posted.plus(wait), end, wait);
        if (random.nextInt(10) > 0) {
            Duration done = wait.plus(Duration.ofHours(2 + random.nextInt(70)));
            int minutes = 30 + random.nextInt(150);
            Integer meters = KINDS[k].equals("AUTOMAATJE") ? 3_000 + random.nextInt(25_000) : null;
            add(history, about.measured(minutes, meters), "request.done", helper, posted.plus(done), end, done);
        }
    }

    private static void add(List<ActivityLog.Past> history, Happening request, String type, Long actor, Instant at,
                            Instant end, Duration sincePosted) {
        if (at.isBefore(end)) {
            history.add(new ActivityLog.Past(request.as(type).by(actor, null).after(sincePosted), at));
        }
    }

    private static long volunteer(long people, int n) {
        return people + n;
    }
}
