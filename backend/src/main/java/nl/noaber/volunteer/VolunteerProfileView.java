package nl.noaber.volunteer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.noaber.geo.GeoJsonPoint;
import nl.noaber.geo.WijkRef;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The volunteer's own profile, exact home included (it is theirs). This is also the export of
 * everything Noaber keeps about their volunteering.
 */
@Serdeable
public record VolunteerProfileView(GeoJsonPoint home,
                                   @Nullable WijkRef homeWijk,
                                   List<CapacityView> capacities,
                                   List<VolunteerProfileForm.Slot> weeklyAvailability,
                                   List<VolunteerProfileForm.Absence> unavailable,
                                   int maxTasksPerWeek,
                                   boolean paused,
                                   boolean helpsNeighbouringGemeenten,
                                   VolunteerProfileForm.QuietHours quietHours,
                                   List<String> languages,
                                   List<Skill> skills,
                                   @Nullable VolunteerProfileForm.Driver driver,
                                   OffsetDateTime updatedAt) {

    /** A capacity and whether it is active yet; {@code missing} says what a coordinator must still check. */
    @Serdeable
    public record CapacityView(Capacity capacity, int maxRadiusMeters, CapacityStatus status, List<String> missing) {
    }

    public enum CapacityStatus { ACTIVE, NEEDS_VERIFICATION }
}
