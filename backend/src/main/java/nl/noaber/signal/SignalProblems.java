package nl.noaber.signal;

import io.micronaut.http.HttpStatus;
import nl.noaber.NoaberProblem;

/** What can go wrong with zorgsignalen, VET teams and outcome answers. */
final class SignalProblems {

    private SignalProblems() {
    }

    /** 404: no such signal that the caller may see (another wijk's team, another gemeente, not theirs). */
    static final class SignalNotFound extends NoaberProblem {
        SignalNotFound(long id) {
            super("signal-not-found", HttpStatus.NOT_FOUND, "Signal not found", "There is no signal " + id + " you may see");
        }
    }

    /** 409: the task ended more than the allowed days ago, or never started. */
    static final class SignalWindowClosed extends NoaberProblem {
        SignalWindowClosed(long requestId, int days) {
            super("signal-window-closed", HttpStatus.CONFLICT, "Too late for a signal about this task",
                    "A worry can be flagged during a task or up to " + days + " days after it was done; task " + requestId
                            + " is outside that time. Call the Voor Elkaar Team, or 112 in an emergency.");
        }
    }

    /** 409: the signal is closed; its follow-up stays as recorded. */
    static final class SignalClosed extends NoaberProblem {
        SignalClosed(long id) {
            super("signal-closed", HttpStatus.CONFLICT, "Signal already closed", "Signal " + id + " was closed; its follow-up stays as recorded");
        }
    }

    /** 409: the outcome questions of a request are answered once, and only after it is DONE. */
    static final class OutcomeNotOpen extends NoaberProblem {
        OutcomeNotOpen(long requestId, String why) {
            super("outcome-not-open", HttpStatus.CONFLICT, "Outcome questions not open", "Request " + requestId + ": " + why);
        }
    }
}
