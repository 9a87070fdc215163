package nl.noaber.request;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of a help request:
 * <pre>
 *   OPEN → OFFERED → ACCEPTED → IN_PROGRESS → DONE
 *     ↘        ↘         ↘ (volunteer withdraws: back to OPEN)
 *      CANCELLED (by the requester, from any state before IN_PROGRESS)
 *      EXPIRED   (the window passed unmatched)
 *      ESCALATED (to the coordinator queue; a volunteer accepts a coordinator's manual offer from there;
 *                 also IN_PROGRESS → ESCALATED when the volunteer's account is erased mid-task)
 * </pre>
 * Moves outside this table are refused with a 409.
 */
public enum RequestStatus {
    OPEN, OFFERED, ACCEPTED, IN_PROGRESS, DONE, CANCELLED, EXPIRED, ESCALATED;

    private static final Map<RequestStatus, Set<RequestStatus>> NEXT = Map.of(
            OPEN, EnumSet.of(OFFERED, CANCELLED, EXPIRED, ESCALATED),
            OFFERED, EnumSet.of(ACCEPTED, OPEN, CANCELLED, EXPIRED, ESCALATED),
            ACCEPTED, EnumSet.of(IN_PROGRESS, OPEN, CANCELLED, DONE),
            IN_PROGRESS, EnumSet.of(DONE, ESCALATED),
            ESCALATED, EnumSet.of(ACCEPTED, CANCELLED, EXPIRED),
            DONE, EnumSet.noneOf(RequestStatus.class),
            CANCELLED, EnumSet.noneOf(RequestStatus.class),
            EXPIRED, EnumSet.noneOf(RequestStatus.class));

    public boolean canMoveTo(RequestStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** The states from which {@code target} may be reached. */
    static Set<RequestStatus> from(RequestStatus target) {
        Set<RequestStatus> sources = EnumSet.noneOf(RequestStatus.class);
        NEXT.forEach((from, to) -> {
            if (to.contains(target)) {
                sources.add(from);
            }
        });
        return sources;
    }
}
