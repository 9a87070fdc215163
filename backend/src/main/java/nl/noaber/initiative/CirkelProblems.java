package nl.noaber.initiative;

import io.micronaut.http.HttpStatus;
import nl.noaber.NoaberProblem;

/** The failures of voorzorgcirkels. */
final class CirkelProblems {

    private CirkelProblems() {
    }

    static final class CirkelNotFound extends NoaberProblem {
        CirkelNotFound() {
            super("cirkel-not-found", HttpStatus.NOT_FOUND, "Voorzorgcirkel not found",
                    "No voorzorgcirkel of yours has this id or invite code");
        }
    }

    static final class NotVerbinder extends NoaberProblem {
        NotVerbinder() {
            super("not-verbinder", HttpStatus.FORBIDDEN, "Only a verbinder may do this",
                    "Ask one of the circle's verbinders");
        }
    }

    static final class CirkelRule extends NoaberProblem {
        CirkelRule(String detail) {
            super("cirkel-rule", HttpStatus.CONFLICT, "Not possible in this voorzorgcirkel", detail);
        }
    }
}
