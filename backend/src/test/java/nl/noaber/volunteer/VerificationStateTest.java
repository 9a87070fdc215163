package nl.noaber.volunteer;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VerificationStateTest {

    private final LocalDate validUntil = LocalDate.of(2026, 11, 23);
    private final VerificationState verified = new VerificationState(Optional.of(validUntil), true);

    @Test
    void aVogCountsUpToTheDayBeforeItRunsOut() {
        assertEquals(List.of(), verified.missingOn(validUntil.minusDays(1)));
    }

    @Test
    void onTheDayItRunsOutTheVogIsMissingAgain() {
        assertEquals(List.of("VOG renewal (expired on 2026-11-23)"), verified.missingOn(validUntil));
        assertEquals(List.of("VOG renewal (expired on 2026-11-23)"), verified.missingOn(validUntil.plusYears(1)));
    }

    @Test
    void withoutAnythingBothStepsAreMissing() {
        assertEquals(List.of(VerificationState.VOG, VerificationState.INTAKE),
                new VerificationState(Optional.empty(), false).missingOn(validUntil));
    }
}
