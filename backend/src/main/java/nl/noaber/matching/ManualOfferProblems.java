package nl.noaber.matching;

import io.micronaut.http.HttpStatus;
import nl.noaber.NoaberProblem;
import nl.noaber.request.RequestStatus;

import java.util.List;

/** Why a coordinator's manual koppeling was refused. */
final class ManualOfferProblems {

    private ManualOfferProblems() {
    }

    /** Only a request still looking for a volunteer can be offered by hand. */
    static final class NotLookingForHelp extends NoaberProblem {
        NotLookingForHelp(long requestId, RequestStatus status) {
            super("help-request-status-conflict", HttpStatus.CONFLICT, "Not possible in this state",
                    "Help request " + requestId + " is " + status + "; only an open, offered or escalated request can be offered");
        }
    }

    /** The volunteer cannot take this kind of task now: no such capacity, paused, away, unverified, or the requester. */
    static final class VolunteerUnsuitable extends NoaberProblem {
        VolunteerUnsuitable(long volunteerId, String why) {
            super("volunteer-unsuitable", HttpStatus.UNPROCESSABLE_ENTITY, "Volunteer cannot take this request",
                    "Volunteer " + volunteerId + " " + why, List.of(new FieldError("volunteerId", why)));
        }
    }

    /** The volunteer already has an open or accepted offer for this request. */
    static final class AlreadyOffered extends NoaberProblem {
        AlreadyOffered(long volunteerId) {
            super("volunteer-already-offered", HttpStatus.CONFLICT, "Already offered",
                    "Volunteer " + volunteerId + " already has an open or accepted offer for this request");
        }
    }
}
