package nl.noaber.volunteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a volunteer stands with verification: until when their newest VOG counts (the first day
 * it no longer does) and whether the intake conversation took place.
 */
record VerificationState(Optional<LocalDate> vogValidUntil, boolean intakeDone) {

    static final String VOG = "VOG check";
    static final String INTAKE = "intake conversation";

    /** What is still missing on {@code day}; empty means verified. */
    List<String> missingOn(LocalDate day) {
        List<String> missing = new ArrayList<>();
        if (vogValidUntil.isEmpty()) {
            missing.add(VOG);
        } else if (!day.isBefore(vogValidUntil.get())) {
            missing.add("VOG renewal (expired on " + vogValidUntil.get() + ")");
        }
        if (!intakeDone) {
            missing.add(INTAKE);
        }
        return missing;
    }
}
