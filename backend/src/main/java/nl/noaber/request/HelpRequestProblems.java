package nl.noaber.request;

import io.micronaut.http.HttpStatus;
import nl.noaber.NoaberProblem;

import java.util.List;

/** The failures of help requests. */
final class HelpRequestProblems {

    private HelpRequestProblems() {
    }

    static final class StatusConflict extends NoaberProblem {
        StatusConflict(long id, RequestStatus current, RequestStatus wanted) {
            super("help-request-status-conflict", HttpStatus.CONFLICT, "Not possible in this state",
                    "Help request " + id + " is " + current + " and cannot become " + wanted);
        }
    }

    /** VET staff posting for a resident must record the resident's consent. */
    static final class ConsentMissing extends NoaberProblem {
        ConsentMissing() {
            super("consent-missing", HttpStatus.UNPROCESSABLE_ENTITY, "Consent missing",
                    "A request posted on behalf of a resident needs their consent: who gave it, when and how",
                    List.of(new FieldError("onBehalf.consent", "is required when VET staff post for a resident")));
        }
    }

    /** Rides are booked ahead; the detail says until when. */
    static final class RideTooSoon extends NoaberProblem {
        RideTooSoon(String earliest, long leadHours) {
            super("ride-too-soon", HttpStatus.UNPROCESSABLE_ENTITY, "Ride booked too late",
                    "AutoMaatje rides are booked at least " + leadHours + " hours ahead: the earliest appointment now is "
                            + earliest + ". For sooner help, call the Voor Elkaar Team.",
                    List.of(new FieldError("ride.appointmentAt", "must be at or after " + earliest)));
        }
    }
}
