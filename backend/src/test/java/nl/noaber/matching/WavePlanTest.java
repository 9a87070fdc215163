package nl.noaber.matching;

import nl.noaber.initiative.InitiativeKind;
import nl.noaber.initiative.MatchingPolicy;
import nl.noaber.request.RequestEnums;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WavePlanTest {

    private final MatchingPolicy goedeBuren = InitiativeKind.GOEDE_BUREN.defaults();   // 1.5 km, 60 min normal
    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void wavesWidenByHalfUpToThePolicyRadius() {
        assertEquals(500, WavePlan.radiusOf(1, goedeBuren), 0.001);
        assertEquals(750, WavePlan.radiusOf(2, goedeBuren), 0.001);
        assertEquals(1_125, WavePlan.radiusOf(3, goedeBuren), 0.001);
        assertEquals(1_500, WavePlan.radiusOf(4, goedeBuren), 0.001);
        assertEquals(1_500, WavePlan.radiusOf(7, goedeBuren), 0.001);
    }

    @Test
    void eachWaveWaitsTheTimeoutOfItsUrgency() {
        WavePlan.Wave first = WavePlan.next(0, false, goedeBuren, RequestEnums.Urgency.URGENT, now, null).orElseThrow();
        assertEquals(1, first.number());
        assertEquals(now.plus(Duration.ofMinutes(15)), first.answerBy());
    }

    @Test
    void atTheFullRadiusWavesGoOnUntilOneFindsNobodyNew() {
        assertTrue(WavePlan.next(4, false, goedeBuren, RequestEnums.Urgency.NORMAL, now, null).isPresent());
        assertTrue(WavePlan.next(4, true, goedeBuren, RequestEnums.Urgency.NORMAL, now, null).isEmpty());
        assertTrue(WavePlan.next(2, true, goedeBuren, RequestEnums.Urgency.NORMAL, now, null).isPresent(),
                "a narrow wave that found nobody widens");
        assertTrue(WavePlan.next(WavePlan.MAX_WAVES, false, goedeBuren, RequestEnums.Urgency.NORMAL, now, null).isEmpty());
    }

    @Test
    void noWaveThatWouldEndAfterHelpIsNeeded() {
        Instant neededIn30Minutes = now.plus(Duration.ofMinutes(30));
        assertTrue(WavePlan.next(1, false, goedeBuren, RequestEnums.Urgency.NORMAL, now, neededIn30Minutes).isEmpty());
        assertTrue(WavePlan.next(1, false, goedeBuren, RequestEnums.Urgency.URGENT, now, neededIn30Minutes).isPresent());
    }
}
