package nl.noaber.volunteer;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.noaber.InvalidInput;
import nl.noaber.PersonalDataWasRead;
import nl.noaber.activity.ActivityLog;
import nl.noaber.activity.Happening;
import nl.noaber.identity.AccountService;
import nl.noaber.identity.Caller;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Coordinators verify volunteers: they record the VOG they saw and the intake conversation.
 * Capacities that need it (respijt, AutoMaatje) are active only while the newest VOG is younger
 * than the renewal period and an intake took place; {@link VerificationState} decides per day.
 */
@Singleton
public class VolunteerVerification {

    /** Expired VOGs stay on the coordinator's list this long, so none drops off unnoticed. */
    private static final int RECENTLY_EXPIRED_DAYS = 30;

    private final VolunteerRepositories.ProfileRepository profiles;
    private final VolunteerRepositories.VogCheckRepository vogChecks;
    private final VolunteerRepositories.IntakeRepository intakes;
    private final VerificationRecords records;
    private final AccountService accounts;
    private final ActivityLog activity;
    private final ApplicationEventPublisher<PersonalDataWasRead> reads;
    private final Clock clock;

    VolunteerVerification(VolunteerRepositories.ProfileRepository profiles, VolunteerRepositories.VogCheckRepository vogChecks,
                          VolunteerRepositories.IntakeRepository intakes, VerificationRecords records,
                          AccountService accounts, ActivityLog activity,
                          ApplicationEventPublisher<PersonalDataWasRead> reads, Clock clock) {
        this.profiles = profiles;
        this.vogChecks = vogChecks;
        this.intakes = intakes;
        this.records = records;
        this.accounts = accounts;
        this.activity = activity;
        this.reads = reads;
        this.clock = clock;
    }

    /** What an initiative needs to apply its own verification policy to a volunteer. */
    public record Evidence(Optional<LocalDate> newestVogIssuedOn, boolean intakeDone) {
    }

    /** The verification evidence of volunteers of a gemeente, by account id, in two queries. */
    @ReadOnly
    public Map<Long, Evidence> evidenceOf(String gemeente, Collection<Long> accountIds) {
        return evidenceOf(List.of(gemeente), accountIds);
    }

    /**
     * The same for volunteers of several gemeenten (a request's and its neighbours'): each
     * volunteer's VOG and intake were recorded by a coordinator of their own gemeente.
     */
    @ReadOnly
    public Map<Long, Evidence> evidenceOf(Collection<String> gemeenten, Collection<Long> accountIds) {
        Map<Long, Evidence> result = new HashMap<>();
        if (accountIds.isEmpty()) {
            return result;
        }
        Map<Long, LocalDate> newestVog = new HashMap<>();
        vogChecks.findNewestOf(gemeenten, accountIds).forEach(v -> newestVog.put(v.accountId(), v.issuedOn()));
        Set<Long> withIntake = new HashSet<>(intakes.findAccountsWithIntake(gemeenten, accountIds));
        for (long id : accountIds) {
            result.put(id, new Evidence(Optional.ofNullable(newestVog.get(id)), withIntake.contains(id)));
        }
        return result;
    }

    /** @throws VolunteerNotFound if the account has no volunteer profile in the coordinator's gemeente */
    @Transactional
    VerificationForms.VogCheckView recordVog(long accountId, VerificationForms.NewVogCheck body, Caller coordinator) {
        requireNotFuture(body.issuedOn(), "issuedOn");
        String wijk = requireVolunteer(accountId, coordinator.gemeente());
        activity.record(Happening.about(coordinator.gemeente(), "volunteer.vog_recorded", wijk, coordinator.accountId(), accountId));
        VogCheck saved = vogChecks.save(new VogCheck(null, coordinator.gemeente(), accountId, body.issuedOn(),
                body.screeningProfile().strip(), coordinator.accountId(), clock.instant()));
        return view(saved);
    }

