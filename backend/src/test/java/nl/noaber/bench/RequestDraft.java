package nl.noaber.bench;

import nl.noaber.bench.SyntheticPopulation.Place;
import nl.noaber.initiative.InitiativeKind;

import java.time.Instant;

/**
 * One generated help request as posted, before its fate is drawn: who asked for whom, what, where
 * and for when. Fields a kind does not use are null (a ride has an appointment and a destination,
 * respijt a window and a recurrence).
 *
 * @param requesterId   the account that posted (a VET staff member for someone without a phone)
 * @param forPersonName whom it is for when that is not the requester (a mantelzorger's naaste, a resident VET staff helps)
 * @param circle        for VOORZORGCIRKEL: the circle that helps; else null
 */
record RequestDraft(long id, InitiativeKind kind, String task, long initiativeId, long requesterId, String postedAs,
                    String forPersonName, Place place, String urgency, Instant postedAt, Instant windowStart, Instant windowEnd,
                    Place destination, Instant appointmentAt, Instant returnPickupAt, String recurrence, SyntheticCircles.Circle circle) {

    /** The last useful moment, as the expiry job reads it: the end of the window, else the appointment, else the start. */
    Instant deadline() {
        return windowEnd != null ? windowEnd : appointmentAt != null ? appointmentAt : windowStart;
    }

    /** When the help itself starts: the window's start or the appointment. */
    Instant helpStarts() {
        return windowStart != null ? windowStart : appointmentAt;
    }
}
