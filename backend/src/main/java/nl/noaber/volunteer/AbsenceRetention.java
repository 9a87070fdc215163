package nl.noaber.volunteer;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.noaber.privacy.RetentionRule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** Absences that ended before the cutoff are deleted: the reason someone was away is theirs. */
@Singleton
class AbsenceRetention implements RetentionRule {

    private static final int BATCH = 1000;

    private final VolunteerRepositories.AbsenceRepository absences;
    private final Clock clock;

    AbsenceRetention(VolunteerRepositories.AbsenceRepository absences, Clock clock) {
        this.absences = absences;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "volunteer_absence";
    }

    @Override
    @Transactional
    public int forgetEndedBefore(Instant cutoff) {
        return absences.deleteEndedBefore(LocalDate.ofInstant(cutoff, clock.getZone()), BATCH);
    }
}
