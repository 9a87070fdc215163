package nl.noaber.request;

import io.micronaut.core.annotation.Nullable;
import nl.noaber.geo.RdPoint;
import nl.noaber.initiative.InitiativeKind;
import nl.noaber.volunteer.Skill;

import java.time.Instant;

/**
 * What matching needs to know of a request: where (RD), what kind and task, for whom, how urgent,
 * when, and for rides the destination; the description is what a volunteer reads in an offer. No
 * names, care notes or addresses.
 */
public record MatchableRequest(long id, String gemeente, InitiativeKind kind, Skill task, String description, long requesterId,
                               @Nullable Long initiativeId, RequestEnums.Urgency urgency, RequestStatus status,
                               RdPoint place, @Nullable RdPoint destination, boolean returnTrip,
                               @Nullable Instant windowStart, @Nullable Instant windowEnd, @Nullable Instant appointmentAt) {

    /** When help is needed at the latest: the appointment, the start of the window, or never. */
    @Nullable
    public Instant neededBy() {
        return appointmentAt != null ? appointmentAt : windowStart;
    }
}
