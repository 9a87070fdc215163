package nl.noaber.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.noaber.geo.GeoJsonPoint;
import nl.noaber.geo.WijkRef;
import nl.noaber.initiative.InitiativeKind;
import nl.noaber.volunteer.Skill;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A help request as its requester, its volunteer while the task is live, and the gemeente's VET
 * and coordinators see it: exact place and care notes included. The volunteer's answer to their
 * own completion leaves those out ({@code location} absent): the task is over (DESIGN decision 5).
 */
@Serdeable
public record HelpRequestView(long id, InitiativeKind kind, Skill task, RequestStatus status,
                              @Nullable Long initiativeId, RequestEnums.PostedAs postedAs,
                              @Nullable String forPersonName, @Nullable String personNeeds,
                              @Nullable String handoverNote, @Nullable GeoJsonPoint location, @Nullable String addressLine,
                              @Nullable WijkRef wijk, String description, RequestEnums.Urgency urgency,
                              @Nullable OffsetDateTime windowStart, @Nullable OffsetDateTime windowEnd,
                              @Nullable RideView ride, @Nullable RespijtView respijt, @Nullable String cancelReason,
                              @Nullable CompletionForms.CompletionView completion,
                              OffsetDateTime createdAt, OffsetDateTime statusChangedAt) {

    @Serdeable
    public record RideView(GeoJsonPoint destination, @Nullable String destinationLine, OffsetDateTime appointmentAt,
                           @Nullable OffsetDateTime returnPickupAt, boolean walker, boolean wheelchair, int passengers) {
    }

    @Serdeable
    public record RespijtView(RequestEnums.Recurrence recurrence, @Nullable LocalDate until) {
    }
}
