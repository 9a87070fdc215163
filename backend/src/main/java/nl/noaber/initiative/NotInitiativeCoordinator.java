package nl.noaber.initiative;

import io.micronaut.http.HttpStatus;
import nl.noaber.NoaberProblem;

final class NotInitiativeCoordinator extends NoaberProblem {

    NotInitiativeCoordinator(long id) {
        super("not-initiative-coordinator", HttpStatus.FORBIDDEN, "Not a coordinator of this initiative",
                "Only the coordinators of initiative " + id + " (or an admin) may do this");
    }
}
