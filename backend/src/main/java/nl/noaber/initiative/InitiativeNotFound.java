package nl.noaber.initiative;

import io.micronaut.http.HttpStatus;
import nl.noaber.NoaberProblem;

final class InitiativeNotFound extends NoaberProblem {

    InitiativeNotFound(long id) {
        super("initiative-not-found", HttpStatus.NOT_FOUND, "Initiative not found",
                "There is no initiative " + id + " in your gemeente");
    }
}
