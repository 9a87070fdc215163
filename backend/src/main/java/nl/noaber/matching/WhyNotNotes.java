package nl.noaber.matching;

import jakarta.inject.Singleton;
import nl.noaber.request.MatchableRequest;
import nl.noaber.volunteer.CandidateSearch;
import nl.noaber.volunteer.VolunteerFit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The matching log's "why not" (issue #5): with each wave, the nearest volunteers with the
 * capacity who were not asked, and the first rule that kept them out — so a coordinator can see
 * that the neighbour next door is on holiday, not forgotten. Those asked in this or an earlier
 * wave and the requester are not noted: the offers already tell their story.
 */
@Singleton
class WhyNotNotes {

    static final int PER_WAVE = 5;

    private final CandidateSearch search;
    private final MatchingRepositories.PassedOverRepository notes;
    private final Clock clock;

    WhyNotNotes(CandidateSearch search, MatchingRepositories.PassedOverRepository notes, Clock clock) {
        this.search = search;
        this.notes = notes;
        this.clock = clock;
    }

    void note(MatchableRequest request, int wave, double radiusMeters, Eligibility.Assessment assessment,
              List<Candidate> chosen, Set<Long> askedBefore, Instant now) {
        Set<Long> skip = new HashSet<>(askedBefore);
        chosen.forEach(c -> skip.add(c.volunteerId()));
        TaskTime when = TaskTime.of(request, now, clock.getZone());
        List<VolunteerFit> nearest = search.fitNear(request.gemeente(), Eligibility.capacityFor(request.kind()), request.place(),
                radiusMeters, when.day(), when.from(), when.until(), skip.size() + PER_WAVE);
        List<PassedOver> passed = new ArrayList<>();
        for (VolunteerFit fit : nearest) {
            if (passed.size() == PER_WAVE) {
                break;
            }
            if (!skip.contains(fit.accountId())) {
                passed.add(new PassedOver(null, request.gemeente(), request.id(), wave, fit.accountId(),
                        (int) Math.round(fit.distanceMeters()), reasonOf(fit, assessment), now));
            }
        }
        notes.saveAll(passed);
    }

    private static String reasonOf(VolunteerFit fit, Eligibility.Assessment assessment) {
        if (!fit.available()) {
            return String.join("; ", fit.obstacles());
        }
        String refused = assessment.refused().get(fit.accountId());
        if (refused != null) {
            return refused;
        }
        List<Candidate> ranked = assessment.ranked();
        for (int i = 0; i < ranked.size(); i++) {
            if (ranked.get(i).volunteerId() == fit.accountId()) {
                return "ranked #" + (i + 1) + ", after those asked: " + Reasons.of(ranked.get(i));
            }
        }
        return "not reached: nearer candidates filled this wave's search";
    }
}
