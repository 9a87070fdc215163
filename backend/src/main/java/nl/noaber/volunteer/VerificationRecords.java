package nl.noaber.volunteer;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** Reads a volunteer's verification state and what it means for their capacities today. */
@Singleton
class VerificationRecords {

    private final VolunteerRepositories.VogCheckRepository vogChecks;
    private final VolunteerRepositories.IntakeRepository intakes;
    private final ProfileParts parts;
    private final VolunteerProperties properties;
    private final Clock clock;

    VerificationRecords(VolunteerRepositories.VogCheckRepository vogChecks, VolunteerRepositories.IntakeRepository intakes,
                        ProfileParts parts, VolunteerProperties properties, Clock clock) {
        this.vogChecks = vogChecks;
        this.intakes = intakes;
        this.parts = parts;
        this.properties = properties;
        this.clock = clock;
    }

    VerificationState stateOf(long accountId, String gemeente) {
        return new VerificationState(
                vogChecks.findFirstByAccountIdAndGemeenteOrderByIssuedOnDesc(accountId, gemeente).map(v -> validUntil(v.issuedOn())),
                intakes.existsByAccountIdAndGemeente(accountId, gemeente));
    }

    /** Deletes a volunteer's VOG and intake records (when they delete their profile). */
    void forget(long accountId, String gemeente) {
        vogChecks.deleteByAccountIdAndGemeente(accountId, gemeente);
        intakes.deleteByAccountIdAndGemeente(accountId, gemeente);
    }

    /** The first day a VOG issued on {@code issuedOn} no longer counts. */
    LocalDate validUntil(LocalDate issuedOn) {
        return issuedOn.plus(properties.vogRenewalPeriod());
    }

    Period renewalPeriod() {
        return properties.vogRenewalPeriod();
    }

    /** A capacity that needs verification is active only while nothing is missing today. */
    List<VolunteerProfileView.CapacityView> capacityViewsOf(long accountId, String gemeente) {
        List<String> missing = stateOf(accountId, gemeente).missingOn(LocalDate.now(clock));
        return parts.capacitiesOf(accountId, gemeente).stream()
                .map(c -> {
                    List<String> needed = c.capacity().requiresVerificationByDefault() ? missing : List.of();
                    return new VolunteerProfileView.CapacityView(c.capacity(), c.maxRadiusMeters(),
                            needed.isEmpty() ? VolunteerProfileView.CapacityStatus.ACTIVE
                                    : VolunteerProfileView.CapacityStatus.NEEDS_VERIFICATION, needed);
                })
                .toList();
    }
}
