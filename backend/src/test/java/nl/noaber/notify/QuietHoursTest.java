package nl.noaber.notify;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuietHoursTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0));

    @Test
    void aPushLateInTheEveningWaitsUntilTheNextMorning() {
        assertEquals(at(2026, 11, 24, 8, 0), NIGHT.nextAllowed(at(2026, 11, 23, 23, 15), AMSTERDAM));
    }

    @Test
    void aPushAfterMidnightWaitsUntilThatMorning() {
        assertEquals(at(2026, 11, 24, 8, 0), NIGHT.nextAllowed(at(2026, 11, 24, 3, 0), AMSTERDAM));
    }

    @Test
    void aPushInTheDaytimeGoesAtOnce() {
        Instant noon = at(2026, 11, 24, 12, 0);
        assertEquals(noon, NIGHT.nextAllowed(noon, AMSTERDAM));
        assertEquals(at(2026, 11, 24, 8, 0), NIGHT.nextAllowed(at(2026, 11, 24, 8, 0), AMSTERDAM), "the end is not quiet");
    }

    @Test
    void quietHoursWithinOneDayWork() {
        QuietHours nap = new QuietHours(LocalTime.of(13, 0), LocalTime.of(15, 0));
        assertEquals(at(2026, 11, 24, 15, 0), nap.nextAllowed(at(2026, 11, 24, 14, 0), AMSTERDAM));
        assertEquals(at(2026, 11, 24, 16, 0), nap.nextAllowed(at(2026, 11, 24, 16, 0), AMSTERDAM));
    }

    @Test
    void theMorningAfterTheClockChangeIsStillEightOClockLocalTime() {
        // 25 October 2026: summer time ends at 03:00.
        assertEquals(at(2026, 10, 25, 8, 0), NIGHT.nextAllowed(at(2026, 10, 24, 23, 0), AMSTERDAM));
    }

    private static Instant at(int y, int m, int d, int h, int min) {
        return ZonedDateTime.of(y, m, d, h, min, 0, 0, AMSTERDAM).toInstant();
    }
}
