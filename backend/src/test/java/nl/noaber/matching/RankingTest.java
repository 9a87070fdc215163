package nl.noaber.matching;

import nl.noaber.initiative.InitiativeKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class RankingTest {

    @Test
    void aCircleMemberTwoKilometresAwayBeatsAStranger200MetresAway() {
        Candidate stranger = new Candidate(1, 200, false, 0, 0);
        Candidate circle = new Candidate(2, 2_000, true, 0, 0);
        assertEquals(List.of(circle, stranger), Ranking.rank(List.of(stranger, circle), InitiativeKind.GOEDE_BUREN, 7));
    }

    @Test
    void forRespijtTheVolunteerWhoCameBeforeComesFirstEvenBeforeTheCircle() {
        Candidate sameFace = new Candidate(1, 4_000, false, 6, 3);
        Candidate circle = new Candidate(2, 300, true, 0, 0);
        assertEquals(sameFace, Ranking.rank(List.of(circle, sameFace), InitiativeKind.RESPIJT, 7).get(0));
        assertEquals(circle, Ranking.rank(List.of(circle, sameFace), InitiativeKind.GOEDE_BUREN, 7).get(0));
    }

    @Test
    void withinOneDistanceStepTheLessBusyVolunteerGoesFirst() {
        Candidate busyButNearer = new Candidate(1, 800, false, 0, 5);
        Candidate idle = new Candidate(2, 950, false, 0, 0);
        Candidate farther = new Candidate(3, 1_100, false, 0, 0);
        assertEquals(List.of(idle, busyButNearer, farther),
                Ranking.rank(List.of(farther, busyButNearer, idle), InitiativeKind.GOEDE_BUREN, 7));
    }

    @Test
    void tiesAreBrokenTheSameWayEveryTimeButNotTheSameForEveryRequest() {
        List<Candidate> twins = List.of(new Candidate(1, 500, false, 0, 0), new Candidate(2, 500, false, 0, 0),
                new Candidate(3, 500, false, 0, 0), new Candidate(4, 500, false, 0, 0));
        assertEquals(Ranking.rank(twins, InitiativeKind.GOEDE_BUREN, 11), Ranking.rank(twins, InitiativeKind.GOEDE_BUREN, 11));
        long differentFirsts = java.util.stream.LongStream.rangeClosed(1, 20)
                .map(request -> Ranking.rank(twins, InitiativeKind.GOEDE_BUREN, request).get(0).volunteerId())
                .distinct().count();
        assertNotEquals(1, differentFirsts, "the same volunteer should not win every tie");
    }
}
