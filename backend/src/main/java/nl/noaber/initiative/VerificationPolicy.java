package nl.noaber.initiative;

import nl.noaber.volunteer.VolunteerVerification;

import java.time.LocalDate;

/**
 * An initiative's own verification rule: when it requires verification, a volunteer counts only
 * with an intake and a VOG younger than the initiative's renewal period — up to the day before
 * it runs out, not on that day.
 */
public final class VerificationPolicy {

    private VerificationPolicy() {
    }

    public static boolean admits(MatchingPolicy policy, VolunteerVerification.Evidence evidence, LocalDate today) {
        if (!policy.verificationRequired()) {
            return true;
        }
        return evidence.intakeDone() && evidence.newestVogIssuedOn()
                .map(issued -> today.isBefore(issued.plusMonths(policy.vogRenewalMonths())))
                .orElse(false);
    }
}
