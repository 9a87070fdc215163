package nl.noaber.initiative;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import nl.noaber.activity.ActivityLog;
import nl.noaber.identity.Caller;
import nl.noaber.volunteer.VolunteerService;
import nl.noaber.volunteer.VolunteerVerification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How initiatives are doing, for coordinators: active volunteers (active members with a profile
 * that is not paused and who meet the initiative's verification rule — an unverified respijt
 * volunteer never counts) in total and per home wijk, the last activity, and a flag for initiatives
 * that lean on two or fewer volunteers — the Deventer evaluation found initiatives "volledig
 * afhankelijk van één of meerdere vrijwilligers".
 */
@Singleton
class InitiativeHealth {

    static final int FEW_VOLUNTEERS = 2;

    private final InitiativeRepositories.InitiativeRepository initiatives;
    private final InitiativeRepositories.MemberRepository members;
    private final VolunteerService volunteers;
    private final VolunteerVerification verification;
    private final ActivityLog activity;
    private final Clock clock;

    InitiativeHealth(InitiativeRepositories.InitiativeRepository initiatives, InitiativeRepositories.MemberRepository members,
                     VolunteerService volunteers, VolunteerVerification verification, ActivityLog activity, Clock clock) {
        this.initiatives = initiatives;
        this.members = members;
        this.volunteers = volunteers;
        this.verification = verification;
        this.activity = activity;
        this.clock = clock;
    }

    @Serdeable
    record Health(long initiativeId, String name, InitiativeKind kind, int activeVolunteers,
                  Map<String, Integer> activeVolunteersByWijk, @Nullable OffsetDateTime lastActivityAt,
                  boolean leansOnFewVolunteers) {
    }

    @ReadOnly
    List<Health> ofGemeente(Caller coordinator) {
        String gemeente = coordinator.gemeente();
        LocalDate today = LocalDate.now(clock);
        return initiatives.findByGemeenteOrderById(gemeente).stream().map(initiative -> {
            List<Long> activeMembers = members.findByInitiativeIdAndGemeenteOrderById(initiative.id(), gemeente).stream()
                    .filter(m -> m.status() == Member.MemberStatus.ACTIVE && m.role() == Member.MemberRole.MEMBER)
                    .map(Member::accountId)
                    .toList();
            Map<Long, VolunteerVerification.Evidence> evidence = verification.evidenceOf(gemeente, activeMembers);
            Map<String, Integer> byWijk = new TreeMap<>();
            int active = 0;
            for (Map.Entry<Long, VolunteerService.Standing> volunteer : volunteers.standingOf(gemeente, activeMembers).entrySet()) {
                VolunteerService.Standing standing = volunteer.getValue();
                if (!standing.paused() && VerificationPolicy.admits(initiative.policy(), evidence.get(volunteer.getKey()), today)) {
                    active++;
                    byWijk.merge(standing.homeWijk() == null ? "outside" : standing.homeWijk(), 1, Integer::sum);
                }
            }
            OffsetDateTime last = activity.lastActivityOf(gemeente, initiative.id())
                    .map(t -> t.atZone(clock.getZone()).toOffsetDateTime()).orElse(null);
            return new Health(initiative.id(), initiative.name(), initiative.kind(), active, byWijk, last, active <= FEW_VOLUNTEERS);
        }).toList();
    }
}
