package nl.noaber.bench;

import nl.noaber.initiative.InitiativeKind;
import nl.noaber.initiative.MatchingPolicy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * What became of one request, drawn after the matching would have looked for a volunteer:
 * <ul>
 *   <li>nobody eligible near (the policy's radius, the volunteer's capacity, joined by then): escalated
 *       to the coordinator after three waves, then expired at its last useful moment, or (1 in 4)
 *       cancelled by the requester;</li>
 *   <li>someone near: 5 % cancelled before anyone accepts; otherwise accepted after a wait (mostly within
 *       the first waves, 1 in 10 only after escalation); a wait past the deadline expires; 6 % cancelled
 *       after acceptance; the rest done, with minutes (and km for rides: there and back, roads 1.3×
 *       the straight line) and, 55 % of the time, confirmed by the requester.</li>
 * </ul>
 * Times are absolute; what lies after the end of the history is cut by {@link SyntheticRequests} (status as of then, no events after it).
 */
final class RequestFate {

    final int volunteer;          // index into the homes, -1: nobody
    Instant escalatedAt, acceptedAt, doneAt, cancelledAt, expiredAt, confirmedAt;
    Integer minutes;
    BigDecimal km;
    Integer allowanceCents;
    boolean helpedWell;

    private RequestFate(int volunteer) {
        this.volunteer = volunteer;
    }

    static RequestFate draw(RequestDraft r, VolunteerHomes volunteers, SplittableRandom random) {
        RequestFate fate = new RequestFate(helperFor(r, volunteers, random));
        MatchingPolicy policy = SyntheticInitiatives.policy(r.kind());
        Duration wave = Duration.ofMinutes(switch (r.urgency()) {
            case "URGENT" -> policy.waveTimeoutUrgentMinutes();
            case "NORMAL" -> policy.waveTimeoutNormalMinutes();
            default -> policy.waveTimeoutLowMinutes();
        });
        Instant deadline = r.deadline();
        Instant threeWaves = min(r.postedAt().plus(wave.multipliedBy(3)), deadline);
        if (fate.volunteer < 0) {
            fate.escalatedAt = threeWaves;
            if (random.nextDouble() < 0.25) {
                fate.cancelledAt = between(threeWaves, deadline, random);
            } else {
                fate.expiredAt = deadline;
            }
            return fate;
        }
        if (random.nextDouble() < 0.05) {
            fate.cancelledAt = between(r.postedAt(), deadline, random);
            return fate;
        }
        Duration wait = Duration.ofMinutes(5 + (long) (wave.toMinutes() * 3 * random.nextDouble() * random.nextDouble()));
        if (random.nextDouble() < 0.10) {
            fate.escalatedAt = threeWaves;
            wait = wave.multipliedBy(3).plus(Duration.ofMinutes(30 + random.nextInt(12 * 60)));
        }
        Instant accepted = r.postedAt().plus(wait);
        if (!accepted.isBefore(deadline)) {
            fate.expiredAt = deadline;
            return fate;
        }
        fate.acceptedAt = accepted;
        Instant starts = max(r.helpStarts(), accepted);
        if (random.nextDouble() < 0.06) {
            fate.cancelledAt = between(accepted, starts.plusSeconds(60), random);
            return fate;
        }
        fate.minutes = switch (r.kind()) {
            case RESPIJT -> 120 + random.nextInt(121);
            case AUTOMAATJE -> 60 + random.nextInt(181);
            default -> 20 + random.nextInt(131);
        };
        if (r.kind() == InitiativeKind.AUTOMAATJE) {
            double meters = 2 * 1.3 * Math.hypot(r.destination().x() - r.place().x(), r.destination().y() - r.place().y());
            fate.km = BigDecimal.valueOf(Math.max(1, meters) / 1000).setScale(1, RoundingMode.HALF_UP);
            fate.allowanceCents = fate.km.multiply(BigDecimal.valueOf(policy.kmAllowanceCents())).setScale(0, RoundingMode.HALF_UP)
                    .intValueExact();
        }
        fate.doneAt = starts.plus(Duration.ofMinutes(fate.minutes + random.nextInt(60)));
        if (random.nextDouble() < 0.55) {
            fate.confirmedAt = fate.doneAt.plus(Duration.ofMinutes(30 + random.nextInt(48 * 60)));
            fate.helpedWell = random.nextDouble() < 0.96;
        }
        return fate;
    }

    /**
     * Who helps: a volunteer of the circle for a circle request (any who had joined Noaber by
     * then), else one of the nearest eligible volunteers within the policy's radius.
     */
    private static int helperFor(RequestDraft r, VolunteerHomes volunteers, SplittableRandom random) {
        long day = r.postedAt().atZone(PopulationPlan.AMSTERDAM).toLocalDate().toEpochDay();
        if (r.circle() != null) {
            int[] members = r.circle().volunteers();
            int candidate = members[random.nextInt(members.length)];
            return volunteers.paused[candidate] ? -1 : candidate;
        }
        int capability = switch (r.kind()) {
            case AUTOMAATJE -> VolunteerHomes.AUTOMAATJE_DRIVER;
            case RESPIJT -> VolunteerHomes.RESPIJT;
            default -> VolunteerHomes.GOEDE_BUUR;
        };
        return volunteers.pick(r.place().x(), r.place().y(), SyntheticInitiatives.policy(r.kind()).radiusMeters(), capability, day, random);
    }

    private static Instant between(Instant from, Instant to, SplittableRandom random) {
        long seconds = Math.max(60, Duration.between(from, to).toSeconds());
        return from.plusSeconds(random.nextLong(seconds));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
