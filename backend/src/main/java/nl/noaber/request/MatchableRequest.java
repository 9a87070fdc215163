package nl.noaber.request;

import io.micronaut.core.annotation.Nullable;
import nl.noaber.geo.RdPoint;
import nl.noaber.initiative.InitiativeKind;

import java.time.Instant;

/**
 * What matching needs to know of a request: where (RD), what kind, for whom, how urgent, when,
 * and for rides the destination. No names, notes or addresses.
 */
public record MatchableRequest(long id, String gemeente, InitiativeKind kind, long requesterId,
                               @Nullable Long initiativeId, RequestEnums.Urgency urgency, RequestStatus status,
                               RdPoint place, @Nullable RdPoint destination, boolean returnTrip,
                               @Nullable Instant windowStart, @Nullable Instant windowEnd, @Nullable Instant appointmentAt) {

    /** When help is needed at the latest: the appointment, the start of the window, or never. */
    @Nullable
    public Instant neededBy() {
        return appointmentAt != null ? appointmentAt : windowStart;
    }
}
