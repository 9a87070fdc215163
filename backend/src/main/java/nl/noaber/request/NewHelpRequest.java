package nl.noaber.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.noaber.FreeText;
import nl.noaber.NameText;
import nl.noaber.geo.GeoJsonPoint;
import nl.noaber.initiative.InitiativeKind;
import nl.noaber.volunteer.Skill;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A help request as posted. Rules across fields (who posts for whom, consent, ride lead time,
 * windows) are checked by {@link HelpRequestRules}, naming the field.
 */
@Serdeable
record NewHelpRequest(@NotNull InitiativeKind kind,
                      @NotNull Skill task,
                      @NotNull GeoJsonPoint location,
                      @Nullable @Size(max = 200) @NameText String addressLine,
                      @NotBlank @Size(max = 1000) @FreeText String description,
                      @NotNull RequestEnums.Urgency urgency,
                      @Nullable OffsetDateTime windowStart,
                      @Nullable OffsetDateTime windowEnd,
                      @Nullable @Valid OnBehalf onBehalf,
                      @Nullable @Valid Ride ride,
                      @Nullable @Valid Respijt respijt) {

    /** The person helped, when that is not the poster (mantelzorger, VET staff). */
    @Serdeable
    record OnBehalf(@NotBlank @Size(max = 100) @NameText String personName,
                    @Nullable @Size(max = 1000) @FreeText String needs,
                    @Nullable @Valid Consent consent,
                    @Nullable @Size(max = 1000) @FreeText String handoverNote) {
    }

    /** VET staff only: who consented, when and how. */
    @Serdeable
    record Consent(@NotBlank @Size(max = 100) @NameText String givenBy, @NotNull OffsetDateTime givenAt,
                   @NotNull RequestEnums.ConsentMethod method) {
    }

    /** AutoMaatje: pickup is the request's location. */
    @Serdeable
    record Ride(@NotNull GeoJsonPoint destination,
                @Nullable @Size(max = 200) @NameText String destinationLine,
                @NotNull OffsetDateTime appointmentAt,
                @Nullable OffsetDateTime returnPickupAt,
                boolean walker,
                boolean wheelchair,
                @Min(1) @Max(4) int passengers) {
    }

    @Serdeable
    record Respijt(@NotNull RequestEnums.Recurrence recurrence, @Nullable LocalDate until) {
    }
}
