package nl.noaber.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.noaber.geo.BlurredLocation;
import nl.noaber.initiative.InitiativeKind;
import nl.noaber.request.RequestEnums.Urgency;
import nl.noaber.volunteer.Skill;

import java.time.OffsetDateTime;

/**
 * An offer as the volunteer sees it: what and when, and where only blurred.
 *
 * @param windowStart   when help is wanted, if not as soon as possible
 * @param appointmentAt for rides: the appointment at the destination
 */
@Serdeable
public record OfferView(long id, long requestId, InitiativeKind kind, Skill task, String description, Urgency urgency,
                        String status, int wave, @Nullable BlurredLocation where, @Nullable OffsetDateTime windowStart,
                        @Nullable OffsetDateTime windowEnd, @Nullable OffsetDateTime appointmentAt,
                        OffsetDateTime offeredAt, OffsetDateTime answerBy) {
}
