package nl.noaber.volunteer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.noaber.geo.GeoJsonPoint;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The whole volunteer profile as the volunteer sends it ({@code PUT /me/volunteer-profile}).
 * Rules that involve several fields (slot order and overlap, the driver block) are checked by
 * {@link VolunteerProfileRules}, which names the offending entry.
 */
@Serdeable
record VolunteerProfileForm(@NotNull GeoJsonPoint home,
                            @NotEmpty @Size(max = 4) List<@NotNull @Valid CapacityForm> capacities,
                            @NotNull @Size(max = 28) List<@NotNull @Valid Slot> weeklyAvailability,
                            @Nullable @Size(max = 50) List<@NotNull @Valid Absence> unavailable,
                            @Min(1) @Max(50) int maxTasksPerWeek,
                            boolean paused,
                            boolean helpsNeighbouringGemeenten,
                            @Nullable @Valid QuietHours quietHours,
                            @Nullable @Size(max = 10) List<@NotNull @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code like nl") String> languages,
                            @Nullable @Size(max = 9) List<@NotNull Skill> skills,
                            @Nullable @Valid Driver driver) {

    @Serdeable
    record CapacityForm(@NotNull Capacity capacity, @Min(100) @Max(50_000) int maxRadiusMeters) {
    }

    /** A weekly slot in local time (Europe/Amsterdam). */
    @Serdeable
    record Slot(@NotNull DayOfWeek day, @NotNull LocalTime from, @NotNull LocalTime until) {
    }

    /** Not available from..until, both days included. */
    @Serdeable
    record Absence(@NotNull LocalDate from, @NotNull LocalDate until) {
    }

    /** No push notifications in this window (may cross midnight, like 22:00–08:00). */
    @Serdeable
    record QuietHours(@NotNull LocalTime from, @NotNull LocalTime until) {
    }

    /** AutoMaatje drivers only. */
    @Serdeable
    record Driver(@Min(1) @Max(8) int carSeats, boolean wheelchairFits, boolean walkerFits) {
    }
}
