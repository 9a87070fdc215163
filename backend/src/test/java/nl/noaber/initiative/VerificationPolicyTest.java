package nl.noaber.initiative;

import nl.noaber.volunteer.VolunteerVerification;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerificationPolicyTest {

    private final MatchingPolicy respijt = InitiativeKind.RESPIJT.defaults();          // VOG required, 36 months
    private final MatchingPolicy goedeBuren = InitiativeKind.GOEDE_BUREN.defaults();   // no VOG needed
    private final LocalDate issued = LocalDate.of(2023, 11, 23);

    @Test
    void theInitiativesRenewalPeriodEndsOnTheDayNotTheDayAfter() {
        VolunteerVerification.Evidence evidence = new VolunteerVerification.Evidence(Optional.of(issued), true);
        assertTrue(VerificationPolicy.admits(respijt, evidence, LocalDate.of(2026, 11, 22)));
        assertFalse(VerificationPolicy.admits(respijt, evidence, LocalDate.of(2026, 11, 23)));
    }

    @Test
    void withoutAnIntakeOrAVogNobodyIsAdmittedWhereVerificationIsRequired() {
        LocalDate today = LocalDate.of(2024, 1, 1);
        assertFalse(VerificationPolicy.admits(respijt, new VolunteerVerification.Evidence(Optional.of(issued), false), today));
        assertFalse(VerificationPolicy.admits(respijt, new VolunteerVerification.Evidence(Optional.empty(), true), today));
        assertTrue(VerificationPolicy.admits(goedeBuren, new VolunteerVerification.Evidence(Optional.empty(), false), today));
    }
}
