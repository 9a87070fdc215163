package nl.noaber.volunteer;

import io.micronaut.core.annotation.Introspected;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A volunteer with a capacity near a place, and which availability rules they break for one
 * task: paused, farther than their own radius, away that day, or no weekly slot at that time.
 */
@Introspected
public record VolunteerFit(long accountId, double distanceMeters, int ownRadiusMeters, boolean paused, boolean away,
                           boolean noFittingSlot, int maxTasksPerWeek) {

    public boolean beyondOwnRadius() {
        return distanceMeters > ownRadiusMeters;
    }

    public boolean available() {
        return !paused && !away && !noFittingSlot && !beyondOwnRadius();
    }

    /** The broken rules in words a coordinator reads; empty when the volunteer is available. */
    public List<String> obstacles() {
        List<String> why = new ArrayList<>();
        if (paused) {
            why.add("paused");
        }
        if (away) {
            why.add("away that day (holiday or absence)");
        }
        if (noFittingSlot) {
            why.add("no weekly slot at that time");
        }
        if (beyondOwnRadius()) {
            why.add(String.format(Locale.ROOT, "farther than their own radius of %.1f km", ownRadiusMeters / 1000.0));
        }
        return why;
    }
}