    @Transactional
    VerificationForms.IntakeView recordIntake(long accountId, VerificationForms.NewIntake body, Caller coordinator) {
        requireNotFuture(body.heldOn(), "heldOn");
        String wijk = requireVolunteer(accountId, coordinator.gemeente());
        activity.record(Happening.about(coordinator.gemeente(), "volunteer.intake_recorded", wijk, coordinator.accountId(), accountId));
        VolunteerIntake saved = intakes.save(new VolunteerIntake(null, coordinator.gemeente(), accountId, body.heldOn(),
                coordinator.accountId(), clock.instant()));
        return new VerificationForms.IntakeView(saved.id(), saved.heldOn(), saved.heldBy(),
                saved.recordedAt().atZone(zone()).toOffsetDateTime());
    }

    /** A volunteer's VOG and intake records, for a coordinator: audited. */
    @Transactional
    VerificationForms.VerificationView verificationOf(long accountId, Caller coordinator) {
        String gemeente = coordinator.gemeente();
        requireVolunteer(accountId, gemeente);
        List<VerificationForms.VogCheckView> vogs = vogChecks.findByAccountIdAndGemeenteOrderByIssuedOnDesc(accountId, gemeente)
                .stream().map(this::view).toList();
        List<VerificationForms.IntakeView> held = intakes.findByAccountIdAndGemeenteOrderByHeldOnDesc(accountId, gemeente)
                .stream().map(i -> new VerificationForms.IntakeView(i.id(), i.heldOn(), i.heldBy(),
                        i.recordedAt().atZone(zone()).toOffsetDateTime()))
                .toList();
        reads.publishEvent(coordinator.read("volunteer verification", List.of(new PersonalDataWasRead.Seen(
                "verification", accountId, accountId, List.of("vogChecks", "intakes", "capacities")))));
        return new VerificationForms.VerificationView(accountId, vogs, held,
                records.capacityViewsOf(accountId, gemeente));
    }

    /**
     * Volunteers whose newest VOG runs out within {@code withinDays} from today, or ran out in the
     * last 30 days, soonest first.
     */
    @Transactional
    List<VerificationForms.VogExpiry> upcomingExpiries(Caller coordinator, int withinDays) {
        LocalDate today = LocalDate.now(clock);
        LocalDate issuedFrom = today.minusDays(RECENTLY_EXPIRED_DAYS).minus(records.renewalPeriod());
        LocalDate issuedTo = today.plusDays(withinDays).minus(records.renewalPeriod());
        List<VerificationForms.VogExpiry> expiries = vogChecks.findNewestIssuedBetween(coordinator.gemeente(), issuedFrom, issuedTo)
                .stream()
                .map(v -> {
                    LocalDate until = records.validUntil(v.issuedOn());
                    String wijk = profiles.findByAccountIdAndGemeente(v.accountId(), coordinator.gemeente())
                            .map(VolunteerProfile::homeWijk).orElse(null);
                    return new VerificationForms.VogExpiry(v.accountId(), accounts.find(v.accountId(), coordinator).displayName(),
                            wijk, v.issuedOn(), until, !today.isBefore(until));
                })
                .toList();
        reads.publishEvent(coordinator.read("VOG expiries", expiries.stream()
                .map(e -> new PersonalDataWasRead.Seen("verification", e.accountId(), e.accountId(),
                        List.of("displayName", "homeWijk", "vogIssuedOn")))
                .toList()));
        return expiries;
    }

    /** "Today" is the service's day (Europe/Amsterdam), not the JVM's. */
    private void requireNotFuture(LocalDate date, String field) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw new InvalidInput(field, "cannot be in the future");
        }
    }

    /** @return the volunteer's home wijk (may be null) */
    private String requireVolunteer(long accountId, String gemeente) {
        return profiles.findByAccountIdAndGemeente(accountId, gemeente)
                .orElseThrow(() -> new VolunteerNotFound(accountId))
                .homeWijk();
    }

    private VerificationForms.VogCheckView view(VogCheck v) {
        return new VerificationForms.VogCheckView(v.id(), v.issuedOn(), v.screeningProfile(),
                records.validUntil(v.issuedOn()), v.checkedBy(), v.checkedAt().atZone(zone()).toOffsetDateTime());
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}
