package nl.noaber.initiative;

import io.micronaut.http.HttpStatus;
import nl.noaber.NoaberProblem;

/** A membership step that does not fit the membership's current state. */
final class MembershipConflict extends NoaberProblem {

    MembershipConflict(String detail) {
        super("membership-conflict", HttpStatus.CONFLICT, "Membership cannot change this way", detail);
    }
}
