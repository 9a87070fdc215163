package nl.noaber.matching;

import nl.noaber.initiative.InitiativeKind;

import java.util.Comparator;
import java.util.List;

/**
 * Orders eligible volunteers for one request — simple rules, visible to coordinators (DESIGN
 * decision 7: "geen algoritmes" beyond what a coordinator would do by hand):
 * <ol>
 *   <li>members of the requester's voorzorgcirkel first (a circle helps its own);</li>
 *   <li>continuity: someone who helped this person before, well;</li>
 *   <li>distance, in 250 m steps — 900 m and 1 000 m are the same walk;</li>
 *   <li>fewest tasks in the last 30 days, so the load spreads;</li>
 *   <li>a tie-break that is fixed per request but differs between requests, so low account ids
 *       are not always first.</li>
 * </ol>
 * For respijt continuity comes first, even before the circle: a person with dementia should see
 * the same face every Tuesday.
 */
final class Ranking {

    static final double DISTANCE_STEP_METERS = 250;

    private Ranking() {
    }

    static List<Candidate> rank(List<Candidate> candidates, InitiativeKind kind, long requestId) {
        return candidates.stream().sorted(order(kind, requestId)).toList();
    }

    static Comparator<Candidate> order(InitiativeKind kind, long requestId) {
        Comparator<Candidate> circle = Comparator.comparing(Candidate::circleMember).reversed();
        Comparator<Candidate> continuity = Comparator.comparingInt(Candidate::helpedBefore).reversed();
        Comparator<Candidate> first = kind == InitiativeKind.RESPIJT ? continuity.thenComparing(circle) : circle.thenComparing(continuity);
        return first
                .thenComparingLong(c -> (long) Math.floor(c.distanceMeters() / DISTANCE_STEP_METERS))
                .thenComparingInt(Candidate::tasksLast30Days)
                .thenComparingLong(c -> tieBreak(requestId, c.volunteerId()));
    }

    /** A deterministic shuffle: the same for a request on every instance and every run. */
    static long tieBreak(long requestId, long volunteerId) {
        long h = requestId * 0x9E3779B97F4A7C15L ^ volunteerId * 0xC2B2AE3D27D4EB4FL;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        return h;
    }
}
